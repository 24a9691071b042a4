// The small storage interface the audit log persists through, and an in-memory
// implementation of it. The IndexedDB adapter is built with the memory scopes (a separate
// branch); any object with these four async methods works:
//   get(key) -> value | undefined     put(key, value)     delete(key)
//   list(prefix) -> [{ key, value }] sorted by key
// and optionally add(key, value) -> boolean (create only if absent, atomically), which the
// device signing key uses so that two tabs creating it at once agree on one key.
// Values are structured-cloneable plain objects; the adapter copies them so a caller that
// mutates an object after put() cannot change what is stored.

export function createMemoryStorage() {
  const map = new Map();
  return {
    kind: 'memory',
    async get(key) {
      return map.has(key) ? structuredClone(map.get(key)) : undefined;
    },
    async put(key, value) {
      map.set(key, structuredClone(value));
    },
    /** Stores `value` unless `key` exists; true when it did (see audit-storage.js). */
    async add(key, value) {
      if (map.has(key)) return false;
      map.set(key, structuredClone(value));
      return true;
    },
    async delete(key) {
      map.delete(key);
    },
    async list(prefix = '') {
      return [...map.keys()]
        .filter((k) => k.startsWith(prefix))
        .sort()
        .map((key) => ({ key, value: structuredClone(map.get(key)) }));
    },
  };
}

const METHODS = ['get', 'put', 'delete', 'list'];

/** Throws INVALID_CONFIG unless `storage` has the four methods. */
export function checkStorage(storage, CopilotError) {
  for (const m of METHODS) {
    if (typeof storage?.[m] !== 'function') {
      throw new CopilotError('INVALID_CONFIG', `storage: an audit storage adapter needs ${METHODS.join(', ')} (missing ${m})`);
    }
  }
  return storage;
}
