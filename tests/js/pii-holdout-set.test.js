// Integrity of the held-out PII set (tests/pii-holdout/). Leak and recall rates are measured by
// bench/pii-holdout.js and never asserted here: these tests only prove the set says what it
// claims (values and look-alikes where they are said to be, identifiers valid, counts met).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cases,
  TYPES,
  GENERIC_TYPES,
  US_UK_TYPES,
  NATIONAL_ID_TYPES,
  REGISTERS,
  regionGroup,
  findAll,
} from '../pii-holdout/holdout-set.js';
import { VALIDATORS } from '../pii-holdout/checksums.js';

const occurrences = (text, needle) => {
  const spans = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
  return spans;
};
const overlaps = ([a, b], [c, d]) => a < d && c < b;
const allValues = cases.flatMap((c) => c.values.map((v) => ({ ...v, caseItem: c })));
const countOf = (type) => allValues.filter((v) => v.type === type).length;

test('every case has the documented shape', () => {
  for (const c of cases) {
    assert.match(c.id, /^[a-z]{2}-[a-z]+-\d{3}[a-z]?$/, `id ${c.id}`);
    assert.deepEqual(Intl.getCanonicalLocales(c.lang), [c.lang], `${c.id}: lang ${c.lang} is not a canonical BCP-47 tag`);
    assert.match(c.country, /^[A-Z]{2}$/, `${c.id}: country`);
    assert.ok(REGISTERS.includes(c.register), `${c.id}: register ${c.register}`);
    assert.equal(typeof c.text, 'string');
    assert.ok(c.text.trim().length > 20, `${c.id}: text too short to be a real message`);
    assert.ok(Array.isArray(c.values) && Array.isArray(c.lookalikes), `${c.id}: values and lookalikes are arrays`);
    for (const v of c.values) {
      assert.ok(TYPES.includes(v.type), `${c.id}: unknown type ${v.type}`);
      assert.ok(typeof v.value === 'string' && v.value.trim().length > 0, `${c.id}: empty value`);
    }
    for (const l of c.lookalikes) assert.ok(typeof l === 'string' && l.trim().length > 0, `${c.id}: empty look-alike`);
  }
});

test('whole-token matching skips words that merely contain a value', () => {
  assert.deepEqual(findAll('Tom said Tomorrow, ask Tom.', 'Tom'), [[0, 3], [23, 26]]);
  assert.deepEqual(findAll('用户张静反映', '张静'), [[2, 4]]);
  assert.deepEqual(findAll('박서연이에요', '박서연'), [[0, 3]]);
  assert.deepEqual(findAll('Ana Anabel', 'Ana'), [[0, 3]]);
  assert.deepEqual(findAll('x 4111-1111 y', '4111-1111'), [[2, 11]]);
  assert.deepEqual(findAll('#48213,', '#48213'), [[0, 6]]);
});

test('ids are unique and no text is used twice', () => {
  const ids = new Set();
  const texts = new Set();
  for (const c of cases) {
    assert.ok(!ids.has(c.id), `duplicate id ${c.id}`);
    ids.add(c.id);
    const folded = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
    assert.ok(!texts.has(folded), `${c.id} repeats another case's text`);
    texts.add(folded);
  }
});

test('every value occurs verbatim, once per case list, and values do not overlap one another', () => {
  for (const c of cases) {
    const seen = new Set();
    for (const v of c.values) {
      assert.ok(!seen.has(v.value), `${c.id}: value listed twice: ${JSON.stringify(v.value)}`);
      seen.add(v.value);
      assert.ok(c.text.includes(v.value), `${c.id}: value not in text: ${JSON.stringify(v.value)}`);
      // The benchmark looks for whole tokens; a value only found inside a longer word would be invisible to it.
      assert.ok(findAll(c.text, v.value).length > 0, `${c.id}: value only occurs inside a longer word: ${JSON.stringify(v.value)}`);
    }
    for (const [i, a] of c.values.entries()) {
      for (const b of c.values.slice(i + 1)) {
        for (const sa of occurrences(c.text, a.value)) {
          for (const sb of occurrences(c.text, b.value)) {
            assert.ok(!overlaps(sa, sb), `${c.id}: values overlap: ${JSON.stringify(a.value)} / ${JSON.stringify(b.value)}`);
          }
        }
      }
    }
  }
});

test('every look-alike occurs verbatim and never overlaps a value', () => {
  for (const c of cases) {
    for (const l of c.lookalikes) {
      const spans = occurrences(c.text, l);
      assert.ok(spans.length > 0, `${c.id}: look-alike not in text: ${JSON.stringify(l)}`);
      assert.ok(findAll(c.text, l).length > 0, `${c.id}: look-alike only occurs inside a longer word: ${JSON.stringify(l)}`);
      for (const v of c.values) {
        for (const sv of occurrences(c.text, v.value)) {
          for (const sl of spans) assert.ok(!overlaps(sl, sv), `${c.id}: look-alike ${JSON.stringify(l)} overlaps value ${JSON.stringify(v.value)}`);
        }
      }
    }
  }
});

test('every identifier passes its own check-digit or format rule', () => {
  let checked = 0;
  for (const v of allValues) {
    const validate = VALIDATORS[v.type];
    if (!validate) continue;
    assert.ok(validate(v.value), `${v.caseItem.id}: ${v.type} ${JSON.stringify(v.value)} is not valid`);
    checked++;
  }
  for (const type of [...US_UK_TYPES, ...NATIONAL_ID_TYPES, 'CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS']) {
    assert.ok(VALIDATORS[type], `no validator for ${type}`);
  }
  assert.ok(checked >= 200, `only ${checked} identifiers checked`);
});

