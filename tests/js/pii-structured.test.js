// The structured-format recognizers (phones against numbering plans, national identifiers,
// cards, IBANs, e-mails, secrets) on the development set and against libphonenumber-js as an
// oracle. Floors sit a little under what was measured; the dev set was tuned on, so they guard
// against regressions rather than measure accuracy (bench/pii-holdout.js does that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCore } from '../../js/entry/node.js';
import { CASES } from '../pii-dev/cases.js';
import { generatedCases } from '../pii-dev/generated.js';
import { scoreCases } from '../pii-dev/score.js';
import { scorePhones, totals, NATIONAL } from '../pii-dev/phone-oracle.js';

const core = await loadCore();
const detect = (t) => core.pii.detect(t).entities;
const mask = (t) => core.pii.mask(t).text;

test('hand-written cases: at most 2% of values leak, at least 95% of look-alikes are kept', () => {
  const score = scoreCases(CASES, { detect, mask });
  assert.ok(score.values > 120);
  assert.ok(score.leakRate <= 0.02, `leak ${score.leakRate}: ${score.misses.join('; ')}`);
  assert.ok(score.keptRate >= 0.95, `kept ${score.keptRate}: ${score.misses.join('; ')}`);
});

test('generated identifiers of all 21 checksummed national types are found; one wrong check digit is kept', () => {
  const score = scoreCases(generatedCases({ seed: 23, perType: 30 }), { detect, mask });
  assert.equal(score.types.filter((t) => t.support > 0).length, 21);
  for (const t of score.types) {
    if (t.support > 0) assert.ok(t.recall >= 0.93 && t.precision >= 0.97, `${t.type} P ${t.precision} R ${t.recall}`);
  }
  assert.ok(score.keptRate >= 0.98, `kept ${score.keptRate}: ${score.misses.slice(0, 10).join('; ')}`);
});

test('phones: libphonenumber-js decides the same as the plans for +CC, 00CC and national numbers', () => {
  // Plans only (minScore 0.5 leaves out invented numbers of a length in use, scored 0.45).
  const plans = (t) => core.pii.detect(t, { minScore: 0.5 }).entities;
  const byForm = Object.fromEntries(totals(scorePhones(plans, { cue: '', perCountry: 30 })).map((t) => [t.form, t]));
  for (const form of ['international', 'international-dashes', '00']) {
    assert.ok(byForm[form].precision >= 0.99 && byForm[form].recall >= 0.97, `${form}: ${JSON.stringify(byForm[form])}`);
  }
  // National forms after a cue word: the grouping and the union of 62 countries' plans decide.
  const cued = Object.fromEntries(totals(scorePhones(detect, { cue: 'Tel: ', perCountry: 30 })).map((t) => [t.form, t]));
  assert.ok(cued.national.recall >= 0.93, JSON.stringify(cued.national));
  assert.equal(NATIONAL.length, 62);
});

test('phones: a number of a country outside the national list needs its calling code', () => {
  assert.deepEqual(detect('call +880 1712-345678 today').map((e) => e.text), ['+880 1712-345678']);
  assert.deepEqual(detect('call +1 555 123 4567').map((e) => e.type), ['PHONE_NUMBER']);
  assert.deepEqual(detect('version 15.3.27954.21, build 2024 0312, total 1 299 000').map((e) => e.type), []);
});

test('secrets: only the secret is masked, the host and the key name stay readable', () => {
  assert.equal(mask('postgres://app:S3cr3t!x@db.internal:5432/shop'), 'postgres://app:<SECRET>@db.internal:5432/shop');
  assert.equal(mask('DB_PASSWORD=hunter2'), 'DB_PASSWORD=<SECRET>');
  assert.equal(mask('{"password": "s3cr3t-value"}'), '{"password": "<SECRET>"}');
  assert.equal(mask('Authorization: Bearer abcdef1234567890XYZ'), 'Authorization: Bearer <SECRET>');
  assert.equal(mask('token_type: bearer, password_reset_url: none'), 'token_type: bearer, password_reset_url: none');
});

test('every built-in type the core reports is declared in index.d.ts', () => {
  const declared = readFileSync(new URL('../../js/index.d.ts', import.meta.url), 'utf8');
  const union = declared.slice(declared.indexOf('export type PiiEntityType'), declared.indexOf(';', declared.indexOf('export type PiiEntityType')));
  const names = [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]);
  assert.deepEqual(names, core.pii.entityTypes);
});
