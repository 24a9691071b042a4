// The retention planner in the wasm core (src/memory/retention_planner.h), fed with row
// metadata: which rows to purge (TTL, maxAge) and evict (maxSize, quota), LRU or LFU.
export function planRetention(sealer, rows, retention, { now, reserve = {}, freeBytes = 0, retiredKeyIds = [] }) {
  const limits = {};
  for (const [scope, p] of Object.entries(retention.policies)) limits[scope] = { maxAge: p.maxAge, maxSize: p.maxSize };
  const request = {
    now, eviction: retention.eviction, limits, reserve, freeBytes, retiredKeyIds,
    records: rows.map((r) => ({ id: r.id, scope: r.scope, size: r.size, updated: r.updated, accessed: r.accessed, hits: r.hits, expires: r.expires, keyId: r.keyId })),
  };
  const plan = JSON.parse(sealer.plan(JSON.stringify(request)));
  plan.removes = new Set([...plan.purge, ...plan.evict]);
  return plan;
}