test('look-alikes marked as failing a check digit really fail it and are look-alikes', () => {
  let marked = 0;
  for (const c of cases) {
    for (const f of c.failing ?? []) {
      assert.ok(c.lookalikes.includes(f.value), `${c.id}: failing number ${f.value} is not among the look-alikes`);
      assert.ok(VALIDATORS[f.type], `${c.id}: no validator for ${f.type}`);
      assert.equal(VALIDATORS[f.type](f.value), false, `${c.id}: ${f.value} passes the ${f.type} check`);
      marked++;
    }
  }
  assert.ok(marked >= 20, `only ${marked} failing-checksum look-alikes`);
});

test('the check-digit functions reject a changed digit (they can fail)', () => {
  // The check digit is the last digit, except on a Medicare card (the 9th; the 10th is the issue number).
  const changeDigit = (s, which) => {
    const positions = [...s].flatMap((ch, i) => (/\d/.test(ch) ? [i] : []));
    const at = positions[which < 0 ? positions.length + which : which];
    return s.slice(0, at) + ((Number(s[at]) + 1) % 10) + s.slice(at + 1);
  };
  for (const v of allValues) {
    if (!VALIDATORS[v.type] || ['IP_ADDRESS', 'US_DRIVER_LICENSE', 'US_PASSPORT', 'IN_PAN', 'UK_NINO', 'US_SSN'].includes(v.type)) continue;
    if (/[A-Z]$/i.test(v.value.trim()) && !['IBAN_CODE'].includes(v.type)) continue; // check letters: tested below
    const changed = changeDigit(v.value, v.type === 'AU_MEDICARE' ? 8 : -1);
    assert.equal(VALIDATORS[v.type](changed), false, `${v.caseItem.id}: ${v.type} still valid after a digit change`);
  }
  const changeLastLetter = (s) => s.replace(/([A-Z])(\W*)$/i, (_, ch, rest) => `${ch.toUpperCase() === 'A' ? 'B' : 'A'}${rest}`);
  for (const v of allValues) {
    if (!['IT_FISCAL_CODE', 'ES_NIF', 'ES_NIE', 'SG_NRIC_FIN', 'FI_PERSONAL_IDENTITY_CODE'].includes(v.type)) continue;
    if (!/[A-Z]\W*$/i.test(v.value)) continue;
    assert.equal(VALIDATORS[v.type](changeLastLetter(v.value)), false, `${v.caseItem.id}: ${v.type} still valid after a letter change`);
  }
});

test('dates of birth always have a birth cue nearby', () => {
  const cue =
    /born|birth|\bb\.|dob|d\.o\.b|geboren|geni|geb\.|geburtsdatum|né[e]? le|naissance|nac(?:i|\.)|nato|nata|nascita|nascimento|nasceu|nascid|urodzon|urodzenia|född|födelse|syntynyt|syntymä|født|fødsel|geboortedatum|doğum|生年月日|生まれ|出生|생년월일|태어|출생|जन्म|sinh|ngày sinh|تاريخ الميلاد|مواليد|ولد|родил|рожд|kuzaliwa|lahir|\bur\.|narozen|născut|γεννήθ|народи|született|szül\.|เกิด|生日|nasc/i;
  for (const v of allValues.filter((x) => x.type === 'DATE_TIME')) {
    const text = v.caseItem.text;
    const at = text.indexOf(v.value);
    const window = text.slice(Math.max(0, at - 80), at + v.value.length + 40);
    assert.match(window, cue, `${v.caseItem.id}: no birth cue near ${JSON.stringify(v.value)}`);
  }
});

test('the set is as large and as varied as promised', () => {
  assert.ok(cases.length >= 340, `${cases.length} cases`);
  assert.ok(allValues.length >= 480, `${allValues.length} values`);
  const lookalikes = cases.reduce((n, c) => n + c.lookalikes.length, 0);
  assert.ok(lookalikes >= 250, `${lookalikes} look-alikes`);
  const withLookalikes = cases.filter((c) => c.lookalikes.length > 0).length;
  assert.ok(withLookalikes / cases.length >= 0.4, `only ${withLookalikes} of ${cases.length} cases have look-alikes`);
  for (const type of NATIONAL_ID_TYPES) assert.ok(countOf(type) >= 6, `${type}: ${countOf(type)} values`);
  for (const type of US_UK_TYPES) assert.ok(countOf(type) >= 6, `${type}: ${countOf(type)} values`);
  for (const type of ['PERSON', 'PHONE_NUMBER', 'LOCATION', 'DATE_TIME', 'EMAIL_ADDRESS', 'SECRET']) {
    assert.ok(countOf(type) >= 25, `${type}: ${countOf(type)} values`);
  }
  for (const type of ['CREDIT_CARD', 'IBAN_CODE', 'IP_ADDRESS']) assert.ok(countOf(type) >= 10, `${type}: ${countOf(type)} values`);
  const abroad = cases.filter((c) => !['US', 'GB', 'XX'].includes(c.country)).length;
  assert.ok(abroad / cases.length >= 0.38, `only ${abroad} of ${cases.length} cases are from outside the US/UK`);
  const langs = new Set(cases.map((c) => c.lang.split('-')[0]));
  assert.ok(langs.size >= 15, `only ${langs.size} languages`);
  for (const register of REGISTERS) assert.ok(cases.filter((c) => c.register === register).length >= 10, `register ${register}`);
  const groups = new Set(allValues.map((v) => regionGroup(v.caseItem, v)));
  assert.deepEqual([...groups].sort(), ['US/UK', 'no country', 'other countries']);
  assert.deepEqual(TYPES.filter((t) => !GENERIC_TYPES.includes(t)).length, US_UK_TYPES.length + NATIONAL_ID_TYPES.length);
});
