// IndexedDB storage adapter with one stored row per record (object store 'records', schema
// version 1): the audit trail's storage (js/security/audit-storage.js), whose ids are readable
// names, not key hashes, and which appends one entry at a time. The memory engine uses the
// paged adapter (indexeddb.js). Same contract (contract.js); every commit is one readwrite
// transaction.
import { rowBytes } from './contract.js';
import { checkQuota, Connection, createSharedStores, done, getMeta, keyRangeOf, listOutbox, queueMetaAndOutbox } from './indexeddb-connection.js';

const STORES = ['records', 'meta', 'outbox'];

export class IndexedDBRowAdapter {
  #connection;
  #quotaBytes;
  #keyRange;

  /** Options as IndexedDBAdapter's. */
  constructor(factory, name, { quotaBytes = Infinity, onEvent = () => {}, keyRange = globalThis.IDBKeyRange } = {}) {
    this.#keyRange = keyRangeOf(keyRange);
    this.#quotaBytes = quotaBytes;
    this.#connection = new Connection(factory, name, { version: 1, stores: STORES, upgrade, onEvent });
    this.persistent = true;
    this.kind = 'indexeddb';
  }

  async open() {
    await this.#connection.transaction('meta', 'readonly');
  }

  async get(ids, part) {
    const tx = await this.#connection.transaction('records', 'readonly');
    const store = tx.objectStore('records');
    if (part !== undefined) {
      const request = store.getAll(this.#keyRange.bound(part, `${part}\uffff`));
      await done(tx);
      const byId = new Map();
      for (const row of request.result) byId.set(row.id, row);
      return ids.map((id) => byId.get(id));
    }
    const out = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) store.get(ids[i]).onsuccess = (e) => (out[i] = e.target.result);
    await done(tx);
    return out;
  }

  async listPartition(part) {
    const tx = await this.#connection.transaction('records', 'readonly');
    const request = tx.objectStore('records').getAll(this.#keyRange.bound(part, `${part}\uffff`));
    await done(tx);
    return request.result;
  }

  async listExpired(now) {
    const tx = await this.#connection.transaction('records', 'readonly');
    const request = tx.objectStore('records').getAll();
    await done(tx);
    return request.result.filter((r) => r.expires > 0 && r.expires <= now);
  }

  getMeta(k) {
    return getMeta(this.#connection, k);
  }

  listOutbox(parts) {
    return listOutbox(this.#connection, parts);
  }

  async commit(ops) {
    const tx = await this.#connection.transaction(STORES, 'readwrite');
    const records = tx.objectStore('records');
    if (ops.clearPart !== undefined) records.delete(this.#keyRange.bound(ops.clearPart, `${ops.clearPart}\uffff`));
    for (const id of ops.del ?? []) records.delete(id);
    // A row's env may be a view into a whole batch's buffer (contract.js): store its bytes only.
    for (const row of ops.put ?? []) records.put({ ...row, env: row.env.slice() });
    queueMetaAndOutbox(tx, ops);
    if (this.#quotaBytes !== Infinity) checkQuota(tx, records, this.#quotaBytes, rowBytes);
    await done(tx);
  }

  async dump() {
    const tx = await this.#connection.transaction(STORES, 'readonly');
    const requests = STORES.map((s) => tx.objectStore(s).getAll());
    await done(tx);
    return Object.fromEntries(STORES.map((s, i) => [s, requests[i].result]));
  }

  close() {
    this.#connection.close();
  }
}

function upgrade(db) {
  if (!db.objectStoreNames.contains('records')) db.createObjectStore('records', { keyPath: 'id' });
  createSharedStores(db);
}
