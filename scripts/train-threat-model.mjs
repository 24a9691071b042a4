#!/usr/bin/env node
// Trains the threat scanner's learned model (src/security/threat_model.h) OFFLINE and writes
// its weights to src/security/threat_model_weights.cc. Plain Node, no dependency beyond the
// package's own wasm core (which computes the features, so training and scanning see the same).
//
//   npm run build && node scripts/train-threat-model.mjs          regenerate the weights file
//   node scripts/train-threat-model.mjs --cv                      also print 5-fold cross-validation
//                                                                 and the dev hold-out's rates
//   node scripts/train-threat-model.mjs --check                   exit 1 if the committed file differs
//   then `npm run build` again so the wasm carries the new table.
//
// Training data: tests/shared/threat-prompts.json (the rules' tuning set) and
// tests/shared/threat-prompts-training.json (prompts written for the model). Never the held-out
// sets in tests/security-holdout*/: they measure the result. tests/shared/threat-prompts-dev-
// holdout.json is used only to report rates (--cv), not to train.
//
// Model: logistic regression, inputs = feature counts / sqrt(feature occurrences), classes
// weighted to balance, L2 penalty LAMBDA, full-batch Adam for EPOCHS steps from zero
// (deterministic). Weights are quantised to int8 with one scale; the bias stays a double.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCore, moduleOf } from '../js/core/load-core.js';
import '../js/entry/node.js';

const root = new URL('../', import.meta.url);
const OUT = new URL('src/security/threat_model_weights.cc', root);
export const TRAINING_SETS = ['tests/shared/threat-prompts.json', 'tests/shared/threat-prompts-training.json'];
export const DEV_SET = 'tests/shared/threat-prompts-dev-holdout.json';

export const BUCKETS = 1 << 16; // kThreatModelBuckets
// Chosen by 5-fold cross-validation on the training sets (`--cv --grid` prints the grid):
export const LAMBDA = 3e-5; // L2 penalty per example
export const EPOCHS = 300;
export const LEARNING_RATE = 0.05;
// The learned signal's weight is sigmoid(logit + OFFSET); it is reported from FLOOR up.
// OFFSET: the model alone (weight >= 0.5, i.e. medium) flags at most BENIGN_BUDGET of the
// training sets' benign prompts out-of-fold (`--cv` prints the offset that does that).
// FLOOR: weak model evidence does not tip borderline rule scores (chosen on CV's high FP).
export const OFFSET = -1.35;
export const FLOOR = 0.4;
export const BENIGN_BUDGET = 0.02;
const FOLDS = 5;

export function loadSet(path) {
  return JSON.parse(readFileSync(new URL(path, root), 'utf8')).prompts;
}

/**
 * Sparse input of each text: { idx: Uint32Array, val: Float64Array } (counts / sqrt(total)).
 * `kinds` (experiments only) keeps only those feature kinds (1 word, 2 pair, 3 4-gram).
 */
export function featurize(module, texts, kinds = null) {
  return texts.map((text) => {
    const buckets = Array.from(module.threatModelFeatures(text))
      .filter((f) => !kinds || kinds.includes(f >>> 24))
      .map((f) => f & (BUCKETS - 1));
    const counts = new Map();
    for (const b of buckets) counts.set(b, (counts.get(b) ?? 0) + 1);
    const idx = Uint32Array.from([...counts.keys()].sort((a, b) => a - b));
    const norm = buckets.length ? 1 / Math.sqrt(buckets.length) : 0;
    const val = Float64Array.from(idx, (b) => counts.get(b) * norm);
    return { idx, val, total: buckets.length, counts };
  });
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Logistic regression by full-batch Adam; returns { w: Float64Array, bias }. */
export function train(xs, ys, { lambda = LAMBDA, epochs = EPOCHS, lr = LEARNING_RATE } = {}) {
  const w = new Float64Array(BUCKETS);
  let bias = 0;
  const m = new Float64Array(BUCKETS + 1);
  const v = new Float64Array(BUCKETS + 1);
  const g = new Float64Array(BUCKETS + 1);
  const pos = ys.filter((y) => y === 1).length;
  const weightOf = [xs.length / (2 * (xs.length - pos)), xs.length / (2 * pos)];
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= epochs; t++) {
    g.fill(0);
    for (let i = 0; i < xs.length; i++) {
      const { idx, val } = xs[i];
      let z = bias;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]] * val[k];
      const err = (sigmoid(z) - ys[i]) * weightOf[ys[i]];
      for (let k = 0; k < idx.length; k++) g[idx[k]] += err * val[k];
      g[BUCKETS] += err;
    }
    for (let j = 0; j <= BUCKETS; j++) {
      const wj = j === BUCKETS ? bias : w[j];
      const grad = g[j] / xs.length + (j === BUCKETS ? 0 : lambda * wj);
      if (grad === 0 && m[j] === 0) continue;
      m[j] = b1 * m[j] + (1 - b1) * grad;
      v[j] = b2 * v[j] + (1 - b2) * grad * grad;
      const step = (lr * (m[j] / (1 - b1 ** t))) / (Math.sqrt(v[j] / (1 - b2 ** t)) + 1e-8);
      if (j === BUCKETS) bias -= step;
      else w[j] -= step;
    }
  }
  return { w, bias };
}

