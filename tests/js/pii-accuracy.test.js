// Accuracy floors of core.pii on a seeded corpus (a seed the detector was not tuned on).
// Measured on 2026-11-25 with seed 4242: leak ~0.1%, look-alikes kept ~99.9%, every type F1 >= 0.98.
// The floors leave a margin for corpus variation, not for regressions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../js/entry/node.js';
import { generateCorpus } from '../pii-corpus/corpus.js';
import { scoreCorpus } from '../pii-corpus/score.js';

const core = await loadCore();
const docs = generateCorpus({ seed: 4242, count: 1500 });
const score = scoreCorpus(docs, { detect: (t) => core.pii.detect(t).entities, mask: (t) => core.pii.mask(t).text });

test('the corpus is deterministic and labelled with UTF-16 spans', () => {
  const again = generateCorpus({ seed: 4242, count: 20 });
  assert.deepEqual(again, docs.slice(0, 20));
  for (const doc of docs) {
    for (const span of [...doc.pii, ...doc.lookalikes]) assert.equal(doc.text.slice(span.start, span.end), span.value);
  }
  assert.equal(new Set(docs.map((d) => d.register)).size, 5);
});

test('under 1% of PII values survive masking verbatim', () => {
  assert.ok(score.values > 3000);
  assert.ok(score.leakRate < 0.01, `leak ${score.leakRate}: ${score.leaks.slice(0, 10).join('; ')}`);
});

test('over 98% of look-alikes (order numbers, invalid SSNs, UUIDs, hashes, versions, ISBNs, timestamps, prices) are kept', () => {
  assert.ok(score.lookalikes > 1500);
  assert.equal(score.lookalikeKinds.size, 8);
  assert.ok(score.keptRate > 0.98, `kept ${score.keptRate}: ${score.destroyed.slice(0, 10).join('; ')}`);
});

test('every type scores F1 >= 0.95', () => {
  assert.equal(score.types.length, 16);
  for (const t of score.types) assert.ok(t.f1 >= 0.95, `${t.type} F1 ${t.f1.toFixed(3)} (P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)})`);
});
