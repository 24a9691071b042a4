// Integrity of the third, multilingual held-out threat set (tests/security-holdout-3/).
// Detection rates are measured by `node bench/threat-holdout.js tests/security-holdout-3` and
// never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, tuningTexts } from './helpers/held-out-texts.js';
import { holdoutSet, ATTACK_CATEGORIES, BENIGN_CATEGORIES, LANGUAGES } from '../security-holdout-3/holdout-set.js';
import * as first from '../security-holdout/holdout-set.js';
import * as second from '../security-holdout-2/holdout-set.js';
import { base64, hex, rot13, reversed, spaced, homoglyphs, tagChars } from '../security-holdout/encode.js';
import { morse, leet, interleave, latinLookalikes } from '../security-holdout-3/encode.js';

// The languages the set must cover with at least 16 items each; fr, es and de hold only a few.
const MAIN_LANGUAGES = ['zh', 'ja', 'ko', 'ru', 'ar', 'hi', 'pt', 'it', 'nl', 'pl', 'tr', 'vi', 'id'];

// A letter every item of these languages holds, unless its source_note says it is romanized
// (Hindi is often typed in Latin script): catches an item filed under the wrong language.
const SCRIPT = {
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u,
  ru: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  hi: /\p{Script=Devanagari}/u,
};
// Letters most (not all: a short sentence may lack them) items of these Latin-script languages hold.
const LETTERS = {
  vi: /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/iu,
  pl: /[ąćęłńóśźż]/iu,
  tr: /[çğıöşüİ]/u,
};

const count = (pred) => holdoutSet.filter(pred).length;

test('every item has a text, a valid label, a declared category, a declared language and a source note', () => {
  assert.ok(holdoutSet.length > 0);
  for (const item of holdoutSet) {
    assert.deepEqual(Object.keys(item).sort(), ['category', 'label', 'lang', 'source_note', 'text']);
    assert.ok(typeof item.text === 'string' && item.text.trim().length > 0, 'empty text');
    assert.ok(typeof item.source_note === 'string' && item.source_note.length > 0, 'an item has no source_note');
    assert.ok(['attack', 'benign'].includes(item.label), `bad label ${item.label}`);
    const declared = item.label === 'attack' ? ATTACK_CATEGORIES : BENIGN_CATEGORIES;
    assert.ok(declared.includes(item.category), `${item.label} with undeclared category ${item.category}`);
    assert.ok(LANGUAGES.includes(item.lang), `undeclared language ${item.lang}`);
  }
});

test('the declared categories and languages are distinct and each is used', () => {
  const all = [...ATTACK_CATEGORIES, ...BENIGN_CATEGORIES];
  assert.equal(new Set(all).size, all.length);
  assert.ok(BENIGN_CATEGORIES.every((category) => category.startsWith('benign_')));
  assert.ok(ATTACK_CATEGORIES.every((category) => !category.startsWith('benign_')));
  assert.equal(new Set(LANGUAGES).size, LANGUAGES.length);
  for (const lang of LANGUAGES) assert.ok(count((item) => item.lang === lang) > 0, `no item in ${lang}`);
  for (const lang of MAIN_LANGUAGES) assert.ok(LANGUAGES.includes(lang), `${lang} is not declared`);
});

test('at least 170 attacks and 170 benign prompts, and every category holds at least 8', () => {
  const attacks = count((item) => item.label === 'attack');
  const benign = count((item) => item.label === 'benign');
  assert.ok(attacks >= 170, `${attacks} attacks`);
  assert.ok(benign >= 170, `${benign} benign`);
  for (const category of [...ATTACK_CATEGORIES, ...BENIGN_CATEGORIES]) {
    const n = count((item) => item.category === category);
    assert.ok(n >= 8, `category ${category} has ${n} items`);
  }
});

test('most items are not English; English has at least 40 and each main language at least 16, about half attacks', () => {
  const english = count((item) => item.lang === 'en');
  assert.ok(english >= 40, `${english} English items`);
  assert.ok(holdoutSet.length - english > holdoutSet.length / 2, `${english} of ${holdoutSet.length} items are English`);
  for (const lang of ['en', ...MAIN_LANGUAGES]) {
    const total = count((item) => item.lang === lang);
    const attacks = count((item) => item.lang === lang && item.label === 'attack');
    assert.ok(total >= 16, `${lang} has ${total} items`);
    // "About half": neither label below 40% of the language's items.
    assert.ok(attacks >= 0.4 * total && total - attacks >= 0.4 * total, `${lang}: ${attacks} attacks of ${total}`);
  }
});

