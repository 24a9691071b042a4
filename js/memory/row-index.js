// What a memory scope knows about its stored rows without reading them: metadata per
// partition (never envelopes), kept in step with every commit, plus reads counted in memory
// (persisted by optimizeStorage) so LRU/LFU see them without a write per read. getStats is
// synchronous because it reads only this.
export class RowIndex {
  #rows = new Map(); // scope -> Map(id -> row metadata)
  #access = new Map(); // id -> { accessed, hits } since the last persist

  load(scope, rows) {
    this.#rows.set(scope, new Map(rows.map((r) => [r.id, withoutEnvelope(r)])));
  }

  apply(scope, puts, dels) {
    const index = this.#of(scope);
    for (const id of dels) index.delete(id);
    for (const r of puts) {
      // A rewritten row updates its entry in place: no new long-lived object per write.
      const entry = index.get(r.id);
      if (entry) copyMetadata(r, entry);
      else index.set(r.id, withoutEnvelope(r));
    }
  }

  /** How many rows the scope holds. */
  count(scope) {
    return this.#rows.get(scope)?.size ?? 0;
  }

  /** The scope's rows, with reads not yet persisted folded in. */
  rows(scope) {
    return this.withAccess([...this.#of(scope).values()]);
  }

  touch(id, now) {
    const a = this.#access.get(id);
    if (a) {
      a.accessed = now;
      a.hits++;
    } else {
      this.#access.set(id, { accessed: now, hits: 1 });
    }
  }

  withAccess(rows) {
    return rows.map((r) => {
      const a = this.#access.get(r.id);
      return a ? { ...r, accessed: Math.max(r.accessed, a.accessed), hits: r.hits + a.hits } : r;
    });
  }

  /** Rows (with envelopes) whose read counts are not stored yet; forgets those counts. */
  takeTouched(rows, except) {
    const touched = this.withAccess(rows.filter((r) => this.#access.has(r.id) && !except.has(r.id)));
    for (const r of touched) this.#access.delete(r.id);
    return touched;
  }

  stats(scope, policy) {
    const stats = { scope, itemCount: 0, totalSize: 0, totalHits: 0 };
    let updated = 0;
    let accessed = 0;
    for (const r of this.rows(scope)) {
      stats.itemCount++;
      stats.totalSize += r.size;
      stats.totalHits += r.hits;
      updated = Math.max(updated, r.updated);
      accessed = Math.max(accessed, r.accessed);
    }
    return {
      ...stats,
      lastUpdated: updated ? new Date(updated) : null,
      lastAccessed: accessed ? new Date(accessed) : null,
      maxSize: policy?.maxSize || null,
      maxAge: policy?.maxAge || null,
      encrypted: true,
    };
  }

  #of(scope) {
    let index = this.#rows.get(scope);
    if (!index) this.#rows.set(scope, (index = new Map()));
    return index;
  }
}

// Spelled out rather than a rest spread: this runs once per written record.
function withoutEnvelope(r) {
  return { id: r.id, scope: r.scope, size: r.size, updated: r.updated, accessed: r.accessed, hits: r.hits, expires: r.expires, keyId: r.keyId, hlc: r.hlc };
}

function copyMetadata(r, entry) {
  entry.scope = r.scope;
  entry.size = r.size;
  entry.updated = r.updated;
  entry.accessed = r.accessed;
  entry.hits = r.hits;
  entry.expires = r.expires;
  entry.keyId = r.keyId;
  entry.hlc = r.hlc;
}
