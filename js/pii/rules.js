// Named masking rules: a rule maps entity types to operators. The seed's configurations name
// 'email-masking' and 'ssn-encryption'; applications add their own with defineRule().

/**
 * The built-in rules. 'ssn-encryption' needs a reversible operator: until the crypto
 * envelope's `encrypt` operator lands it tokenizes (the original SSN is kept only encrypted in
 * the conversation's vault and comes back with unmask()); without a conversation it replaces.
 */
export const BUILTIN_RULES = Object.freeze({
  'email-masking': Object.freeze({ operators: Object.freeze({ EMAIL_ADDRESS: Object.freeze({ type: 'mask', keepLast: 0 }) }) }),
  'ssn-encryption': Object.freeze({
    operators: Object.freeze({ US_SSN: 'tokenize', US_ITIN: 'tokenize' }),
    withoutConversation: Object.freeze({ US_SSN: 'replace', US_ITIN: 'replace' }),
  }),
  'card-masking': Object.freeze({ operators: Object.freeze({ CREDIT_CARD: Object.freeze({ type: 'mask', keepLast: 4 }) }) }),
  'secret-redaction': Object.freeze({ operators: Object.freeze({ SECRET: 'redact' }) }),
});
