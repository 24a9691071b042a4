// Memory scope throughput: setBatch/getBatch of 10,000 encrypted 256-byte records against
// Dexie's bulkPut/bulkGet of the same records unencrypted, in the same run, in Node on
// fake-indexeddb and in Chromium on its real IndexedDB; then p50/p99 latency of a single
// getData and setData.
//   npm run bench -- memory        (BENCH_SECONDS=n per case, default 3; BENCH_BROWSER=0 skips Chromium)
// In Node each batch case and its Dexie peer run in BENCH_ROUNDS interleaved rounds (default 3,
// the order swapped every round) of BENCH_SECONDS / BENCH_ROUNDS each; the table shows each
// side's median rate and the median of the per-round ratios, so a burst of load on a shared
// machine lands on both sides instead of on whichever ran during it.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { createMemoryScope } from '../js/entry/node.js';
import { measure, printTable } from './harness.js';

const COUNT = 10_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

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

const median = (list) => list.slice().sort((a, b) => a - b)[list.length >> 1];
// [ours, peer] measured in interleaved rounds: { ours: { rate }, peer: { rate }, ratio }.
async function interleaved(ours, peer) {
  const opts = { seconds: SECONDS / ROUNDS, unitsPerCall: COUNT, warmup: 0.3 };
  const rates = { ours: [], peer: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    for (const side of order) rates[side].push((await measure(side === 'ours' ? ours : peer, opts)).rate);
  }
  return { ours: { rate: median(rates.ours) }, peer: { rate: median(rates.peer) }, ratio: median(rates.ours.map((r, i) => r / rates.peer[i])) };
}
const writes = await interleaved(() => memory.setBatch(data, 'user'), () => dexie.records.bulkPut(dexieRows));
const reads = await interleaved(
  async () => {
    const got = await memory.getBatch(keys, 'user');
    if (got[keys[COUNT - 1]] !== data[keys[COUNT - 1]]) throw new Error('getBatch returned the wrong value');
  },
  async () => {
    const got = await dexie.records.bulkGet(keys);
    if (got[COUNT - 1].value !== data[keys[COUNT - 1]]) throw new Error('bulkGet returned the wrong value');
  },
);
let i = 0;
const single = { seconds: SECONDS, unitsPerCall: 1, warmup: 0.3 };
const setData = await measure(() => memory.setData(keys[i++ % COUNT], data[keys[i % COUNT]], 'user'), single);
const getData = await measure(() => memory.getData(keys[i++ % COUNT], 'user'), single);
const dexiePut = await measure(() => dexie.records.put(dexieRows[i++ % COUNT]), single);
const dexieGet = await measure(() => dexie.records.get(keys[i++ % COUNT]), single);

printTable(`memory, ${COUNT.toLocaleString('en-US')} records of 256 bytes, Node ${process.version}, fake-indexeddb (median of ${ROUNDS} interleaved rounds)`, ['case', 'records/s', 'vs Dexie'], [
  { case: 'setBatch (encrypted)', 'records/s': writes.ours.rate, 'vs Dexie': `${writes.ratio.toFixed(2)}x` },
  { case: 'Dexie bulkPut (plain)', 'records/s': writes.peer.rate, 'vs Dexie': '1.00x' },
  { case: 'getBatch (encrypted)', 'records/s': reads.ours.rate, 'vs Dexie': `${reads.ratio.toFixed(2)}x` },
  { case: 'Dexie bulkGet (plain)', 'records/s': reads.peer.rate, 'vs Dexie': '1.00x' },
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
