// IndexedDB storage adapter (browsers; fake-indexeddb in Node tests). One object store per
// kind of row; every commit is one readwrite transaction, so a batch lands whole or not at
// all. Another tab upgrading the database (versionchange) makes this connection close itself
// at once and reopen on next use, so neither side ever wedges.
import { CopilotError } from '../../errors.js';
import { closedError, isQuotaError, quotaError, rowBytes } from './contract.js';

const SCHEMA_VERSION = 1;
const STORES = ['records', 'meta', 'outbox'];

export class IndexedDBAdapter {
  #factory;
  #name;
  #db = null;
  #opening = null;
  #closed = false;
  #quotaBytes;
  #onEvent;
  #keyRange;

  /**
   * @param {IDBFactory} factory
   * @param {string} name database name
   * @param {{ quotaBytes?: number, onEvent?: (event: { type: string }) => void, keyRange?: typeof IDBKeyRange }} [options]
   *   quotaBytes simulates a full disk (a commit past it aborts with QuotaExceededError);
   *   onEvent hears 'versionchange' and 'blocked'; keyRange is the IDBKeyRange of the same
   *   IndexedDB implementation (default globalThis.IDBKeyRange).
   */
  constructor(factory, name, { quotaBytes = Infinity, onEvent = () => {}, keyRange = globalThis.IDBKeyRange } = {}) {
    if (!keyRange) throw new CopilotError('INVALID_CONFIG', 'IndexedDB needs its IDBKeyRange: pass IDBKeyRange with indexedDB');
    this.#keyRange = keyRange;
    this.#factory = factory;
    this.#name = name;
    this.#quotaBytes = quotaBytes;
    this.#onEvent = onEvent;
    this.persistent = true;
    this.kind = 'indexeddb';
  }

  async open() {
    await this.#connection();
  }

  async get(ids, part) {
    const tx = (await this.#connection()).transaction('records', 'readonly');
    const store = tx.objectStore('records');
    if (part !== undefined) {
      // The caller wants most of partition `part`: one range request instead of one per id.
      const request = store.getAll(this.#keyRange.bound(part, `${part}\uffff`));
      await done(tx);
      const byId = new Map();
      for (const row of request.result) byId.set(row.id, row);
      return ids.map((id) => byId.get(id));
    }
    const out = new Array(ids.length);
    const onsuccess = (e) => (out[e.target.position] = e.target.result);
    for (let i = 0; i < ids.length; i++) {
      const request = store.get(ids[i]);
      request.position = i;
      request.onsuccess = onsuccess;
    }
    await done(tx);
    return out;
  }

  async listPartition(part) {
    const tx = (await this.#connection()).transaction('records', 'readonly');
    const request = tx.objectStore('records').getAll(this.#keyRange.bound(part, `${part}\uffff`));
    await done(tx);
    return request.result;
  }

  async listExpired(now) {
    const tx = (await this.#connection()).transaction('records', 'readonly');
    const out = [];
    tx.objectStore('records').openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      if (!cursor) return;
      if (cursor.value.expires > 0 && cursor.value.expires <= now) out.push(cursor.value);
      cursor.continue();
    };
    await done(tx);
    return out;
  }

  async getMeta(k) {
    const tx = (await this.#connection()).transaction('meta', 'readonly');
    const request = tx.objectStore('meta').get(k);
    await done(tx);
    return request.result?.v;
  }

  async listOutbox(parts) {
    const tx = (await this.#connection()).transaction('outbox', 'readonly');
    const all = tx.objectStore('outbox').getAll();
    await done(tx);
    return all.result.filter((e) => parts.includes(e.part));
  }

  async commit(ops) {
    const tx = (await this.#connection()).transaction(STORES, 'readwrite');
    const records = tx.objectStore('records');
    const meta = tx.objectStore('meta');
    const outbox = tx.objectStore('outbox');
    for (const id of ops.del ?? []) records.delete(id);
    for (const row of ops.put ?? []) records.put(row);
    for (const k of ops.metaDel ?? []) meta.delete(k);
    for (const m of ops.meta ?? []) meta.put(m);
    // add() fails with ConstraintError when the key exists, which aborts the transaction.
    for (const m of ops.metaAdd ?? []) meta.add(m);
    for (const seq of ops.outboxDel ?? []) outbox.delete(seq);
    for (const e of ops.outbox ?? []) outbox.add(e);
    if (this.#quotaBytes !== Infinity) this.#checkQuota(tx, records);
    await done(tx);
  }

  async dump() {
    const tx = (await this.#connection()).transaction(STORES, 'readonly');
    const requests = STORES.map((s) => tx.objectStore(s).getAll());
    await done(tx);
    return Object.fromEntries(STORES.map((s, i) => [s, requests[i].result]));
  }

  close() {
    this.#closed = true;
    this.#db?.close();
    this.#db = null;
  }

  // The simulated quota: after the writes are queued, sum what the store would hold and
  // abort the transaction (as the browser does) when it is over.
  #checkQuota(tx, records) {
    let used = 0;
    records.openCursor().onsuccess = (e) => {
      const cursor = e.target.result;
      if (cursor) {
        used += rowBytes(cursor.value);
        cursor.continue();
      } else if (used > this.#quotaBytes) {
        tx.quotaExceeded = true;
        tx.abort();
      }
    };
  }

  async #connection() {
    if (this.#closed) throw closedError();
    if (this.#db) return this.#db;
    this.#opening ??= this.#openDatabase().finally(() => (this.#opening = null));
    return this.#opening;
  }

  async #openDatabase() {
    let db;
    try {
      db = await this.#request(SCHEMA_VERSION);
    } catch (error) {
      // A newer version of the package upgraded the database: open whatever version it is.
      if (error?.name !== 'VersionError') throw error;
      db = await this.#request(undefined);
    }
    if (!STORES.every((s) => db.objectStoreNames.contains(s))) {
      db.close();
      throw new CopilotError('UNSUPPORTED', `database "${this.#name}" lacks the memory object stores: it belongs to something else`);
    }
    db.onversionchange = () => {
      db.close();
      if (this.#db === db) this.#db = null;
      this.#onEvent({ type: 'versionchange' });
    };
    if (this.#closed) {
      db.close();
      throw closedError();
    }
    this.#db = db;
    return db;
  }

  #request(version) {
    return new Promise((resolve, reject) => {
      const request = version === undefined ? this.#factory.open(this.#name) : this.#factory.open(this.#name, version);
      request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      // Another connection has not closed yet; it will once its versionchange handler runs.
      request.onblocked = () => this.#onEvent({ type: 'blocked' });
    });
  }
}

function upgrade(db) {
  if (!db.objectStoreNames.contains('records')) {
    db.createObjectStore('records', { keyPath: 'id' });
  }
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'k' });
  if (!db.objectStoreNames.contains('outbox')) {
    db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('part', 'part');
  }
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.quotaExceeded ? quotaError() : (tx.error ?? new Error('the transaction was aborted')));
  }).catch((error) => {
    if (isQuotaError(error)) throw quotaError();
    throw error;
  });
}