/**
 * NB-LR ("NBSVM"): each feature scaled by its naive Bayes log-count ratio r (features present
 * in attacks vs in benign prompts, smoothed by `alpha`), logistic regression on the scaled
 * inputs, then r folded back into the weights, so the scorer stays one weight per bucket.
 */
export function trainNb(xs, ys, options = {}) {
  const alpha = options.alpha ?? 1;
  const p = new Float64Array(BUCKETS).fill(alpha);
  const q = new Float64Array(BUCKETS).fill(alpha);
  xs.forEach(({ idx }, i) => {
    const into = ys[i] ? p : q;
    for (const b of idx) into[b] += 1;
  });
  let sp = 0;
  let sq = 0;
  for (let j = 0; j < BUCKETS; j++) {
    sp += p[j];
    sq += q[j];
  }
  const r = Float64Array.from(p, (pj, j) => Math.log(pj / sp / (q[j] / sq)));
  const scaled = xs.map(({ idx, val }) => ({ idx, val: Float64Array.from(val, (v, k) => v * r[idx[k]]) }));
  const model = train(scaled, ys, options);
  for (let j = 0; j < BUCKETS; j++) model.w[j] *= r[j];
  return model;
}

/** int8 weights with one scale, as the C++ table holds them. */
export function quantize({ w, bias }) {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const q = Int8Array.from(w, (x) => Math.round(x / scale));
  return { q, scale, bias };
}

/** The C++ scorer's logit for one window holding the whole text (texts up to 64 words). */
export function logitOf(model, x) {
  if (!x.total) return -Infinity;
  let sum = 0;
  for (const [b, c] of x.counts) sum += model.q[b] * c;
  return model.bias + (model.scale * sum) / Math.sqrt(x.total);
}

/** Seeded shuffle (mulberry32) so the folds are the same on every run. */
function shuffled(n, seed) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Stratified fold of each item (by label and category). */
export function folds(items, k = FOLDS, seed = 7) {
  const fold = new Array(items.length);
  const groups = new Map();
  for (const i of shuffled(items.length, seed)) {
    const key = `${items[i].label}/${items[i].category}`;
    const n = groups.get(key) ?? 0;
    fold[i] = n % k;
    groups.set(key, n + 1);
  }
  return fold;
}

/** The scan's score without the learned signal: 1 - prod(1 - strongest weight per rule). */
export function ruleScore(scan) {
  const byRule = new Map();
  for (const s of scan.signals) {
    if (s.rule === 'learned_model') continue;
    const key = `${s.category}/${s.rule}`;
    byRule.set(key, Math.max(byRule.get(key) ?? 0, s.weight));
  }
  let keep = 1;
  for (const w of byRule.values()) keep *= 1 - w;
  return 1 - keep;
}

/** The scanner's combined score for a rule score and a model logit. */
export function combined(rule, logit, offset = OFFSET, floor = FLOOR) {
  const w = sigmoid(logit + offset);
  return w >= floor ? 1 - (1 - rule) * (1 - w) : rule;
}

export const THRESHOLDS = { low: 0.8, medium: 0.5, high: 0.3 };

function rates(items, scores, threshold) {
  let tp = 0;
  let fp = 0;
  let pos = 0;
  let neg = 0;
  items.forEach((item, i) => {
    const hit = scores[i] >= threshold;
    if (item.label === 'attack') {
      pos++;
      if (hit) tp++;
    } else {
      neg++;
      if (hit) fp++;
    }
  });
  return { recall: tp / pos, fpr: fp / neg, tp, pos, fp, neg };
}

