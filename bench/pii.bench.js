// core.pii against the JS redactors and against one V8 RegExp alternation of the same formats,
// on the same mixed text (the labelled corpus: chat, e-mail, tickets, clinical notes, JSON logs),
// plus the latency of detect and mask on a 2 KB prompt. `npm run bench -- pii`
//
// PII_BENCH_BEFORE=<dir> also loads an older build (a directory holding js/ and dist/, e.g. an
// export of main with its built dist/) and measures it in the same run, for before/after rows.
// PII_BENCH_ROUNDS sets the round-robin rounds of the throughput tables (default 7),
// PII_BENCH_SECONDS the seconds per latency case (default 1.5), PII_BENCH_MIB the size of the text
// the wasm engines and the RegExp scan per call (default 4; the JS peers get 64 KiB).
import { loadCore } from '../js/entry/node.js';
import { measure, printTable } from './harness.js';
import { Faker, en, base } from '@faker-js/faker';
import { generateCorpus } from '../tests/pii-corpus/corpus.js';

const core = await loadCore();
const beforeDir = process.env.PII_BENCH_BEFORE;
const before = beforeDir ? await (await import(`${beforeDir.replace(/\/$/, '')}/js/entry/node.js`)).loadCore() : null;
const rounds = Number(process.env.PII_BENCH_ROUNDS ?? 7);
const seconds = Number(process.env.PII_BENCH_SECONDS ?? 1.5);
const bigMiB = Number(process.env.PII_BENCH_MIB ?? 4);
const { SyncRedactor } = (await import('redact-pii')).default;
const { OpenRedaction } = await import('@openredaction/openredaction');

// Two texts: the labelled corpus alone (PII-dense: a value every ~55 bytes), and the same
// documents between ordinary prose paragraphs, closer to what users type into a copilot.
const docs = generateCorpus({ seed: 7, count: 1500 }).map((d) => d.text);
const prose = new Faker({ locale: [en, base] });
prose.seed(7);
const mixed = docs.map((d) => `${d}\n\n${prose.lorem.paragraphs(1)} ${prose.hacker.phrase()} ${prose.company.catchPhrase()}.`).join('\n\n');
const dense = docs.join('\n\n');
const scale = (t, bytes) => t.repeat(Math.ceil(bytes / t.length));
const texts = { 'PII-dense corpus': dense, 'mixed: corpus + prose': mixed };
const prompt = mixed.slice(0, 2048);
const mib = (s) => Buffer.byteLength(s) / (1 << 20);

// The best single-RegExp equivalent: the same built-in formats, one alternation, one pass,
// no validation (no Luhn, no mod-97, no context): what a careful JS redactor can do at best.
const ALTERNATION = new RegExp(
  [
    String.raw`[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`, // e-mail
    String.raw`https?:\/\/[^\s"'<>]+|www\.[^\s"'<>]+`, // URL
    String.raw`-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----`, // PEM
    String.raw`\b(?:AKIA|ASIA)[A-Z0-9]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}|\bxox[abprse]-[A-Za-z0-9-]{10,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{20,}`, // keys
    String.raw`\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`, // JWT
    String.raw`\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b`, // IBAN
    String.raw`\b(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,59}\b|\b0x[a-fA-F0-9]{40}\b`, // crypto
    String.raw`\b(?:\d[ -]?){12,18}\d\b`, // card
    String.raw`\b\d{3}[- ]\d{2}[- ]\d{4}\b`, // SSN / ITIN
    String.raw`(?:\+\d{1,3}[ .-]?)?\(?\d{2,4}\)?[ .-]?\d{2,4}[ .-]?\d{2,4}(?:[ .-]?\d{2,4})?\b`, // phone
    String.raw`\b\d{3}[ -]?\d{3}[ -]?\d{4}\b`, // NHS
    String.raw`\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b`, // NINO
    String.raw`\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b`, // IPv4
    String.raw`\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\b|\b(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:?){0,6}`, // IPv6
    String.raw`\b[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}\b`, // MAC
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`, // dates
  ].join('|'),
  'g',
);
const regexScan = (text) => {
  const out = [];
  for (const m of text.matchAll(ALTERNATION)) out.push([m.index, m.index + m[0].length]);
  return out;
};

const redactPii = new SyncRedactor();
const openRedaction = new OpenRedaction();
for (const [label, text] of Object.entries(texts)) {
  const big = scale(text, bigMiB * (1 << 20)); // ~4 MiB for the fast engines
  const small = text.slice(0, 64 * 1024); // the slow peers get 64 KiB
  const cases = [
    ['V8 RegExp alternation (match only)', () => regexScan(big), big],
    ['redact-pii 3.4 (SyncRedactor.redact)', () => redactPii.redact(small), small],
    ['@openredaction/openredaction (detect)', () => openRedaction.detect(small), small],
    ['core.pii.detect', () => core.pii.detect(big), big],
    ['core.pii.mask', () => core.pii.mask(big), big],
  ];
  if (before) {
    cases.push(['core.pii.detect (before)', () => before.pii.detect(big), big], ['core.pii.mask (before)', () => before.pii.mask(big), big]);
  }
  // Round robin, one call of each engine per round, so that a load spike on a shared machine
  // hits every engine alike; the rate is that of the median call.
  for (const [, fn] of cases) fn(); // warm-up
  const times = cases.map(() => []);
  for (let round = 0; round < rounds; round++) {
    cases.forEach(([, fn], k) => {
      const start = performance.now();
      fn();
      times[k].push(performance.now() - start);
    });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = cases.map(([name, , input], k) => ({ engine: name, 'MiB/s': mib(input) / (median(times[k]) / 1000), calls: times[k].length }));
  const fastestPeer = Math.max(rows[1]['MiB/s'], rows[2]['MiB/s']);
  for (const row of rows) {
    row['x fastest JS peer'] = row['MiB/s'] / fastestPeer;
    row['x RegExp'] = row['MiB/s'] / rows[0]['MiB/s'];
  }
  printTable(`Throughput, ${label} (${mib(big).toFixed(1)} MiB; peers on ${mib(small).toFixed(2)} MiB)`, ['engine', 'MiB/s', 'x fastest JS peer', 'x RegExp', 'calls'], rows);
}

const latency = [];
for (const [name, fn] of [
  ['core.pii.detect', () => core.pii.detect(prompt)],
  ['core.pii.mask', () => core.pii.mask(prompt)],
  ...(before ? [['core.pii.detect (before)', () => before.pii.detect(prompt)], ['core.pii.mask (before)', () => before.pii.mask(prompt)]] : []),
  ['V8 RegExp alternation', () => regexScan(prompt)],
  ['redact-pii', () => redactPii.redact(prompt)],
  ['@openredaction/openredaction', () => openRedaction.detect(prompt)],
]) {
  const r = await measure(fn, { seconds });
  latency.push({ 'on a 2 KB prompt': name, 'p50 us': r.p50 * 1000, 'p99 us': r.p99 * 1000, calls: r.calls });
}
printTable('Latency per call on a 2 KB prompt', ['on a 2 KB prompt', 'p50 us', 'p99 us', 'calls'], latency);
