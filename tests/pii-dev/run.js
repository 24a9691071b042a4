// `node tests/pii-dev/run.js [--misses] [--before DIR]`: per-type precision/recall, leak and
// look-alike rates of core.pii on the development set (hand-written cases + generated identifiers).
import { CASES } from './cases.js';
import { generatedCases } from './generated.js';
import { scoreCases } from './score.js';

const beforeAt = process.argv.indexOf('--before');
const entry = beforeAt > 0 ? `${process.argv[beforeAt + 1].replace(/\/$/, '')}/js/entry/node.js` : '../../js/entry/node.js';
const core = await (await import(entry)).loadCore();
const sets = { 'hand-written': CASES, generated: generatedCases({ seed: 11, perType: 40 }) };
for (const [name, cases] of Object.entries(sets)) {
  const score = scoreCases(cases, { detect: (t) => core.pii.detect(t).entities, mask: (t) => core.pii.mask(t).text });
  console.log(`\n${name}: ${cases.length} cases, ${score.values} values, leak ${(100 * score.leakRate).toFixed(1)}%, look-alikes kept ${(100 * score.keptRate).toFixed(1)}% of ${score.lookalikes}`);
  console.log('| type | support | precision | recall |\n| --- | ---: | ---: | ---: |');
  for (const t of score.types) console.log(`| ${t.type} | ${t.support} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} |`);
  if (process.argv.includes('--misses')) for (const m of score.misses) console.log(`  ${m}`);
}
