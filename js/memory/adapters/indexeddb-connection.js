// What the IndexedDB adapters share: one database connection that opens (and upgrades) on
// first use, closes itself at once when another tab upgrades the database (versionchange) and
// reopens on next use, so neither side ever wedges; the 'meta' and 'outbox' stores; and the
// transaction promise that turns an abort into the contract's errors (contract.js).
import { CopilotError } from '../../errors.js';
import { closedError, isQuotaError, quotaError } from './contract.js';

export class Connection {
  #factory;
  #name;
  #version;
  #stores;
  #upgrade;
  #onEvent;
  #db = null;
  #opening = null;
  #closed = false;

  /**
   * `stores` must all exist once open (else UNSUPPORTED: the database belongs to something
   * else); `upgrade(db, tx, oldVersion)` runs in the versionchange transaction; `onEvent` hears
   * 'versionchange' and 'blocked'.
   */
  constructor(factory, name, { version, stores, upgrade, onEvent }) {
    this.#factory = factory;
    this.#name = name;
    this.#version = version;
    this.#stores = stores;
    this.#upgrade = upgrade;
    this.#onEvent = onEvent;
  }

  /** A transaction over `stores`. */
  async transaction(stores, mode) {
    return (await this.#connection()).transaction(stores, mode);
  }

  close() {
    this.#closed = true;
    this.#db?.close();
    this.#db = null;
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
      db = await this.#request(this.#version);
    } catch (error) {
      // A newer version of the package upgraded the database: open whatever version it is.
      if (error?.name !== 'VersionError') throw error;
      db = await this.#request(undefined);
    }
    if (!this.#stores.every((s) => db.objectStoreNames.contains(s))) {
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
      let upgradeTx = null;
      request.onupgradeneeded = (e) => this.#upgrade(request.result, (upgradeTx = request.transaction), e.oldVersion);
      request.onsuccess = () => resolve(request.result);
      // An upgrade that refused the database (request.transaction.failure) says why.
      request.onerror = () => reject(upgradeTx?.failure ?? request.error);
      // Another connection has not closed yet; it will once its versionchange handler runs.
      request.onblocked = () => this.#onEvent({ type: 'blocked' });
    });
  }
}

/** Creates 'meta' and 'outbox' when missing (in an upgrade). */
export function createSharedStores(db) {
  if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta', { keyPath: 'k' });
  if (!db.objectStoreNames.contains('outbox')) {
    db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('part', 'part');
  }
}

export async function getMeta(connection, k) {
  const tx = await connection.transaction('meta', 'readonly');
  const request = tx.objectStore('meta').get(k);
  await done(tx);
  return request.result?.v;
}

export async function listOutbox(connection, parts) {
  const tx = await connection.transaction('outbox', 'readonly');
  const all = tx.objectStore('outbox').getAll();
  await done(tx);
  return all.result.filter((e) => parts.includes(e.part));
}

/** Queues a commit's meta and outbox operations in `tx`. */
export function queueMetaAndOutbox(tx, ops) {
  const meta = tx.objectStore('meta');
  const outbox = tx.objectStore('outbox');
  for (const k of ops.metaDel ?? []) meta.delete(k);
  for (const m of ops.meta ?? []) meta.put(m);
  // add() fails with ConstraintError when the key exists, which aborts the transaction.
  for (const m of ops.metaAdd ?? []) meta.add(m);
  for (const seq of ops.outboxDel ?? []) outbox.delete(seq);
  for (const e of ops.outbox ?? []) outbox.add(e);
}

/**
 * The simulated quota: once the writes are queued, sums what `store` would hold (`bytesOf`
 * each stored value) and aborts the transaction (as the browser does) when it is over.
 */
export function checkQuota(tx, store, quotaBytes, bytesOf) {
  let used = 0;
  store.openCursor().onsuccess = (e) => {
    const cursor = e.target.result;
    if (cursor) {
      used += bytesOf(cursor.value);
      cursor.continue();
    } else if (used > quotaBytes) {
      tx.quotaExceeded = true;
      tx.abort();
    }
  };
}

/** Resolves when `tx` commits; rejects with the contract's errors when it aborts. */
export function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    // tx.failure: the error a request callback aborted the transaction for.
    tx.onabort = () => reject(tx.failure ?? (tx.quotaExceeded ? quotaError() : (tx.error ?? new Error('the transaction was aborted'))));
  }).catch((error) => {
    if (isQuotaError(error)) throw quotaError();
    throw error;
  });
}

export function keyRangeOf(keyRange) {
  if (!keyRange) throw new CopilotError('INVALID_CONFIG', 'IndexedDB needs its IDBKeyRange: pass IDBKeyRange with indexedDB');
  return keyRange;
}
