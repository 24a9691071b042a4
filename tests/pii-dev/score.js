// Scores a detector/masker on the development cases (cases.js) and on generated identifiers
// (generated.js): precision and recall per type (a prediction counts when it overlaps a labelled
// value of the same type), the share of values that survive masking verbatim, and the share of
// look-alikes left intact.
export function scoreCases(cases, { detect, mask }) {
  const perType = new Map();
  const row = (type) => {
    if (!perType.has(type)) perType.set(type, { tp: 0, fp: 0, fn: 0 });
    return perType.get(type);
  };
  let values = 0;
  let leaked = 0;
  let lookalikes = 0;
  let kept = 0;
  const misses = [];
  for (const c of cases) {
    const predicted = detect(c.text);
    const used = new Set();
    let from = 0;
    const spans = c.pii.map(([type, value]) => {
      const start = c.text.indexOf(value, from);
      if (start < 0) throw new Error(`case value not in its text: ${value}`);
      from = start + value.length;
      return { type, value, start, end: start + value.length };
    });
    for (const gold of spans) {
      const hit = predicted.findIndex((e, k) => !used.has(k) && e.type === gold.type && e.start < gold.end && gold.start < e.end);
      if (hit >= 0) {
        used.add(hit);
        row(gold.type).tp++;
      } else {
        row(gold.type).fn++;
        misses.push(`missed ${gold.type} ${JSON.stringify(gold.value)} in ${JSON.stringify(c.text)}`);
      }
    }
    predicted.forEach((e, k) => {
      if (used.has(k) || spans.some((g) => e.start < g.end && g.start < e.end)) return;
      if (!(c.keep ?? []).some((v) => c.text.includes(v) && e.text && (v.includes(e.text) || e.text.includes(v)))) return;
      row(e.type).fp++;
      misses.push(`flagged ${e.type} ${JSON.stringify(e.text)} in ${JSON.stringify(c.text)}`);
    });
    const masked = mask(c.text);
    for (const gold of spans) {
      values++;
      if (masked.includes(gold.value)) leaked++;
    }
    for (const value of c.keep ?? []) {
      lookalikes++;
      if (masked.includes(value)) kept++;
      else misses.push(`destroyed look-alike ${JSON.stringify(value)} in ${JSON.stringify(c.text)}`);
    }
  }
  const types = [...perType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, c]) => ({
    type,
    support: c.tp + c.fn,
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1,
    recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1,
    ...c,
  }));
  return { types, values, leaked, leakRate: values ? leaked / values : 0, lookalikes, kept, keptRate: lookalikes ? kept / lookalikes : 1, misses };
}
