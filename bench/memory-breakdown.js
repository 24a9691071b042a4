// Where setBatch/getBatch spend their time in Node (fake-indexeddb), against Dexie's
// bulkPut/bulkGet of the same 10,000 records of 256 bytes, in CPU milliseconds per batch (CPU
// time, not wall time, so the other processes of a shared machine move it less). Each case
// runs in rounds of a few calls, alternating with the others, and the median is kept.
//   node --expose-gc bench/memory-breakdown.js   (BENCH_ROUNDS=n rounds, default 5, of BENCH_BLOCK=m calls, default 5)
// Rows:
//   - Dexie bulkPut / bulkGet: the reference.
//   - fake-indexeddb floor: the cheapest write one IndexedDB row per record can have (one
//     bare string per row under an out-of-line key, no object, no bytes); the read floor is one
//     getAll over a key range of them.
//   - fake-indexeddb, one object per row: our row objects (10 fields, envelope bytes) stored
//     one per IndexedDB row, as schema version 1 did: what pages replaced.
//   - IndexedDB adapter (pages): the same rows, already sealed, through the adapter
//     (js/memory/adapters/indexeddb.js: ~39 rows per stored page, read-modify-write in one
//     transaction): the storage part of setBatch/getBatch alone.
//   - the stages of a batch without storage: keyed-hash ids, JSON + payload encoding,
//     sealing (XChaCha20-Poly1305 in wasm), opening + parsing.
//   - setBatch / getBatch: the whole call.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { createMemoryScope, loadCore } from '../js/entry/node.js';
import { moduleOf } from '../js/core/load-core.js';
import { serialise } from '../js/memory/checks.js';
import { openRecords, recordIds, sealRecords } from '../js/memory/record-io.js';
import { MemoryWasm } from '../js/memory/wasm.js';
import { IndexedDBAdapter } from '../js/memory/adapters/indexeddb.js';
import { printTable } from './harness.js';

const COUNT = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BLOCK = Number(process.env.BENCH_BLOCK ?? 5);

const data = {};
for (let i = 0; i < COUNT; i++) {
  let s = '';
  while (s.length < 254) s += Math.random().toString(36).slice(2);
  data[`record-${i}`] = s.slice(0, 254);
}
const keys = Object.keys(data);
const values = keys.map((k) => data[k]);

const core = await loadCore();
const sealer = new MemoryWasm(moduleOf(core));
const indexKey = crypto.getRandomValues(new Uint8Array(32));
const keyring = core.crypto.createKeyring([crypto.getRandomValues(new Uint8Array(32))]);
const k = { label: 'bench\0user', indexKey, part: sealer.storageIds(indexKey, ['part']).at(0), cipher: keyring.cipher({ tenant: 'bench', scope: 'user', owner: 'u' }) };
const { ids, ads } = recordIds(sealer, k, keys);
const envs = await sealRecords(k, keys, values.map((v) => serialise(v)), ads, false);
const now = Date.now();
const ourRows = ids.map((id, i) => ({ id, scope: 'user', env: envs[i].slice(), size: envs[i].byteLength, updated: now, accessed: now, hits: 0, expires: 0, keyId: 1, hlc: '0mf3x8k2a:0000:0123456789abcdef' }));
const bareValues = envs.map((e) => Buffer.from(e).toString('base64'));

const dexie = new Dexie('breakdown-dexie', { indexedDB: new IDBFactory(), IDBKeyRange });
dexie.version(1).stores({ records: 'key' });
await dexie.open();
const dexieRows = keys.map((key) => ({ key, value: data[key] }));

const openDb = (name, options) =>
  new Promise((resolve, reject) => {
    const request = new IDBFactory().open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('r', options);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
const floorDb = await openDb('floor', undefined);
const rowsDb = await openDb('rows', { keyPath: 'id' });
const finished = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = resolve;
  tx.onabort = () => reject(tx.error);
});
const range = IDBKeyRange.bound(k.part, `${k.part}\uffff`);
const paged = new IndexedDBAdapter(new IDBFactory(), 'paged', { keyRange: IDBKeyRange });
await paged.commit({ put: ourRows });

const memory = await createMemoryScope({
  indexedDB: new IDBFactory(), IDBKeyRange, databaseName: 'breakdown', identity: { organizationId: 'bench', userId: 'u' },
  key: { masterKey: crypto.getRandomValues(new Uint8Array(32)) }, retention: { compression: false },
});

const writes = {
  'Dexie bulkPut': () => dexie.records.bulkPut(dexieRows),
  'fake-indexeddb floor: bare string per row': async () => {
    const tx = floorDb.transaction('r', 'readwrite');
    const store = tx.objectStore('r');
    for (let i = 0; i < COUNT; i++) store.put(bareValues[i], ids[i]);
    await finished(tx);
  },
  'fake-indexeddb, one object per row': async () => {
    const tx = rowsDb.transaction('r', 'readwrite');
    const store = tx.objectStore('r');
    for (const row of ourRows) store.put(row);
    await finished(tx);
  },
  'IndexedDB adapter (pages), our rows': () => paged.commit({ put: ourRows }),
  'keyed-hash ids': () => recordIds(sealer, k, keys),
  'JSON + payloads + seal': () => sealRecords(k, keys, values.map((v) => serialise(v)), ads, false),
  setBatch: () => memory.setBatch(data, 'user'),
};
const reads = {
  'Dexie bulkGet': () => dexie.records.bulkGet(keys),
  'fake-indexeddb floor: getAll of bare strings': async () => {
    const tx = floorDb.transaction('r', 'readonly');
    const store = tx.objectStore('r');
    store.getAllKeys(range);
    store.getAll(range);
    await finished(tx);
  },
  'fake-indexeddb, one object per row (getAll)': async () => {
    const tx = rowsDb.transaction('r', 'readonly');
    tx.objectStore('r').getAll(range);
    await finished(tx);
  },
  'IndexedDB adapter (pages), get(ids, part)': () => paged.get(ids, k.part),
  'keyed-hash ids ': () => recordIds(sealer, k, keys),
  'open + parse': () => openRecords(k, ourRows, ads),
  getBatch: () => memory.getBatch(keys, 'user'),
};

async function run(cases, reference) {
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (const fn of Object.values(cases)) await fn();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      // A block of calls after a full collection: each case pays for its own garbage, as
      // it does in a loop of calls (bench/memory.bench.js), and for nobody else's.
      globalThis.gc?.();
      const before = process.cpuUsage();
      for (let i = 0; i < BLOCK; i++) await fn();
      const used = process.cpuUsage(before);
      times[name].push((used.user + used.system) / 1000 / BLOCK);
    }
  }
  const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1];
  const ref = median(times[reference]);
  return Object.entries(times).map(([name, list]) => ({ case: name, 'CPU ms': median(list), 'x Dexie': `${(median(list) / ref).toFixed(2)}x` }));
}

printTable(`writes of ${COUNT.toLocaleString('en-US')} records of 256 bytes, Node ${process.version}, fake-indexeddb (median of ${ROUNDS} rounds)`, ['case', 'CPU ms', 'x Dexie'], await run(writes, 'Dexie bulkPut'));
printTable('reads of the same records', ['case', 'CPU ms', 'x Dexie'], await run(reads, 'Dexie bulkGet'));
memory.close();
dexie.close();
floorDb.close();
rowsDb.close();
paged.close();
keyring.delete();
