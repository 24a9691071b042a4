// In-memory storage adapter: the ephemeral scope, edge workers, and tests. Same contract as
// the IndexedDB adapter (see contract.js): atomic commits, rows copied in and out so callers
// never share objects with the store, and the same simulated quota.
import { closedError, quotaError, rowBytes } from './contract.js';

const named = new Map();

/** The in-memory database `name`, shared by every scope of this JavaScript realm. */
export function namedMemoryAdapter(name) {
  let db = named.get(name);
  if (!db) named.set(name, (db = { records: new Map(), meta: new Map(), outbox: new Map(), seq: 0 }));
  return new MemoryAdapter({ db, persistent: true });
}

export class MemoryAdapter {
  #db;
  #closed = false;
  #quotaBytes;

  /** `quotaBytes` simulates a full disk: a commit that would exceed it fails with QuotaExceededError. */
  constructor({ db, quotaBytes = Infinity, persistent = false } = {}) {
    this.#db = db ?? { records: new Map(), meta: new Map(), outbox: new Map(), seq: 0 };
    this.#quotaBytes = quotaBytes;
    this.persistent = persistent;
    this.kind = 'memory';
  }

  async open() {
    this.#closed = false;
  }

  async get(ids) {
    this.#live();
    return ids.map((id) => copy(this.#db.records.get(id)));
  }

  async listPartition(part) {
    this.#live();
    const out = [];
    for (const row of this.#db.records.values()) if (row.id.startsWith(part)) out.push(copy(row));
    return out;
  }

  async listExpired(now) {
    this.#live();
    return [...this.#db.records.values()].filter((r) => r.expires > 0 && r.expires <= now).map(copy);
  }

  async getMeta(k) {
    this.#live();
    return copy(this.#db.meta.get(k))?.v;
  }

  async listOutbox(parts) {
    this.#live();
    return [...this.#db.outbox.values()].filter((e) => parts.includes(e.part)).map(copy);
  }

  /**
   * Applies { put, del, meta, metaAdd, metaDel, outbox, outboxDel } all or nothing. metaAdd entries
   * fail the whole commit with a ConstraintError when their key exists.
   */
  async commit(ops) {
    this.#live();
    const db = this.#db;
    for (const m of ops.metaAdd ?? []) {
      if (db.meta.has(m.k)) throw Object.assign(new Error(`meta ${m.k} exists`), { name: 'ConstraintError' });
    }
    const cleared = (id) => ops.clearPart !== undefined && id.startsWith(ops.clearPart);
    if (this.#quotaBytes !== Infinity) {
      // What the store would hold after this commit, as the IndexedDB adapter's check sums it.
      const after = new Map(db.records);
      for (const id of after.keys()) if (cleared(id)) after.delete(id);
      for (const id of ops.del ?? []) after.delete(id);
      for (const row of ops.put ?? []) after.set(row.id, row);
      let used = 0;
      for (const row of after.values()) used += rowBytes(row);
      if (used > this.#quotaBytes) throw quotaError();
    }
    for (const id of [...db.records.keys()]) if (cleared(id)) db.records.delete(id);
    for (const id of ops.del ?? []) db.records.delete(id);
    for (const row of ops.put ?? []) db.records.set(row.id, copyRow(row));
    for (const k of ops.metaDel ?? []) db.meta.delete(k);
    for (const m of [...(ops.meta ?? []), ...(ops.metaAdd ?? [])]) db.meta.set(m.k, copy(m));
    for (const seq of ops.outboxDel ?? []) db.outbox.delete(seq);
    for (const e of ops.outbox ?? []) {
      const seq = ++db.seq;
      db.outbox.set(seq, { ...copy(e), seq });
    }
  }

  /** Every stored row of every store, for tests that look at what is at rest. */
  async dump() {
    return { records: [...this.#db.records.values()], meta: [...this.#db.meta.values()], outbox: [...this.#db.outbox.values()] };
  }

  close() {
    this.#closed = true;
  }

  #live() {
    if (this.#closed) throw closedError();
  }
}

// A row's envelope may be a view into a larger buffer (contract.js): its bytes are copied, not its buffer.
function copyRow(row) {
  return { ...row, env: row.env.slice() };
}

function copy(value) {
  return value === undefined ? undefined : structuredClone(value);
}
