// Response times of the copilot's model calls, for the dashboard's performance widget.
const KEEP = 500;

export function createLatencyRecorder() {
  const samples = [];
  return {
    /** One model reply: milliseconds from send to the last token, and whether it succeeded. */
    record(ms, ok = true) {
      samples.push({ time: Date.now(), latency: ms, ok });
      if (samples.length > KEEP) samples.shift();
    },
    summary() {
      const sorted = samples.map((s) => s.latency).sort((a, b) => a - b);
      const pick = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : null);
      return {
        requests: samples.length,
        errorRate: samples.length ? samples.filter((s) => !s.ok).length / samples.length : 0,
        latencyP50: pick(0.5),
        latencyP95: pick(0.95),
        timeline: samples.slice(-50).map(({ time, latency }) => ({ time, latency })),
      };
    },
  };
}
