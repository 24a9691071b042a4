// Memory scope throughput: setBatch/getBatch of 10,000 encrypted 256-byte records against
// Dexie's bulkPut/bulkGet of the same records unencrypted, in the same run, in Node on
// fake-indexeddb and in Chromium on its real IndexedDB; then p50/p99 latency of a single
// getData and setData.
//   npm run bench -- memory        (BENCH_SECONDS=n per case, default 3; BENCH_BROWSER=0 skips Chromium)
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { createMemoryScope } from '../js/entry/node.js';
import { measure, printTable } from './harness.js';

const COUNT = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

function records() {
  const out = {};
  for (let i = 0; i < COUNT; i++) {
    // 256 bytes of JSON text per value, not compressible to speak of.
    let s = '';
    while (s.length < 254) s += Math.random().toString(36).slice(2);
    out[`record-${i}`] = s.slice(0, 254);
  }
  return out;
}

const data = records();
const keys = Object.keys(data);

const memory = await createMemoryScope({
  indexedDB: new IDBFactory(),
  IDBKeyRange,
  databaseName: 'bench-memory',
  identity: { organizationId: 'bench', userId: 'u' },
  key: { masterKey: crypto.getRandomValues(new Uint8Array(32)) },
  retention: { compression: false },
});

const dexie = new Dexie('bench-dexie', { indexedDB: new IDBFactory(), IDBKeyRange });
dexie.version(1).stores({ records: 'key' });
await dexie.open();
const dexieRows = keys.map((key) => ({ key, value: data[key] }));

const opts = { seconds: SECONDS, unitsPerCall: COUNT, warmup: 0.5 };
const setBatch = await measure(() => memory.setBatch(data, 'user'), opts);
const bulkPut = await measure(() => dexie.records.bulkPut(dexieRows), opts);
const getBatch = await measure(async () => {
  const got = await memory.getBatch(keys, 'user');
  if (got[keys[COUNT - 1]] !== data[keys[COUNT - 1]]) throw new Error('getBatch returned the wrong value');
}, opts);
const bulkGet = await measure(async () => {
  const got = await dexie.records.bulkGet(keys);
  if (got[COUNT - 1].value !== data[keys[COUNT - 1]]) throw new Error('bulkGet returned the wrong value');
}, opts);

let i = 0;
const single = { seconds: SECONDS, unitsPerCall: 1, warmup: 0.3 };
const setData = await measure(() => memory.setData(keys[i++ % COUNT], data[keys[i % COUNT]], 'user'), single);
const getData = await measure(() => memory.getData(keys[i++ % COUNT], 'user'), single);
const dexiePut = await measure(() => dexie.records.put(dexieRows[i++ % COUNT]), single);
const dexieGet = await measure(() => dexie.records.get(keys[i++ % COUNT]), single);

printTable(`memory, ${COUNT.toLocaleString('en-US')} records of 256 bytes, Node ${process.version}, fake-indexeddb`, ['case', 'records/s', 'vs Dexie'], [
  { case: 'setBatch (encrypted)', 'records/s': setBatch.rate, 'vs Dexie': `${(setBatch.rate / bulkPut.rate).toFixed(2)}x` },
  { case: 'Dexie bulkPut (plain)', 'records/s': bulkPut.rate, 'vs Dexie': '1.00x' },
  { case: 'getBatch (encrypted)', 'records/s': getBatch.rate, 'vs Dexie': `${(getBatch.rate / bulkGet.rate).toFixed(2)}x` },
  { case: 'Dexie bulkGet (plain)', 'records/s': bulkGet.rate, 'vs Dexie': '1.00x' },
]);
printTable('single record latency (ms)', ['case', 'p50', 'p99', 'ops/s'], [
  { case: 'setData', p50: setData.p50, p99: setData.p99, 'ops/s': setData.rate },
  { case: 'getData', p50: getData.p50, p99: getData.p99, 'ops/s': getData.rate },
  { case: 'Dexie put', p50: dexiePut.p50, p99: dexiePut.p99, 'ops/s': dexiePut.rate },
  { case: 'Dexie get', p50: dexieGet.p50, p99: dexieGet.p99, 'ops/s': dexieGet.rate },
]);
memory.close();
dexie.close();

if (process.env.BENCH_BROWSER !== '0') {
  const { runInChromium } = await import('./memory-chromium.js');
  const r = await runInChromium({ count: COUNT, seconds: SECONDS });
  printTable(`memory in Chromium (real IndexedDB), ${COUNT.toLocaleString('en-US')} records of 256 bytes`, ['case', 'records/s', 'vs Dexie'], [
    { case: 'setBatch (encrypted)', 'records/s': r.setBatch.rate, 'vs Dexie': `${(r.setBatch.rate / r.bulkPut.rate).toFixed(2)}x` },
    { case: 'Dexie bulkPut (plain)', 'records/s': r.bulkPut.rate, 'vs Dexie': '1.00x' },
    { case: 'getBatch (encrypted)', 'records/s': r.getBatch.rate, 'vs Dexie': `${(r.getBatch.rate / r.bulkGet.rate).toFixed(2)}x` },
    { case: 'Dexie bulkGet (plain)', 'records/s': r.bulkGet.rate, 'vs Dexie': '1.00x' },
  ]);
  printTable('single record latency in Chromium (ms)', ['case', 'p50', 'p99', 'ops/s'], [
    { case: 'setData', p50: r.setData.p50, p99: r.setData.p99, 'ops/s': r.setData.rate },
    { case: 'getData', p50: r.getData.p50, p99: r.getData.p99, 'ops/s': r.getData.rate },
    { case: 'Dexie put', p50: r.dexiePut.p50, p99: r.dexiePut.p99, 'ops/s': r.dexiePut.rate },
    { case: 'Dexie get', p50: r.dexieGet.p50, p99: r.dexieGet.p99, 'ops/s': r.dexieGet.rate },
  ]);
}
