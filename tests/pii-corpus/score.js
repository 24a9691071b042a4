// Scores a redactor against the labelled corpus: precision, recall and F1 per type (a predicted
// span counts when it overlaps a labelled span of the same type), the share of PII values that
// survive masking verbatim (leak) and the share of look-alikes left untouched.

/** @param docs corpus; @param detect (text) => [{ type, start, end }]; @param mask (text) => string */
export function scoreCorpus(docs, { detect, mask }) {
  const perType = new Map();
  const row = (type) => {
    if (!perType.has(type)) perType.set(type, { tp: 0, fp: 0, fn: 0 });
    return perType.get(type);
  };
  let values = 0;
  let leaked = 0;
  let lookalikes = 0;
  let kept = 0;
  const leaks = [];
  const destroyed = [];
  const falsePositives = [];
  const lookalikeKinds = new Map();
  for (const doc of docs) {
    if (detect) {
      const predicted = detect(doc.text);
      const matched = new Set();
      for (const gold of doc.pii) {
        const hit = predicted.findIndex((e, k) => !matched.has(k) && e.type === gold.type && e.start < gold.end && gold.start < e.end);
        if (hit >= 0) {
          matched.add(hit);
          row(gold.type).tp++;
        } else {
          row(gold.type).fn++;
        }
      }
      predicted.forEach((e, k) => {
        if (matched.has(k)) return;
        // A prediction inside a labelled span of another type (a URL inside an e-mail ...) is a
        // boundary disagreement, counted once as that label's miss above, not twice.
        row(e.type).fp++;
        falsePositives.push(`${e.type}: ${doc.text.slice(e.start, e.end)}`);
      });
    }
    const masked = mask(doc.text);
    for (const gold of doc.pii) {
      values++;
      if (masked.includes(gold.value)) {
        leaked++;
        leaks.push(`${gold.type}: ${gold.value}`);
      }
    }
    for (const l of doc.lookalikes) {
      lookalikes++;
      const k = lookalikeKinds.get(l.kind) ?? { total: 0, kept: 0 };
      k.total++;
      if (masked.includes(l.value)) {
        kept++;
        k.kept++;
      } else {
        destroyed.push(`${l.kind}: ${l.value}`);
      }
      lookalikeKinds.set(l.kind, k);
    }
  }
  const types = [...perType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, c]) => {
    const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { type, support: c.tp + c.fn, precision, recall, f1, ...c };
  });
  return { types, values, leaked, leakRate: leaked / values, lookalikes, kept, keptRate: kept / lookalikes, leaks, destroyed, falsePositives, lookalikeKinds };
}
