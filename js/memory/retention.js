// Carrying out retention: the wasm planner (planner.js) decides what to purge, evict and
// re-encrypt; this applies its plans to a store, in the same transaction as the write that
// needed them, and reports what it did as 'expired', 'evicted' and 'quota' events.
import { CopilotError } from '../errors.js';
import { isQuotaError } from './adapters/contract.js';
import { planRetention } from './planner.js';
import { recordAd, seal } from './record-io.js';

export class Retention {
  #sealer;
  #index;
  #retention;
  #events;
  #storeOf;
  #notify;

  /**
   * @param {object} parts
   * @param {import('./wasm.js').MemoryWasm} parts.sealer the planner's wasm calls
   * @param {import('./row-index.js').RowIndex} parts.index row metadata per scope
   * @param {object} parts.retention the checked retention config (policies, eviction)
   * @param {import('./events.js').Events} parts.events
   * @param {(scope: string) => object} parts.storeOf the adapter holding a scope
   * @param {(k: object, ids: string[], operation: string) => void} parts.notify tells other tabs
   */
  constructor({ sealer, index, retention, events, storeOf, notify }) {
    this.#sealer = sealer;
    this.#index = index;
    this.#retention = retention;
    this.#events = events;
    this.#storeOf = storeOf;
    this.#notify = notify;
  }

  /** Whether a row is past its TTL or its scope's maxAge. */
  isExpired(row, now) {
    if (row.expires && row.expires <= now) return true;
    const maxAge = this.#retention.policies[row.scope]?.maxAge;
    return Boolean(maxAge) && now - row.updated > maxAge;
  }

  /**
   * Writes `rows` (and `outbox`) in one transaction with whatever the scope's maxSize makes
   * evict. A full quota evicts per policy and retries once in one transaction; a second
   * failure is QUOTA and nothing of the batch (nor of the eviction) is written.
   */
  async commit(k, rows, outbox) {
    const store = this.#storeOf(k.scope);
    let bytes = 0;
    for (const r of rows) bytes += r.size;
    const maxSize = this.#retention.policies[k.scope]?.maxSize;
    let plan = null;
    let existing = null;
    const others = () => {
      const writing = new Set(rows.map((r) => r.id));
      return this.#index.rows(k.scope).filter((r) => !writing.has(r.id));
    };
    if (maxSize) {
      existing = others();
      plan = planRetention(this.#sealer, existing, this.#retention, { now: Date.now(), reserve: { [k.scope]: bytes } });
    }
    try {
      await store.commit({ put: rows, del: plan ? [...plan.removes] : [], outbox });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      this.#events.emit('quota', { scope: k.scope, bytes, retried: false });
      existing ??= others();
      plan = planRetention(this.#sealer, existing, this.#retention, { now: Date.now(), reserve: { [k.scope]: bytes }, freeBytes: bytes });
      try {
        await store.commit({ put: rows, del: [...plan.removes], outbox });
      } catch (retryError) {
        if (!isQuotaError(retryError)) throw retryError;
        this.#events.emit('quota', { scope: k.scope, bytes, retried: true });
        throw new CopilotError('QUOTA', `the storage quota is exhausted even after evicting per the ${this.#retention.eviction} policy: nothing of this write was stored; free space or raise retention limits`, { cause: retryError });
      }
    }
    this.#index.apply(k.scope, rows, plan?.removes ?? []);
    if (plan) this.#report(k, existing, plan);
  }

  /** Purges, evicts and re-encrypts one scope's partition; adds what it did to `result`. */
  async optimize(k, result) {
    const store = this.#storeOf(k.scope);
    const stored = await store.listPartition(k.part);
    this.#index.load(k.scope, stored);
    const rows = this.#index.withAccess(stored);
    const retiredKeyIds = k.keyring.keyIds.filter((id) => id !== k.keyId);
    const plan = planRetention(this.#sealer, rows, this.#retention, { now: Date.now(), retiredKeyIds });
    // Access counts live in memory between optimisations; persist them with the plan.
    const resealed = await this.#reseal(k, stored.filter((r) => plan.reencrypt.includes(r.id)));
    const touched = this.#index.takeTouched(stored, plan.removes);
    const put = [...touched.filter((r) => !plan.reencrypt.includes(r.id)), ...resealed];
    await store.commit({ del: [...plan.removes], put });
    this.#index.apply(k.scope, put, plan.removes);
    this.#report(k, rows, plan);
    result.reencrypted += resealed.length;
    result.purged += plan.purge.length;
    result.evicted += plan.evict.length;
    result.bytesFreed += plan.purgedBytes + plan.evictedBytes;
  }

  /** Deletes rows getBatch found expired: [{ row, key }]. */
  async expire(k, expired) {
    await this.#storeOf(k.scope).commit({ del: expired.map((x) => x.row.id) });
    this.#index.apply(k.scope, [], expired.map((x) => x.row.id));
    this.#events.emit('expired', { scope: k.scope, count: expired.length, keys: expired.map((x) => x.key), bytes: expired.reduce((n, x) => n + x.row.size, 0) });
  }

  /**
   * Records past their expiry in partitions this identity cannot open (sessions that ended,
   * other users): their expiry is plain metadata, so they are purged without their keys.
   */
  async sweepExpired(adapter) {
    const expired = await adapter.listExpired(Date.now());
    if (expired.length === 0) return 0;
    await adapter.commit({ del: expired.map((r) => r.id) });
    this.#events.emit('expired', { scope: null, count: expired.length, bytes: expired.reduce((n, r) => n + r.size, 0) });
    return expired.length;
  }

  #report(k, rows, plan) {
    if (plan.purge.length === 0 && plan.evict.length === 0) return;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const describeIds = (ids) => ({ scope: k.scope, count: ids.length, bytes: ids.reduce((n, id) => n + (byId.get(id)?.size ?? 0), 0) });
    if (plan.purge.length > 0) this.#events.emit('expired', describeIds(plan.purge));
    if (plan.evict.length > 0) this.#events.emit('evicted', describeIds(plan.evict));
    this.#notify(k, plan.evict.concat(plan.purge), 'evict');
  }

  // Rows re-sealed under the scope's primary key (same id, same associated data); rows that
  // no longer open are left as they are, for getData to report.
  async #reseal(k, rows) {
    if (rows.length === 0) return [];
    const opened = await k.cipher.decryptBatch(rows.map((r) => r.env), rows.map((r) => recordAd(r.id)), { settle: true });
    const ok = rows.filter((_, i) => !(opened[i] instanceof Error));
    const plains = opened.filter((p) => !(p instanceof Error));
    const envs = await seal(k, plains, ok.map((r) => recordAd(r.id)));
    plains.forEach((p) => p.fill(0));
    return ok.map((r, i) => ({ ...this.#index.withAccess([r])[0], env: envs[i], size: envs[i].byteLength, keyId: k.keyId }));
  }
}
