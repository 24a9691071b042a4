// The dashboard's data model: one plain, serialisable snapshot of everything the widgets
// show. Sources (the security engine, the memory stores, the chat) are read into it by
// collect functions; the widgets only ever see snapshots.

/** A snapshot with nothing in it yet: what the widgets show before the first collection. */
export function emptySnapshot() {
  return {
    generatedAt: 0,
    threats: { total: 0, byCategory: [], timeline: [], recent: [] },
    decisions: { allow: 0, challenge: 0, deny: 0 },
    memory: [],
    compliance: [],
    performance: { requests: 0, errorRate: 0, latencyP50: null, latencyP95: null, timeline: [] },
    alerts: [],
    audit: { entries: 0, verified: null, lastVerifiedAt: null, treeSize: 0, rootHash: null },
  };
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 };

/** Open alerts first, then by severity, then newest first. */
export function sortAlerts(alerts) {
  const rank = (a) => (a.status === 'resolved' ? 2 : a.status === 'acknowledged' ? 1 : 0);
  return [...alerts].sort(
    (a, b) => rank(a) - rank(b) || (SEVERITY_ORDER[a.severity] ?? 9) - (SEVERITY_ORDER[b.severity] ?? 9) || b.time - a.time,
  );
}

/** Buckets event times into `buckets` equal slots ending at `now`: [{ time, count }]. */
export function bucketTimeline(times, { now, spanMs, buckets = 12 }) {
  const width = spanMs / buckets;
  const start = now - spanMs;
  const out = Array.from({ length: buckets }, (_, i) => ({ time: Math.round(start + (i + 1) * width), count: 0 }));
  for (const t of times) {
    if (t <= start || t > now) continue;
    out[Math.min(buckets - 1, Math.floor((t - start) / width))].count++;
  }
  return out;
}
