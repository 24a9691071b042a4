// Leak rates on the held-out PII set (tests/pii-holdout/: hand-written text, written without
// reading the detector's rules), for core.pii.mask and the JS peers in the same run, plus the
// recall and precision of core.pii.detect per type. A measurement only: it never fails on rates.
//
//   node bench/pii-holdout.js            the tables
//   node bench/pii-holdout.js --misses   also every value core.pii.mask leaves in the text and
//                                        every look-alike it masks
//
// A value leaks when it still stands verbatim, as a whole token, in the masked text (masking
// part of it counts as not leaked: that is what "verbatim" measures; detect's recall below is
// the strict measure). A look-alike is kept when it stands in the masked text as often as in the
// original.
import { loadCore } from '../js/entry/node.js';
import { printTable } from './harness.js';
import { cases, TYPES, US_UK_TYPES, regionGroup, findAll } from '../tests/pii-holdout/holdout-set.js';

const showMisses = process.argv.includes('--misses');
const core = await loadCore();
const { SyncRedactor } = (await import('redact-pii')).default;
const { OpenRedaction } = await import('@openredaction/openredaction');
const redactPii = new SyncRedactor();
const openRedaction = new OpenRedaction();

const ENGINES = [
  ['copilot', (text) => core.pii.mask(text).text],
  ['redact-pii', (text) => redactPii.redact(text)],
  ['openredaction', async (text) => (await openRedaction.detect(text)).redacted],
];
const COPILOT = ENGINES[0][0];

