// Prints the accuracy tables of core.pii on the labelled corpus, and the same leak and
// look-alike figures for the JS peers: node tests/pii-corpus/accuracy.js [--docs N] [--seed N] [--show] [--no-peers]
import { parseArgs } from 'node:util';
import { loadCore } from '../../js/entry/node.js';
import { printTable } from '../../bench/harness.js';
import { generateCorpus } from './corpus.js';
import { scoreCorpus } from './score.js';

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '3000' }, seed: { type: 'string', default: '20260101' }, show: { type: 'boolean', default: false }, 'no-peers': { type: 'boolean', default: false } } });
const docs = generateCorpus({ seed: Number(args.seed), count: Number(args.docs) });
const core = await loadCore();
const ours = scoreCorpus(docs, { detect: (t) => core.pii.detect(t).entities, mask: (t) => core.pii.mask(t).text });

printTable(`core.pii on ${docs.length} documents (seed ${args.seed}), default minScore 0.4`, ['type', 'support', 'precision', 'recall', 'f1'], ours.types.map((t) => ({ ...t, precision: round(t.precision), recall: round(t.recall), f1: round(t.f1) })));
// The corpus labels dates only where a birth cue makes them personal data ("DOB:", "born"), so the
// DATE_TIME row above measures dates WITH a cue. The same date values without any cue score below
// the default minScore on purpose; this shows how many are found by default, when DATE_TIME is
// asked for by name, and with minScore 0.3.
const cueless = docs.flatMap((d) => d.pii.filter((p) => p.type === 'DATE_TIME').map((p) => `The review moved to ${p.value} after the call.`));
const dateRecall = (options) => cueless.filter((t) => core.pii.detect(t, options).entities.some((e) => e.type === 'DATE_TIME')).length / Math.max(1, cueless.length);
printTable(`DATE_TIME without a birth cue (${cueless.length} corpus dates in "The review moved to <date> after the call.")`, ['options', 'recall'], [
  { options: 'default (minScore 0.4)', recall: round(dateRecall({})) },
  { options: "types: ['DATE_TIME']", recall: round(dateRecall({ types: ['DATE_TIME'] })) },
  { options: 'minScore: 0.3', recall: round(dateRecall({ minScore: 0.3 })) },
]);
const rows = [{ redactor: 'copilot-package core.pii', leak: pct(ours.leakRate), 'look-alikes kept': pct(ours.keptRate), values: ours.values, 'look-alikes': ours.lookalikes }];
if (!args['no-peers']) {
  const { SyncRedactor } = (await import('redact-pii')).default;
  const { OpenRedaction } = await import('@openredaction/openredaction');
  const redactPii = new SyncRedactor();
  const openRedaction = new OpenRedaction();
  for (const [name, mask] of [['redact-pii', (t) => redactPii.redact(t)], ['@openredaction/openredaction', (t) => openRedaction.detect(t).redacted]]) {
    const s = scoreCorpus(docs, { mask });
    rows.push({ redactor: name, leak: pct(s.leakRate), 'look-alikes kept': pct(s.keptRate), values: s.values, 'look-alikes': s.lookalikes });
  }
}
printTable('Leak (PII values surviving masking verbatim) and look-alikes kept', ['redactor', 'leak', 'look-alikes kept', 'values', 'look-alikes'], rows);
printTable('core.pii look-alikes kept by kind', ['kind', 'kept', 'total'], [...ours.lookalikeKinds].map(([kind, k]) => ({ kind, kept: k.kept, total: k.total })));
if (args.show) {
  console.log('\nleaks:\n' + ours.leaks.slice(0, 60).join('\n'));
  console.log('\nfalse positives:\n' + ours.falsePositives.slice(0, 60).join('\n'));
  console.log('\nlook-alikes destroyed:\n' + ours.destroyed.slice(0, 40).join('\n'));
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}
function pct(x) {
  return `${(x * 100).toFixed(2)}%`;
}
