// Held-out PII evaluation set.
//
// Written by hand, independently of the detector, without reading its rules, its training or
// tuning corpora, or any other held-out set: the author knew only the public API (README) and
// public descriptions of the identifier formats (registries' and standards' specifications).
// The texts imitate what people paste into a copilot: chat questions, e-mails with signatures,
// support tickets, HR and clinical notes, CRM exports, .env and config files, logs, hand-filled
// forms and mixed-language messages, with the formatting noise real text has. Identifiers carry
// valid check digits (checksums.js, the author's own helper); look-alikes are strings a good
// masker keeps (order numbers, versions, meeting dates, brands, numbers failing a check digit).
//
// Do not tune the detector on these items. A rule written to pass one of them spends the set:
// its numbers then stop measuring how the detector does on text nobody has seen.
//
// Case shape: { id, lang (BCP-47), country (ISO 3166-1 alpha-2, 'XX' for none), register,
//   text, values: [{ type, value }] (each verbatim in text), lookalikes: [string] (verbatim,
//   never overlapping a value), failing?: [{ type, value }] (look-alikes that fail that
//   identifier's check digit) }.
import { cases as us } from './cases-us.js';
import { cases as ukIe } from './cases-uk-ie.js';
import { cases as europeWest } from './cases-europe-west.js';
import { cases as europeNorthEast } from './cases-europe-north-east.js';
import { cases as asia } from './cases-asia.js';
import { cases as oceaniaAmericas } from './cases-oceania-americas.js';
import { cases as middleEastAfrica } from './cases-middle-east-africa.js';
import { cases as techAndFormatting } from './cases-tech-and-formatting.js';
import { cases as documents } from './cases-documents.js';

export const cases = [...us, ...ukIe, ...europeWest, ...europeNorthEast, ...asia, ...oceaniaAmericas, ...middleEastAfrica, ...techAndFormatting, ...documents];

export const REGISTERS = ['chat', 'email', 'ticket', 'form', 'note', 'log', 'code', 'document'];

/** Types that are not tied to one country's identifier scheme. */
export const GENERIC_TYPES = [
  'PERSON',
  'PHONE_NUMBER',
  'EMAIL_ADDRESS',
  'LOCATION',
  'DATE_TIME',
  'SECRET',
  'CREDIT_CARD',
  'IBAN_CODE',
  'IP_ADDRESS',
];

/** US and UK identifiers. */
export const US_UK_TYPES = ['US_SSN', 'US_DRIVER_LICENSE', 'US_PASSPORT', 'UK_NINO', 'UK_NHS'];

/** Other countries' national identifiers (each with a check digit, except IN_PAN's public format). */
export const NATIONAL_ID_TYPES = [
  'IT_FISCAL_CODE',
  'IN_AADHAAR',
  'IN_PAN',
  'PL_PESEL',
  'ES_NIF',
  'ES_NIE',
  'SG_NRIC_FIN',
  'AU_TFN',
  'AU_MEDICARE',
  'AU_ABN',
  'BR_CPF',
  'NL_BSN',
  'SE_PERSONNUMMER',
  'FI_PERSONAL_IDENTITY_CODE',
  'FR_NIR',
  'DE_TAX_ID',
  'KR_RRN',
  'CN_RESIDENT_ID',
  'JP_MY_NUMBER',
  'CA_SIN',
];

export const TYPES = [...GENERIC_TYPES, ...US_UK_TYPES, ...NATIONAL_ID_TYPES];

/**
 * The region group a value is scored in: 'US/UK' for US and UK identifiers and for generic
 * values in US or UK cases, 'other countries' for everything tied to another country, and
 * 'no country' for generic values in texts without one (logs, code, configs).
 */
export function regionGroup(caseItem, value) {
  if (US_UK_TYPES.includes(value.type)) return 'US/UK';
  if (NATIONAL_ID_TYPES.includes(value.type)) return 'other countries';
  if (caseItem.country === 'US' || caseItem.country === 'GB') return 'US/UK';
  return caseItem.country === 'XX' ? 'no country' : 'other countries';
}

// Characters of scripts that separate words with spaces, and digits. Han, kana, Hangul and Thai
// are left out: there a name or a number touches the next word without being part of it.
const SPACED_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Nd}\p{M}]/u;
const joins = (a, b) => a !== undefined && b !== undefined && SPACED_WORD.test(a) && SPACED_WORD.test(b);

/**
 * The spans [start, end) where `needle` stands in `text` as a whole token: not glued to a letter
 * or digit of a spaced script on either side ("Tom" is not found in "Tomorrow", "张静" is
 * found in "用户张静"). Used both to check the set and to decide whether a masked text still
 * shows a value, so a short name cannot count as leaked because it is part of another word.
 */
export function findAll(text, needle) {
  const spans = [];
  const chars = (s) => [...s];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = chars(text.slice(Math.max(0, at - 2), at)).at(-1);
    const after = chars(text.slice(at + needle.length, at + needle.length + 2))[0];
    if (joins(before, chars(needle)[0]) || joins(chars(needle).at(-1), after)) continue;
    spans.push([at, at + needle.length]);
  }
  return spans;
}