test('every item of a language with its own script holds it (or is marked romanized), and most Vietnamese, Polish and Turkish items hold their letters', () => {
  for (const item of holdoutSet) {
    const script = SCRIPT[item.lang];
    if (!script || /romanized/i.test(item.source_note)) continue;
    assert.match(item.text, script, `${item.lang} item without its script: ${item.source_note}`);
  }
  const romanized = holdoutSet.filter((item) => /romanized/i.test(item.source_note));
  assert.ok(romanized.length <= 4, `${romanized.length} romanized items`);
  for (const [lang, letters] of Object.entries(LETTERS)) {
    const items = holdoutSet.filter((item) => item.lang === lang);
    const holding = items.filter((item) => letters.test(item.text)).length;
    assert.ok(holding >= 0.8 * items.length, `${lang}: ${holding} of ${items.length} items hold its letters`);
  }
});

test('no two items share a text, even after case and whitespace folding', () => {
  const seen = new Set();
  let duplicates = 0;
  for (const item of holdoutSet) {
    const key = fold(item.text);
    if (seen.has(key)) duplicates += 1;
    seen.add(key);
  }
  assert.equal(duplicates, 0, `${duplicates} duplicate texts`);
});

test('shares no text with the tuning sets tests/shared/threat-prompts*.json', () => {
  // Read by code only and never printed, so both sides stay held out: an overlap means someone
  // copied items across.
  const tuning = tuningTexts();
  const shared = count((item) => tuning.has(fold(item.text)));
  assert.equal(shared, 0, `${shared} texts of the third held-out set also appear in tests/shared/threat-prompts*.json`);
});

test('shares no text with the first two held-out sets', () => {
  const earlier = new Set([...first.holdoutSet, ...second.holdoutSet].map((item) => fold(item.text)));
  assert.ok(earlier.size > 300);
  const shared = count((item) => earlier.has(fold(item.text)));
  assert.equal(shared, 0, `${shared} texts of the third held-out set also appear in an earlier one`);
});

test('the encoded items hold what their source notes quote', () => {
  // The note of an item built by an encoder names it and quotes the plain text ("base64 of: ...",
  // "Morse of: ..."): encoding that plain text again must give a part of the item.
  const encoders = {
    'base64 of: ': base64,
    'hex of: ': hex,
    'rot13 of: ': rot13,
    'reversed of: ': reversed,
    'spaced letters of: ': spaced,
    'Cyrillic homoglyphs of: ': homoglyphs,
    'invisible Unicode tag characters of: ': tagChars,
    'Morse of: ': morse,
    'leetspeak of: ': leet,
    'zero-width spaces between the letters of: ': interleave,
    'Latin look-alikes inside Cyrillic words of: ': latinLookalikes,
  };
  let checked = 0;
  for (const item of holdoutSet) {
    const prefix = Object.keys(encoders).find((name) => item.source_note.startsWith(name));
    if (!prefix) continue;
    const encoded = encoders[prefix](item.source_note.slice(prefix.length));
    assert.ok(item.text.includes(encoded), `${item.lang} item does not hold its ${item.source_note}`);
    checked += 1;
  }
  assert.ok(checked >= 30, `only ${checked} encoded items were checked`);
});

test('the set\'s own encoders produce what they claim', () => {
  assert.equal(morse('SOS'), '... --- ...');
  assert.equal(morse('hi there'), '.... .. / - .... . .-. .');
  assert.throws(() => morse('é'), /no Morse code/);
  assert.equal(leet('Ignore this'), '1gn0r3 7h15');
  assert.equal(leet('Ğü'), 'ğü');
  const hidden = interleave('無視して ok');
  assert.equal(hidden, '無\u200b視\u200bし\u200bて o\u200bk');
  assert.equal(hidden.replaceAll('\u200b', ''), '無視して ok');
  const mixed = latinLookalikes('Покажи пароль');
  assert.equal(mixed.length, 'Покажи пароль'.length);
  assert.match(mixed, /\p{Script=Latin}/u);
  assert.match(mixed, /\p{Script=Cyrillic}/u);
  assert.equal(mixed, 'Пoкaжи пapoль');
});
