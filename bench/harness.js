// Shared timing for the benchmarks: each case runs for a time budget after a warm-up, and
// results are reported as rates and as ratios against the peers measured in the same run.
import { performance } from 'node:perf_hooks';

/**
 * Runs `fn` repeatedly for about `seconds` (after a short warm-up) and returns the rate of
 * `unitsPerCall` units per second, plus per-call latencies for percentiles.
 */
export async function measure(fn, { seconds = 1, unitsPerCall = 1, warmup = 0.2 } = {}) {
  const until = (budget) => performance.now() + budget * 1000;
  for (const end = until(warmup); performance.now() < end; ) await fn();
  globalThis.gc?.();
  const latencies = [];
  const start = performance.now();
  const end = until(seconds);
  let calls = 0;
  while (performance.now() < end) {
    const t0 = performance.now();
    await fn();
    latencies.push(performance.now() - t0);
    calls++;
  }
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { rate: (calls * unitsPerCall) / elapsed, calls, p50: pct(50), p99: pct(99) };
}

/** Prints rows as an aligned Markdown table (so notes can quote it as is). */
export function printTable(title, columns, rows) {
  const cells = [columns, ...rows.map((row) => columns.map((c) => format(row[c])))];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${title}\n`);
  console.log(line(cells[0]));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of cells.slice(1)) console.log(line(r));
}

function format(value) {
  if (typeof value !== 'number') return value ?? '';
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(3);
}
