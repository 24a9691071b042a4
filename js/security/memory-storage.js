// The small storage interface the audit log persists through, and an in-memory
// implementation of it. The IndexedDB adapter is built with the memory scopes (a separate
// branch); any object with these four async methods works:
//   get(key) -> value | undefined     put(key, value)     delete(key)
//   list(prefix) -> [{ key, value }] sorted by key
// and optionally add(key, value) -> boolean (create only if absent, atomically), which the
// device signing key uses so that two tabs creating it at once agree on one key.
// Values are structured-cloneable plain objects; the adapter copies them so a caller that
// mutates an object after put() cannot change what is stored.

const NOT_PLAIN = Symbol('not plain');

function plainCopy(v, depth) {
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'function' || typeof v === 'symbol') throw NOT_PLAIN; // structuredClone refuses them
    return v;
  }
  if (depth > 64) throw NOT_PLAIN;
  const keys = Object.keys(v);
  const proto = Object.getPrototypeOf(v);
  if (proto === Array.prototype) {
    if (keys.length !== v.length) throw NOT_PLAIN; // holes or named properties
    return keys.map((_, i) => plainCopy(v[i], depth + 1));
  }
  if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
  const out = {};
  for (const key of keys) {
    if (key === '__proto__') throw NOT_PLAIN;
    out[key] = plainCopy(v[key], depth + 1);
  }
  return out;
}

// structuredClone(value), done in JavaScript for plain objects, dense arrays and primitives
// (what the audit log stores: a Node structuredClone call costs microseconds each, which a
// 100,000-record list() pays 100,000 times); anything else goes to structuredClone itself.
export function copyValue(value) {
  try {
    return plainCopy(value, 0);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return structuredClone(value);
  }
}

export function createMemoryStorage() {
  const map = new Map();
  return {
    kind: 'memory',
    async get(key) {
      return map.has(key) ? copyValue(map.get(key)) : undefined;
    },
    async put(key, value) {
      map.set(key, copyValue(value));
    },
    /** Stores `value` unless `key` exists; true when it did (see audit-storage.js). */
    async add(key, value) {
      if (map.has(key)) return false;
      map.set(key, copyValue(value));
      return true;
    },
    async delete(key) {
      map.delete(key);
    },
    async list(prefix = '') {
      const keys = [...map.keys()].filter((k) => k.startsWith(prefix));
      // Keys usually arrive in order (the audit log appends them so): sort only when not.
      if (keys.some((k, i) => i > 0 && keys[i - 1] > k)) keys.sort();
      return keys.map((key) => ({ key, value: copyValue(map.get(key)) }));
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
