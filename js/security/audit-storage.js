// The audit trail's storage (get/put/delete/list, see memory-storage.js) on the memory
// engine's storage adapters: IndexedDB (one row per record, indexeddb-rows.js) in browsers (fake-indexeddb in Node tests) or the
// named in-memory database. Each value is one row of the adapter's 'records' store:
//   { id: key, scope: 'audit', env: UTF-8 JSON of the value, size, updated, expires: 0 }
// Audit entries hold no request content, so they stay readable (an auditor can check them
// without a key); the signing seed is sealed before it gets here (signing-key.js).
import { CopilotError } from '../errors.js';
import { IndexedDBRowAdapter } from '../memory/adapters/indexeddb-rows.js';
import { namedMemoryAdapter } from '../memory/adapters/memory.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * options: { indexedDB?: IDBFactory | 'memory', IDBKeyRange?, databaseName? = 'copilot-audit' }.
 * Returns { kind, get, put, add, delete, list, close, anchor }. `anchor` is the same kind of
 * storage on a second database (`${databaseName}-anchor`) where the audit log keeps the size
 * and root of its latest signed head, so a rollback of the audit database alone to an older
 * copy is caught when the log opens (see audit-log.js for what it does not cover).
 */
export function createAuditStorage(options = {}) {
  if (options === null || typeof options !== 'object') throw new CopilotError('INVALID_CONFIG', 'createAuditStorage(options): options is an object');
  const name = options.databaseName ?? 'copilot-audit';
  if (typeof name !== 'string' || name.length === 0) throw new CopilotError('INVALID_CONFIG', 'databaseName must be a non-empty string');
  let open;
  if (options.indexedDB === 'memory') {
    open = (db) => namedMemoryAdapter(db);
  } else {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory || typeof factory.open !== 'function') {
      throw new CopilotError('INVALID_CONFIG', "no IndexedDB in this runtime: pass indexedDB (an IDBFactory) or indexedDB: 'memory'");
    }
    open = (db) => new IndexedDBRowAdapter(factory, db, { keyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange });
  }
  const storage = overAdapter(open(name));
  const anchor = overAdapter(open(`${name}-anchor`));
  const closeMain = storage.close;
  return Object.assign(storage, {
    anchor,
    close() {
      anchor.close();
      return closeMain();
    },
  });
}

/** The four-method audit storage over any adapter of js/memory/adapters/contract.js. */
export function overAdapter(adapter) {
  const checkKey = (key) => {
    if (typeof key !== 'string' || key.length === 0) throw new CopilotError('INVALID_ARGUMENT', 'an audit storage key is a non-empty string');
  };
  const rowOf = (key, value) => {
    const json = JSON.stringify(value);
    if (json === undefined) throw new CopilotError('INVALID_ARGUMENT', 'audit storage values are JSON values');
    const env = encoder.encode(json);
    return { id: key, scope: 'audit', env, size: env.byteLength, updated: Date.now(), accessed: 0, hits: 0, expires: 0, keyId: '', hlc: '' };
  };
  return {
    kind: adapter.kind,
    async get(key) {
      checkKey(key);
      const [row] = await adapter.get([key]);
      return row === undefined ? undefined : decode(row);
    },
    async put(key, value) {
      checkKey(key);
      await adapter.commit({ put: [rowOf(key, value)] });
    },
    /**
     * Stores `value` under `key` only if nothing was ever created there: true when this call
     * created it, false when another tab or instance did first (read theirs with get()). The
     * row and a creation marker in the 'meta' store are written in one transaction, and the
     * marker's add() fails when it exists, so of two racing callers exactly one wins.
     */
    async add(key, value) {
      checkKey(key);
      try {
        await adapter.commit({ put: [rowOf(key, value)], metaAdd: [{ k: `created:${key}`, v: 1 }] });
        return true;
      } catch (error) {
        if (error?.name === 'ConstraintError') return false;
        throw error;
      }
    },
    async delete(key) {
      checkKey(key);
      await adapter.commit({ del: [key] });
    },
    async list(prefix = '') {
      const rows = await adapter.listPartition(prefix);
      return rows
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((row) => ({ key: row.id, value: decode(row) }));
    },
    /** Every row of every object store, as stored (tests look at what is at rest). */
    dump: () => adapter.dump(),
    close: () => adapter.close(),
  };
}

// A row that is not JSON any more was altered outside the package: hand back a marker the
// audit log reports as corrupted rather than throwing away the whole listing.
function decode(row) {
  try {
    if (!(row?.env instanceof Uint8Array)) throw new TypeError('no bytes');
    return JSON.parse(decoder.decode(row.env));
  } catch {
    return { corrupted: true };
  }
}
