// A labelled, deterministic PII corpus: realistic text in five registers (chat prompts,
// e-mails, support tickets, clinical notes, JSON logs) with every PII value's span and type,
// and every look-alike's span, in UTF-16 offsets. Same seed, same corpus.
import { Faker, en, en_GB, base } from '@faker-js/faker';
import { PII, LOOKALIKES } from './values.js';

const FULLWIDTH_ZERO = 0xff10;

// Evasions a user (or a leaky pipeline) applies to values; labels keep covering the value.
const EVASIONS = {
  fullwidth: (v) => v.replace(/[0-9]/g, (d) => String.fromCharCode(FULLWIDTH_ZERO + Number(d))),
  zeroWidth: (v, f) => {
    const at = f.number.int({ min: 1, max: Math.max(1, v.length - 1) });
    return v.slice(0, at) + '\u200b' + v.slice(at);
  },
  separators: (v) => v.replace(/-/g, '\u2011').replace(/ /g, '\u00a0'),
  mixedCase: (v, f) => [...v].map((c) => (f.datatype.boolean() ? c.toUpperCase() : c.toLowerCase())).join(''),
};
const EVADABLE = {
  CREDIT_CARD: ['fullwidth', 'zeroWidth', 'separators'],
  US_SSN: ['fullwidth', 'zeroWidth', 'separators'],
  PHONE_NUMBER: ['fullwidth', 'separators'],
  EMAIL_ADDRESS: ['mixedCase', 'zeroWidth'],
  IBAN_CODE: ['separators', 'fullwidth'],
};

// Each template gets `p(type)` for a PII value and `n(kind)` for a look-alike.
const TEMPLATES = {
  chat: [
    (p, n) => ['Can you draft a reply to ', p('PERSON'), ' at ', p('EMAIL_ADDRESS'), '? Their number is ', p('PHONE_NUMBER'), '.'],
    (p, n) => ['My card ', p('CREDIT_CARD'), ' was charged twice for order ', n('order_number'), ', total ', n('price'), '. Why?'],
    (p, n) => ['Summarise the complaint from ', p('PERSON'), ', who lives at ', p('LOCATION'), ', about release ', n('version'), '.'],
    (p, n) => ['Update my SSN on file to ', p('US_SSN'), ', the old one ', n('invalid_ssn'), ' was a typo.'],
    (p, n) => ['Translate to French: "Please wire the money to ', p('IBAN_CODE'), ' before Friday."'],
    (p, n) => ['Why does my script fail with this key: ', p('SECRET'), ' ? It worked at commit ', n('commit'), '.'],
    (p, n) => ['I was born on ', p('DATE_TIME'), ' and my NHS number is ', p('UK_NHS'), ', can you check my record?'],
    (p, n) => ['Is ', p('CRYPTO'), ' a valid wallet? I paid ', n('price'), ' to it.'],
    (p, n) => ['我的邮箱是 ', p('EMAIL_ADDRESS'), ' 😀 请联系 ', p('PERSON'), '。'],
    (p, n) => ['Book a table for ', p('PERSON'), ' near ', p('LOCATION'), ' and text ', p('PHONE_NUMBER'), ' 🙏'],
  ],
  email: [
    (p, n) => ['Hi ', p('PERSON'), ',\n\nThanks for your order ', n('order_number'), '. The invoice (ISBN ', n('isbn'), ') is attached.\n\nBest regards,\n', p('PERSON'), '\n', p('PHONE_NUMBER'), '\n'],
    (p, n) => ['Dear ', p('PERSON'), ',\n\nYour refund of ', n('price'), ' goes to IBAN ', p('IBAN_CODE'), '. Reply to ', p('EMAIL_ADDRESS'), ' with questions.\n'],
    (p, n) => ['Hello,\n\nplease update my address to ', p('LOCATION'), '. My national insurance number is ', p('UK_NINO'), '.\n\nThanks,\n', p('PERSON'), '\n'],
    (p, n) => ['Team,\n\nthe portal at ', p('URL'), ' is down since ', n('timestamp'), '. Contact ', p('PERSON'), ' (', p('EMAIL_ADDRESS'), ').\n'],
  ],
  ticket: [
    (p, n) => ['[', n('uuid'), '] User ', p('EMAIL_ADDRESS'), ' cannot log in from ', p('IP_ADDRESS'), ' (MAC ', p('MAC_ADDRESS'), ') on build ', n('version'), '.'],
    (p, n) => ['Customer ', p('PERSON'), ' reports card ', p('CREDIT_CARD'), ' declined; order ', n('order_number'), ', amount ', n('price'), ', at ', n('timestamp'), '.'],
    (p, n) => ['Leaked credential in repo: api_key = "', p('SECRET'), '" (commit ', n('commit'), '). Rotate it.'],
    (p, n) => ['Caller ', p('PERSON'), ' gave SSN ', p('US_SSN'), ' and ITIN ', p('US_ITIN'), '; record ', n('invalid_ssn'), ' is a test entry.'],
    (p, n) => ['Webhook from ', p('URL'), ' failed at ', n('timestamp'), ' with request id ', n('uuid'), '.'],
  ],
  clinical: [
    (p, n) => ['Patient: ', p('PERSON'), '\nDOB: ', p('DATE_TIME'), '\nNHS No: ', p('UK_NHS'), '\nAddress: ', p('LOCATION'), '\nPlan: review in 2 weeks, dose 2.5 mg.'],
    (p, n) => ['Pt ', p('PERSON'), ' (born ', p('DATE_TIME'), ') seen by Dr. ', p('PERSON'), '. Contact ', p('PHONE_NUMBER'), '. BP 120/80.'],
    (p, n) => ['Referral for ', p('PERSON'), ', SSN ', p('US_SSN'), ', insurer ref ', n('uuid'), ', lab batch ', n('isbn'), '.'],
  ],
  json: [
    (p, n) => ['{"ts":"', n('timestamp'), '","level":"info","user":"', p('EMAIL_ADDRESS'), '","ip":"', p('IP_ADDRESS'), '","session":"', n('uuid'), '"}'],
    (p, n) => ['{"event":"payment_failed","card":"', p('CREDIT_CARD'), '","order":"', n('order_number'), '","amount":"', n('price'), '"}'],
    (p, n) => ['{"msg":"login","name":"', p('PERSON'), '","phone":"', p('PHONE_NUMBER'), '","version":"', n('version'), '","commit":"', n('commit'), '"}'],
    (p, n) => ['{"service":"billing","auth":"Bearer ', p('SECRET'), '","ts":"', n('timestamp'), '","wallet":"', p('CRYPTO'), '"}'],
  ],
};

