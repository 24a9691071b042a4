// Check-digit and format rules of the identifiers in the held-out PII set, written from the
// public specifications of each number (tax and population registries, ISO 7064, ISO 13616).
// The set's author used these to make every identifier valid and every "failing" look-alike
// invalid; tests/js/pii-holdout-set.test.js proves both. Nothing here is shared with the
// detector: a bug in either shows as a disagreement in the benchmark, not as a silent match.
import { isIP } from 'node:net';

/** Keeps the characters that carry the number: drops spaces, dots, dashes, slashes, underscores, line breaks. */
export const compact = (value) => value.replace(/[\s.\-/_\u00a0]/g, '');
const digitsOnly = (s) => /^\d+$/.test(s);
const digitsOf = (s) => [...s].map(Number);
const weightedSum = (digits, weights) => weights.reduce((sum, w, i) => sum + w * digits[i], 0);

/** Luhn (ISO/IEC 7812-1): cards, Canadian SIN, Swedish personnummer. */
export function luhn(number) {
  if (!digitsOnly(number)) return false;
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** ISO 7064 MOD 97-10 on a string of digits and letters (A=10 ... Z=35), as IBAN uses it. */
function mod97(alnum) {
  let rest = 0;
  for (const ch of alnum) {
    const code = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

const IBAN_LENGTHS = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FR: 27, GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LT: 20, LU: 20, LV: 21, MA: 28, MT: 31, NL: 18,
  NO: 15, PL: 28, PT: 25, RO: 24, SA: 24, SE: 24, SI: 19, SK: 24, TR: 26,
};

export function iban(value) {
  const s = compact(value).toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) || IBAN_LENGTHS[s.slice(0, 2)] !== s.length) return false;
  if (Number(s.slice(2, 4)) < 2 || Number(s.slice(2, 4)) > 98) return false; // 00, 01 and 99 are never issued
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** Card: Luhn plus a real issuer range and its length (Visa, Mastercard, Amex, Discover, JCB, Diners). */
export function creditCard(value) {
  const s = compact(value);
  if (!luhn(s)) return false;
  const n2 = Number(s.slice(0, 2));
  const n4 = Number(s.slice(0, 4));
  if (s[0] === '4') return [13, 16, 19].includes(s.length);
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return s.length === 16;
  if (n2 === 34 || n2 === 37) return s.length === 15;
  if (n4 === 6011 || n2 === 65) return s.length === 16 || s.length === 19;
  if (n4 >= 3528 && n4 <= 3589) return s.length >= 16 && s.length <= 19;
  if ((n2 === 30 && s[2] <= '5') || n2 === 36 || n2 === 38 || n2 === 39) return s.length === 14;
  return false;
}

// Verhoeff (dihedral group D5), used by Aadhaar.
const V_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const V_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
export function verhoeff(number) {
  if (!digitsOnly(number)) return false;
  let c = 0;
  [...number].reverse().forEach((ch, i) => (c = V_D[c][V_P[i % 8][Number(ch)]]));
  return c === 0;
}

/** Aadhaar: 12 digits, never starting with 0 or 1, Verhoeff check digit. */
export const inAadhaar = (v) => /^[2-9]\d{11}$/.test(compact(v)) && verhoeff(compact(v));

/** PAN: five letters (the fourth the holder's status), four digits, a letter. The last letter's rule is not public. */
export const inPan = (v) => /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(v.toUpperCase());

/** US SSN: no area 000, 666 or 900-999, no group 00, no serial 0000. */
export function usSsn(value) {
  const s = compact(value);
  if (!/^\d{9}$/.test(s)) return false;
  const area = Number(s.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && s.slice(3, 5) !== '00' && s.slice(5) !== '0000';
}

/** UK National Insurance number: HMRC's prefix rules and suffix A-D. */
export function ukNino(value) {
  const s = compact(value).toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
  return Boolean(m) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1] + m[2]);
}