function auc(items, logits) {
  const pos = [];
  const neg = [];
  items.forEach((item, i) => (item.label === 'attack' ? pos : neg).push(logits[i]));
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

const pct = ({ tp, pos, fp, neg }) =>
  `${((100 * tp) / pos).toFixed(1)}% (${tp}/${pos}) / ${((100 * fp) / neg).toFixed(1)}% (${fp}/${neg})`;

export function renderTable(model, counts) {
  const lines = [];
  for (let i = 0; i < model.q.length; i += 32) lines.push(`  ${Array.from(model.q.subarray(i, i + 32)).join(', ')},`);
  const nonzero = model.q.reduce((n, x) => n + (x !== 0 ? 1 : 0), 0);
  return `// GENERATED by scripts/train-threat-model.mjs: do not edit by hand.
// Regenerate: npm run build && node scripts/train-threat-model.mjs && npm run build
// (tests/js/threat-model.test.js checks that this file is what the script produces).
// Trained on ${counts.attacks} attacks and ${counts.benign} benign prompts:
${TRAINING_SETS.map((path) => `//   ${path}`).join('\n')}
// L2 ${LAMBDA}, ${EPOCHS} Adam steps; ${nonzero} of ${BUCKETS} buckets non-zero.
#include "security/threat_model_weights.h"

namespace copilot::security {

// clang-format off
const std::array<std::int8_t, kThreatModelBuckets> kThreatModelWeights = {
${lines.join('\n')}
};
// clang-format on
const double kThreatModelScale = ${model.scale.toPrecision(17)};
const double kThreatModelBias = ${model.bias.toPrecision(17)};
const double kThreatModelOffset = ${OFFSET.toFixed(3)};
const double kThreatModelFloor = ${FLOOR.toFixed(3)};

}  // namespace copilot::security
`;
}

/** Trains on the training sets; returns { model, text } (the weights file's text). */
export async function build(module) {
  const items = TRAINING_SETS.flatMap(loadSet);
  const xs = featurize(module, items.map((p) => p.text));
  const ys = items.map((p) => (p.label === 'attack' ? 1 : 0));
  const model = quantize(train(xs, ys));
  const counts = { attacks: ys.filter((y) => y).length, benign: ys.filter((y) => !y).length };
  return { model, items, xs, text: renderTable(model, counts) };
}

async function crossValidate(core, module, options = {}) {
  const items = TRAINING_SETS.flatMap(loadSet);
  const xs = featurize(module, items.map((p) => p.text));
  const ys = items.map((p) => (p.label === 'attack' ? 1 : 0));
  const fold = folds(items);
  const logits = new Array(items.length);
  for (let f = 0; f < FOLDS; f++) {
    const train_ = items.flatMap((_, i) => (fold[i] !== f ? [i] : []));
    const model = quantize(train(train_.map((i) => xs[i]), train_.map((i) => ys[i]), options));
    items.forEach((_, i) => {
      if (fold[i] === f) logits[i] = logitOf(model, xs[i]);
    });
  }
  const rules = items.map((p) => ruleScore(core.security.scanThreats(p.text, { sensitivity: 'medium' })));
  return { items, logits, rules };
}

/** The offset at which the model alone flags at most `budget` of the benign prompts. */
export function offsetFor(items, logits, budget = BENIGN_BUDGET) {
  const benign = items.flatMap((p, i) => (p.label === 'attack' ? [] : [logits[i]])).sort((a, b) => b - a);
  return -(benign[Math.floor(budget * benign.length)] + 1e-9);
}

function report(title, items, logits, rules) {
  console.log(`\n${title}: ${items.filter((p) => p.label === 'attack').length} attacks / ${items.filter((p) => p.label !== 'attack').length} benign; model AUC ${auc(items, logits).toFixed(4)}`);
  console.log('  (attacks detected / benign flagged)');
  for (const [name, threshold] of Object.entries(THRESHOLDS)) {
    const model = rates(items, logits.map((z) => combined(0, z)), threshold);
    const rule = rates(items, rules, threshold);
    const both = rates(items, items.map((_, i) => combined(rules[i], logits[i])), threshold);
    console.log(`  ${name.padEnd(6)} model alone ${pct(model)} | rules alone ${pct(rule)} | combined ${pct(both)}`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const core = await loadCore();
  const module = moduleOf(core);
  if (args.includes('--cv')) {
    const lambdas = args.includes('--grid') ? [1e-5, 3e-5, 1e-4, 3e-4, 1e-3] : [LAMBDA];
    for (const lambda of lambdas) {
      const { items, logits, rules } = await crossValidate(core, module, { lambda });
      console.log(`\nL2 ${lambda}: offset for ${BENIGN_BUDGET * 100}% benign out-of-fold: ${offsetFor(items, logits).toFixed(2)} (in use: ${OFFSET})`);
      report(`5-fold cross-validation, L2 ${lambda}, out-of-fold`, items, logits, rules);
      const sets = TRAINING_SETS.map(loadSet);
      let at = 0;
      for (const [k, set] of sets.entries()) {
        const slice = (a) => a.slice(at, at + set.length);
        report(`  of which ${TRAINING_SETS[k]}`, set, slice(logits), slice(rules));
        at += set.length;
      }
    }
  }
  const { model, text } = await build(module);
  if (args.includes('--cv')) {
    const dev = loadSet(DEV_SET);
    const xs = featurize(module, dev.map((p) => p.text));
    const rules = dev.map((p) => ruleScore(core.security.scanThreats(p.text, { sensitivity: 'medium' })));
    report(`dev hold-out ${DEV_SET} (model trained on all training sets)`, dev, xs.map((x) => logitOf(model, x)), rules);
  }
  if (args.includes('--check')) {
    const committed = readFileSync(OUT, 'utf8');
    if (committed !== text) {
      console.error(`${fileURLToPath(OUT)} is not what the training script produces: rerun it`);
      process.exit(1);
    }
    console.log('weights file matches the training script');
    return;
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${fileURLToPath(OUT)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
