// PHONE_NUMBER against libphonenumber-js (the full "max" metadata) as an oracle: numbers are
// generated per country (mutations of libphonenumber's example numbers and random digits of the
// country's lengths), labelled valid or not by libphonenumber, written the ways people write
// them (international, 00-prefixed, national) and detected by core.pii. Prints precision and
// recall per country and form with `node tests/pii-dev/phone-oracle.js [--all]`; the js suite
// asserts floors on the same numbers (tests/js/pii-phone-oracle.test.js).
import { getCountries, getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const examples = require('libphonenumber-js/examples.mobile.json');
const metadata = require('libphonenumber-js/metadata.max.json');

// The countries the recognizer also reads in national form (scripts/gen-phone-plans.mjs).
export const NATIONAL = (
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB US CA IN JP CN KR ' +
  'BR MX AU NZ SG ZA TR RU AE SA CH NO IL HK TW AR CL CO PH ID MY TH VN EG NG KE PK UA'
).split(' ');

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Numbers of `country`: { nsn, valid, phone } (phone: libphonenumber's parse, for formatting). */
export function numbersOf(country, count, seed = 1) {
  const random = rng(seed * 7919 + country.charCodeAt(0) * 31 + country.charCodeAt(1));
  const digit = () => String(Math.floor(random() * 10));
  const cc = getCountryCallingCode(country);
  const lengths = metadata.countries[country][3];
  const example = examples[country];
  const out = [];
  for (let k = 0; k < count; k++) {
    let nsn;
    if (example && k % 3 !== 2) {
      // Keep the example's leading digits, draw the rest: mostly valid, some not.
      const keep = 1 + Math.floor(random() * Math.min(4, example.length - 1));
      nsn = example.slice(0, keep);
      while (nsn.length < example.length) nsn += digit();
    } else {
      const length = lengths[Math.floor(random() * lengths.length)];
      nsn = String(1 + Math.floor(random() * 9));
      while (nsn.length < length) nsn += digit();
    }
    const phone = parsePhoneNumberFromString(`+${cc}${nsn}`);
    if (!phone || phone.nationalNumber !== nsn) continue;
    out.push({ nsn, valid: phone.isValid(), phone });
  }
  return out;
}

/** The written forms of a number: [form, text]. National forms only for NATIONAL countries. */
export function writtenForms(country, phone) {
  const international = phone.formatInternational();
  const forms = [
    ['international', international],
    ['international-dashes', international.replace(/ /g, '-').replace(/^\+(\d+)-/, '+$1 ')],
    ['00', international.replace(/^\+/, '00')],
  ];
  if (NATIONAL.includes(country)) forms.push(['national', phone.formatNational()]);
  return forms;
}

/** Scores `detect` (text => entities) on the generated numbers; returns rows per country and form. */
export function scorePhones(detect, { countries = NATIONAL, perCountry = 60, cue = 'Tel: ', seed = 1 } = {}) {
  const rows = [];
  for (const country of countries) {
    const tally = new Map();
    for (const { valid, phone } of numbersOf(country, perCountry, seed)) {
      for (const [form, written] of writtenForms(country, phone)) {
        const text = `${cue}${written} (ask for Sam)`;
        const start = cue.length;
        const end = start + written.length;
        const found = detect(text).some((e) => e.type === 'PHONE_NUMBER' && e.start <= start + 1 && e.end >= end - 1);
        const t = tally.get(form) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
        if (valid) found ? t.tp++ : t.fn++;
        else found ? t.fp++ : t.tn++;
        tally.set(form, t);
      }
    }
    for (const [form, t] of tally) {
      rows.push({ country, form, ...t, precision: t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1, recall: t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1 });
    }
  }
  return rows;
}

/** Totals over rows, per form. */
export function totals(rows) {
  const byForm = new Map();
  for (const r of rows) {
    const t = byForm.get(r.form) ?? { form: r.form, tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const k of ['tp', 'fp', 'fn', 'tn']) t[k] += r[k];
    byForm.set(r.form, t);
  }
  return [...byForm.values()].map((t) => ({ ...t, precision: t.tp / (t.tp + t.fp), recall: t.tp / (t.tp + t.fn) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { loadCore } = await import('../../js/entry/node.js');
  const core = await loadCore();
  const all = process.argv.includes('--all');
  const countries = all ? getCountries() : NATIONAL;
  // minScore 0.5 leaves out the numbers of a length in use that no plan lists (scored 0.45):
  // what the plans alone decide.
  for (const [label, options] of [['default minScore', {}], ['plans only (minScore 0.5)', { minScore: 0.5 }]]) {
    const detect = (t) => core.pii.detect(t, options).entities;
    for (const cue of ['Tel: ', '']) {
      const rows = scorePhones(detect, { countries, cue, perCountry: 90 });
      console.log(`\n${label}, ${cue ? `after the cue "${cue.trim()}"` : 'without a cue word'}: ${countries.length} countries`);
      for (const t of totals(rows)) {
        console.log(`  ${t.form.padEnd(22)} precision ${t.precision.toFixed(3)} recall ${t.recall.toFixed(3)} (valid ${t.tp + t.fn}, invalid ${t.fp + t.tn})`);
      }
      const weak = rows.filter((r) => r.recall < 0.8).map((r) => `${r.country}/${r.form} ${r.recall.toFixed(2)}`);
      if (weak.length) console.log(`  recall below 0.8: ${weak.join(', ')}`);
    }
  }
}
