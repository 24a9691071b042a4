// Named masking rules: a rule maps entity types to operators. The seed's configurations name
// 'email-masking' and 'ssn-encryption'; applications add their own with defineRule().

/**
 * The built-in rules. 'ssn-encryption' encrypts SSNs and ITINs under the caller's key
 * (options.encryption { key, tenant }, or the conversation's): "<enc:US_SSN:...>", opened again
 * by core.pii.decrypt or conversation.unmask. Without a key it cannot encrypt, and falls back to
 * what never leaks: tokenize inside a conversation (the original is kept only encrypted in its
 * vault, unmask() restores it), replace ("<US_SSN>") outside one.
 */
export const BUILTIN_RULES = Object.freeze({
  'email-masking': Object.freeze({ operators: Object.freeze({ EMAIL_ADDRESS: Object.freeze({ type: 'mask', keepLast: 0 }) }) }),
  'ssn-encryption': Object.freeze({
    operators: Object.freeze({ US_SSN: 'encrypt', US_ITIN: 'encrypt' }),
    withoutKey: Object.freeze({
      inConversation: Object.freeze({ US_SSN: 'tokenize', US_ITIN: 'tokenize' }),
      alone: Object.freeze({ US_SSN: 'replace', US_ITIN: 'replace' }),
    }),
  }),
  'card-masking': Object.freeze({ operators: Object.freeze({ CREDIT_CARD: Object.freeze({ type: 'mask', keepLast: 4 }) }) }),
  'secret-redaction': Object.freeze({ operators: Object.freeze({ SECRET: 'redact' }) }),
});
