// The audit log's storage interface (js/security/memory-storage.js: get, put, delete, list,
// add) over a Durable Object's transactional storage. list() is sorted by key, as the audit
// log needs; add() is atomic because a Durable Object runs one event at a time and its
// storage calls hold other events back (input gates).
const PAGE = 1000;

export function durableStorage(storage) {
  return {
    kind: 'durable-object',
    async get(key) {
      return storage.get(key);
    },
    async put(key, value) {
      await storage.put(key, value);
    },
    async add(key, value) {
      if ((await storage.get(key)) !== undefined) return false;
      await storage.put(key, value);
      return true;
    },
    async delete(key) {
      await storage.delete(key);
    },
    async list(prefix = '') {
      const out = [];
      let startAfter;
      for (;;) {
        const page = await storage.list({ prefix, limit: PAGE, ...(startAfter === undefined ? {} : { startAfter }) });
        for (const [key, value] of page) out.push({ key, value });
        if (page.size < PAGE) return out;
        startAfter = out[out.length - 1].key;
      }
    },
  };
}