export const REGISTERS = Object.keys(TEMPLATES);

/**
 * Generates `count` documents: { register, text, pii: [{ type, start, end, value }],
 * lookalikes: [{ kind, start, end, value }] }.
 */
export function generateCorpus({ seed = 20260101, count = 2000, evasionRate = 0.15 } = {}) {
  const f = new Faker({ locale: [en, en_GB, base] });
  f.seed(seed);
  f.setDefaultRefDate('2026-06-01T00:00:00.000Z'); // dates must not depend on today
  const docs = [];
  for (let i = 0; i < count; i++) {
    const register = REGISTERS[i % REGISTERS.length];
    const template = f.helpers.arrayElement(TEMPLATES[register]);
    const pii = [];
    const lookalikes = [];
    let text = '';
    const p = (type) => {
      let value = PII[type](f);
      if (type === 'PERSON' && text.endsWith('Dr. ')) value = f.person.lastName();
      const evasions = EVADABLE[type];
      if (evasions && f.number.float() < evasionRate) value = EVASIONS[f.helpers.arrayElement(evasions)](value, f);
      return { pii: type, value };
    };
    const n = (kind) => ({ lookalike: kind, value: LOOKALIKES[kind](f) });
    for (const part of template(p, n)) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const start = text.length;
      text += part.value;
      const span = { start, end: text.length, value: part.value };
      if (part.pii) pii.push({ type: part.pii, ...span });
      else lookalikes.push({ kind: part.lookalike, ...span });
    }
    docs.push({ register, text, pii, lookalikes });
  }
  return docs;
}