/** NHS number: 10 digits, weights 10..2, check 11 - sum mod 11 (11 -> 0, 10 is never issued). */
export function ukNhs(value) {
  const s = compact(value);
  if (!/^\d{10}$/.test(s)) return false;
  const check = 11 - (weightedSum(digitsOf(s), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(s[9]);
}

/** US passport book number: 9 digits, or a letter and 8 digits (the 2021 Next Generation book). */
export const usPassport = (v) => /^(?:\d{9}|[A-Z]\d{8})$/.test(compact(v).toUpperCase());

/** US driver's licence: state formats differ; 1-2 letters or none, then 4-14 digits (shape only). */
export const usDriverLicense = (v) => /^[A-Z]{0,2}\d{4,14}$/.test(compact(v).toUpperCase()) && /\d{6}/.test(compact(v));

const CF_ODD = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17,
  I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24,
  Z: 23,
};
/** Italian codice fiscale: 16 characters, the last a check letter over odd/even positions. */
export function itFiscalCode(value) {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i];
    if (i % 2 === 0) sum += CF_ODD[ch];
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** PESEL: 11 digits, weights 1 3 7 9, month encodes the century (+20 for 2000s), a real date. */
export function plPesel(value) {
  const s = compact(value);
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  if ((10 - (weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 !== d[10]) return false;
  const mm = Number(s.slice(2, 4));
  const base = { 0: 1900, 1: 1900, 2: 2000, 3: 2000, 4: 2100, 5: 2100, 6: 2200, 7: 2200, 8: 1800, 9: 1800 }[Math.floor(mm / 10)];
  return realDate(base + Number(s.slice(0, 2)), mm % 20, Number(s.slice(4, 6)));
}

function realDate(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const NIF_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI/NIF: 8 digits and the letter of their value mod 23. */
export function esNif(value) {
  const s = compact(value).toUpperCase();
  return /^\d{8}[A-Z]$/.test(s) && NIF_LETTERS[Number(s.slice(0, 8)) % 23] === s[8];
}
/** Spanish NIE: X/Y/Z (0/1/2), 7 digits, the same letter rule. */
export function esNie(value) {
  const s = compact(value).toUpperCase();
  return /^[XYZ]\d{7}[A-Z]$/.test(s) && NIF_LETTERS[Number('XYZ'.indexOf(s[0]) + s.slice(1, 8)) % 23] === s[8];
}

/** Singapore NRIC/FIN (S, T, F, G series): weights 2 7 6 5 4 3 2, +4 for T and G, letter table per series. */
export function sgNric(value) {
  const s = value.replace(/\s/g, '').toUpperCase();
  if (!/^[STFG]\d{7}[A-Z]$/.test(s)) return false;
  const sum = weightedSum(digitsOf(s.slice(1, 8)), [2, 7, 6, 5, 4, 3, 2]) + ('TG'.includes(s[0]) ? 4 : 0);
  const table = 'ST'.includes(s[0]) ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return table[sum % 11] === s[8];
}

/** Australian TFN: 9 digits, weights 1 4 3 7 5 8 6 9 10, sum divisible by 11. */
export const auTfn = (v) => /^\d{9}$/.test(compact(v)) && weightedSum(digitsOf(compact(v)), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;

/** Medicare card: 10 digits (first 2-6), 9th = weighted sum of the first 8 mod 10, 10th the issue number; an IRN may follow. */
export function auMedicare(value) {
  const s = compact(value);
  if (!/^[2-6]\d{9}\d?$/.test(s)) return false;
  return weightedSum(digitsOf(s), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(s[8]);
}

/** ABN: 11 digits; subtract 1 from the first, weights 10 1 3 5 ... 19, sum divisible by 89. */
export function auAbn(value) {
  const s = compact(value);
  if (!/^\d{11}$/.test(s) || s[0] === '0') return false;
  const d = digitsOf(s);
  d[0] -= 1;
  return weightedSum(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** CPF: 11 digits, two mod-11 check digits, not all one digit. */
export function brCpf(value) {
  const s = compact(value);
  if (!/^\d{11}$/.test(s) || /^(\d)\1{10}$/.test(s)) return false;
  const d = digitsOf(s);
  const check = (n) => {
    const r = (weightedSum(d, Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === d[9] && check(10) === d[10];
}

/** BSN: 9 digits, the "elfproef" 9..2 and -1, sum divisible by 11 and not 0. */
export function nlBsn(value) {
  const s = compact(value);
  if (!/^\d{9}$/.test(s)) return false;
  const sum = weightedSum(digitsOf(s), [9, 8, 7, 6, 5, 4, 3, 2, -1]);
  return sum !== 0 && sum % 11 === 0;
}

/** Swedish personnummer: YYMMDD-NNNC or YYYYMMDD-NNNC (a + separator past 100), Luhn over the 10-digit form, a real date. */
export function sePersonnummer(value) {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})$/.exec(value.replace(/\s/g, ''));
  if (!m) return false;
  const day = Number(m[4]) > 60 ? Number(m[4]) - 60 : Number(m[4]); // samordningsnummer adds 60 to the day
  return luhn(m[2] + m[3] + m[4] + m[5]) && realDate(2000 + Number(m[2]), Number(m[3]), day);
}

/** Finnish HETU: DDMMYY, century sign, 3-digit individual number, check character of the 9 digits mod 31. */
export function fiHetu(value) {
  const m = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value.trim().toUpperCase());
  if (!m) return false;
  const century = m[2] === '+' ? 1800 : /[A-F]/.test(m[2]) ? 2000 : 1900;
  const ok = realDate(century + Number(m[1].slice(4)), Number(m[1].slice(2, 4)), Number(m[1].slice(0, 2)));
  return ok && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(m[1] + m[3]) % 31] === m[4];
}

/** French NIR (numéro de sécurité sociale): 13 characters (2A/2B for Corsica) and a key of 97 - n mod 97. */
export function frNir(value) {
  const s = value.replace(/[\s.\-]/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - Number(BigInt(body) % 97n) === Number(s.slice(13));
}

/** German Steuer-IdNr: 11 digits, no leading 0, one digit twice or three times (not three in a row) in the first 10, ISO 7064 MOD 11,10. */
export function deTaxId(value) {
  const s = compact(value);
  if (!/^[1-9]\d{10}$/.test(s)) return false;
  const counts = {};
  for (const ch of s.slice(0, 10)) counts[ch] = (counts[ch] ?? 0) + 1;
  const repeated = Object.entries(counts).filter(([, n]) => n > 1);
  if (repeated.length !== 1 || repeated[0][1] > 3) return false;
  if (repeated[0][1] === 3 && s.slice(0, 10).includes(repeated[0][0].repeat(3))) return false;
  let product = 10;
  for (const ch of s.slice(0, 10)) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return (check === 10 ? 0 : check) === Number(s[10]);
}

/** Korean RRN: YYMMDD-SNNNNNC, weights 2..9 2..5, check (11 - sum mod 11) mod 10, a real date. */
export function krRrn(value) {
  const s = compact(value);
  if (!/^\d{13}$/.test(s)) return false;
  const century = { 1: 1900, 2: 1900, 3: 2000, 4: 2000, 5: 1900, 6: 1900, 7: 2000, 8: 2000, 9: 1800, 0: 1800 }[s[6]];
  if (!realDate(century + Number(s.slice(0, 2)), Number(s.slice(2, 4)), Number(s.slice(4, 6)))) return false;
  return (11 - (weightedSum(digitsOf(s), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(s[12]);
}

/** Chinese resident identity card: 6-digit region, YYYYMMDD, 3 digits, ISO 7064 MOD 11-2 check (0-9 or X). */
export function cnResidentId(value) {
  const s = compact(value).toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(s)) return false;
  if (!realDate(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  const sum = weightedSum(digitsOf(s.slice(0, 17)), [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'[sum % 11] === s[17];
}

/** Japanese My Number: 12 digits; the last is 11 - (sum of Pn*Qn mod 11), 0 when that remainder is 0 or 1. */
export function jpMyNumber(value) {
  const s = compact(value);
  if (!/^\d{12}$/.test(s)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(s[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === Number(s[11]);
}

/** Canadian SIN: 9 digits, Luhn, never starting with 0 or 8. */
export const caSin = (v) => /^[1-79]\d{8}$/.test(compact(v)) && luhn(compact(v));

export const ipAddress = (v) => isIP(v) !== 0;

/** The validator of each identifier type; types without one (PERSON, LOCATION, ...) are not listed. */
export const VALIDATORS = {
  CREDIT_CARD: creditCard,
  IBAN_CODE: iban,
  US_SSN: usSsn,
  US_DRIVER_LICENSE: usDriverLicense,
  US_PASSPORT: usPassport,
  UK_NINO: ukNino,
  UK_NHS: ukNhs,
  IP_ADDRESS: ipAddress,
  IT_FISCAL_CODE: itFiscalCode,
  IN_AADHAAR: inAadhaar,
  IN_PAN: inPan,
  PL_PESEL: plPesel,
  ES_NIF: esNif,
  ES_NIE: esNie,
  SG_NRIC_FIN: sgNric,
  AU_TFN: auTfn,
  AU_MEDICARE: auMedicare,
  AU_ABN: auAbn,
  BR_CPF: brCpf,
  NL_BSN: nlBsn,
  SE_PERSONNUMMER: sePersonnummer,
  FI_PERSONAL_IDENTITY_CODE: fiHetu,
  FR_NIR: frNir,
  DE_TAX_ID: deTaxId,
  KR_RRN: krRrn,
  CN_RESIDENT_ID: cnResidentId,
  JP_MY_NUMBER: jpMyNumber,
  CA_SIN: caSin,
};