// One row per value and per look-alike, with what each engine left of it.
const valueRows = [];
const lookalikeRows = [];
for (const c of cases) {
  const masked = {};
  for (const [name, mask] of ENGINES) {
    try {
      masked[name] = await mask(c.text);
    } catch (error) {
      console.error(`${name} threw on ${c.id}: ${error.message}`);
      masked[name] = c.text; // counted as leaking everything and keeping everything
    }
  }
  for (const v of c.values) {
    const leaked = Object.fromEntries(ENGINES.map(([name]) => [name, findAll(masked[name], v.value).length > 0]));
    valueRows.push({ caseItem: c, ...v, group: regionGroup(c, v), leaked });
  }
  for (const l of c.lookalikes) {
    const before = findAll(c.text, l).length;
    const kept = Object.fromEntries(ENGINES.map(([name]) => [name, findAll(masked[name], l).length >= before]));
    lookalikeRows.push({ caseItem: c, value: l, failing: (c.failing ?? []).some((f) => f.value === l), kept });
  }
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const leakColumns = ENGINES.map(([name]) => `${name} leak`);
function leakRow(label, key, rows) {
  const row = { [key]: label, values: String(rows.length) };
  for (const [name] of ENGINES) row[`${name} leak`] = pct(rows.filter((r) => r.leaked[name]).length, rows.length);
  return row;
}
function groupedTable(title, key, keyOf, order) {
  const groups = new Map();
  for (const r of valueRows) {
    const k = keyOf(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  const keys = order ? order.filter((k) => groups.has(k)) : [...groups.keys()].sort();
  printTable(title, [key, 'values', ...leakColumns], keys.map((k) => leakRow(k, key, groups.get(k))));
}

console.log(`Held-out PII set: ${cases.length} cases, ${valueRows.length} values, ${lookalikeRows.length} look-alikes ` +
  `(${lookalikeRows.filter((r) => r.failing).length} of them numbers failing a check digit).`);
console.log('Leak = the value still stands verbatim in the masked text. Kept = a look-alike survives masking.');

printTable(
  'Overall',
  ['engine', 'values', 'leaked', 'leak rate', 'look-alikes kept', 'failing-checksum kept'],
  ENGINES.map(([name]) => {
    const leaked = valueRows.filter((r) => r.leaked[name]).length;
    const kept = lookalikeRows.filter((r) => r.kept[name]).length;
    const failing = lookalikeRows.filter((r) => r.failing);
    return {
      engine: name,
      values: String(valueRows.length),
      leaked: String(leaked),
      'leak rate': pct(leaked, valueRows.length),
      'look-alikes kept': `${pct(kept, lookalikeRows.length)} (${kept}/${lookalikeRows.length})`,
      'failing-checksum kept': pct(failing.filter((r) => r.kept[name]).length, failing.length),
    };
  }),
);

groupedTable(
  'Leak rate by region (US/UK: US and UK identifiers and any other value in a US or UK text)',
  'region',
  (r) => r.group,
  ['US/UK', 'other countries', 'no country'],
);
groupedTable('Leak rate by type', 'type', (r) => r.type, TYPES);
const languageGroup = (r) => (r.caseItem.lang.startsWith('en') ? 'en' : 'other languages');
groupedTable('Leak rate by language of the text', 'language', languageGroup, ['en', 'other languages']);
groupedTable('Leak rate by country of the text (XX: none)', 'country', (r) => r.caseItem.country);

// core.pii.detect: which values are found whole and with the right type, and how many of the
// entities of a type are on a value of that type.
const SCRIPT_CHAR = /[\p{L}\p{N}]/u;
const covered = (text, [start, end], entities) => {
  for (let i = start; i < end; i++) {
    if (SCRIPT_CHAR.test(text[i]) && !entities.some((e) => e.start <= i && i < e.end)) return false;
  }
  return true;
};
// The set's types first, in their order, then any other type the detector reports (URL, ...).
const perType = new Map();
const stat = (type) => {
  if (!perType.has(type)) perType.set(type, { values: 0, found: 0, foundAnyType: 0, entities: 0, onValue: 0, onOtherType: 0, onLookalike: 0 });
  return perType.get(type);
};
TYPES.forEach(stat);
for (const c of cases) {
  const { entities } = core.pii.detect(c.text);
  const valueSpans = c.values.map((v) => ({ type: v.type, spans: findAll(c.text, v.value) }));
  const lookalikeSpans = c.lookalikes.flatMap((l) => findAll(c.text, l));
  for (const { type, spans } of valueSpans) {
    const s = stat(type);
    s.values++;
    if (spans.every((span) => covered(c.text, span, entities.filter((e) => e.type === type)))) s.found++;
    if (spans.every((span) => covered(c.text, span, entities))) s.foundAnyType++;
  }
  const overlaps = (e, [start, end]) => e.start < end && start < e.end;
  for (const e of entities) {
    const s = stat(e.type);
    s.entities++;
    if (valueSpans.some((v) => v.type === e.type && v.spans.some((span) => overlaps(e, span)))) s.onValue++;
    else if (valueSpans.some((v) => v.spans.some((span) => overlaps(e, span)))) s.onOtherType++;
    else if (lookalikeSpans.some((span) => overlaps(e, span))) s.onLookalike++;
  }
}
const detectRows = [...perType.entries()]
  .filter(([, s]) => s.values > 0 || s.entities > 0)
  .map(([type, s]) => ({
    type,
    values: String(s.values),
    recall: s.values ? pct(s.found, s.values) : '-',
    'found, any type': s.values ? pct(s.foundAnyType, s.values) : '-',
    entities: String(s.entities),
    precision: s.entities ? pct(s.onValue, s.entities) : '-',
    'on a value of another type': String(s.onOtherType),
    'on a look-alike': String(s.onLookalike),
  }));
const sum = (key) => [...perType.values()].reduce((n, s) => n + s[key], 0);
const totals = { values: sum('values'), found: sum('found'), any: sum('foundAnyType'), entities: sum('entities'), onValue: sum('onValue') };
detectRows.push({
  type: 'all types',
  values: String(totals.values),
  recall: pct(totals.found, totals.values),
  'found, any type': pct(totals.any, totals.values),
  entities: String(totals.entities),
  precision: pct(totals.onValue, totals.entities),
  'on a value of another type': '',
  'on a look-alike': '',
});
printTable(
  `${COPILOT}: core.pii.detect per type (recall: every letter and digit of the value inside entities of its type)`,
  ['type', 'values', 'recall', 'found, any type', 'entities', 'precision', 'on a value of another type', 'on a look-alike'],
  detectRows,
);
console.log(
  '\nPrecision counts an entity as right only when it overlaps a value of its own type. The set labels PII values and' +
    '\nlook-alikes, not every span of text: an entity on unlabelled text (a business phone, a host name, a word) counts' +
    '\nas wrong although some of those spans are arguably personal, so precision here is a lower bound; the' +
    '\n"on a look-alike" column is the part that is certainly wrong.',
);
console.log(`US/UK identifier types: ${US_UK_TYPES.join(', ')}.`);

if (showMisses) {
  console.log(`\n${COPILOT}: values left verbatim by core.pii.mask\n`);
  for (const r of valueRows.filter((x) => x.leaked[COPILOT])) console.log(`  ${r.caseItem.id.padEnd(18)} ${r.type.padEnd(26)} ${JSON.stringify(r.value)}`);
  console.log(`\n${COPILOT}: look-alikes masked by core.pii.mask\n`);
  for (const r of lookalikeRows.filter((x) => !x.kept[COPILOT])) console.log(`  ${r.caseItem.id.padEnd(18)} ${r.failing ? 'failing check digit ' : ''}${JSON.stringify(r.value)}`);
}
