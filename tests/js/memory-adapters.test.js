// One contract suite, run against both storage adapters: IndexedDB (fake-indexeddb here,
// Chromium's in tests/browser) and in-memory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { IndexedDBAdapter } from '../../js/memory/adapters/indexeddb.js';
import { MemoryAdapter } from '../../js/memory/adapters/memory.js';

const implementations = {
  indexeddb: (options) => new IndexedDBAdapter(new IDBFactory(), 'contract', { ...options, keyRange: IDBKeyRange }),
  memory: (options) => new MemoryAdapter(options),
};

// Row ids are the partition id followed by the record's 32-character key hash (the
// IndexedDB adapter files rows into pages by the hash's first two characters); here partitions
// are 'p1', 'p2' and rid('p1', 'a') is a row id.
const rid = (part, id) => part + id.padEnd(32, '0');
const row = (id, part = 'p1', bytes = 10) => ({
  id: rid(part, id), scope: 'user', env: new Uint8Array(bytes).fill(id.length), size: bytes, updated: 1, accessed: 1, hits: 0,
  expires: 0, keyId: 1, hlc: `h${id}`,
});
const ids = (rows) => rows.map((r) => r.id).sort();

for (const [name, make] of Object.entries(implementations)) {
  describe(`storage adapter contract: ${name}`, () => {
    test('get returns rows in order with undefined for absent ids, and copies', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [row('a'), row('b')] });
      const got = await a.get([rid('p1', 'b'), rid('p1', 'zz'), rid('p1', 'a')]);
      assert.equal(got[0].id, rid('p1', 'b'));
      assert.equal(got[1], undefined);
      assert.equal(got[2].id, rid('p1', 'a'));
      assert.ok(got[0].env instanceof Uint8Array);
      got[0].env[0] = 99;
      assert.notEqual((await a.get([rid('p1', 'b')]))[0].env[0], 99, 'a returned row is not the stored one');
      a.close();
    });

    test('clearPart removes every row of one partition and nothing else, atomically with the rest', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [row('a'), row('b'), row('a', 'p2')] });
      await a.commit({ clearPart: 'p1', put: [row('c', 'p2')] });
      assert.deepEqual(ids(await a.listPartition('p1')), []);
      assert.deepEqual(ids(await a.listPartition('p2')), [rid('p2', 'a'), rid('p2', 'c')]);
      a.close();
    });

    test('listPartition returns one partition only', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [row('a', 'p1'), row('b', 'p2'), row('c', 'p1')] });
      assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'a'), rid('p1', 'c')]);
      assert.deepEqual(await a.listPartition('none'), []);
      a.close();
    });

    test('listExpired finds expired rows in every partition', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [{ ...row('a', 'p1'), expires: 5 }, { ...row('b', 'p2'), expires: 50 }, row('c', 'p2')] });
      assert.deepEqual(ids(await a.listExpired(10)), [rid('p1', 'a')]);
      assert.deepEqual(ids(await a.listExpired(60)), [rid('p1', 'a'), rid('p2', 'b')]);
      a.close();
    });

    test('commit deletes, puts, meta and outbox together', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [row('a'), row('b')], meta: [{ k: 'm', v: 1 }], outbox: [{ part: 'p1', id: 'a', op: 'set' }] });
      await a.commit({ del: [rid('p1', 'a')], put: [row('c')], outbox: [{ part: 'p2', id: 'c', op: 'set' }] });
      assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'b'), rid('p1', 'c')]);
      assert.equal(await a.getMeta('m'), 1);
      assert.equal(await a.getMeta('missing'), undefined);
      const outbox = await a.listOutbox(['p1']);
      assert.equal(outbox.length, 1);
      assert.equal(typeof outbox[0].seq, 'number');
      await a.commit({ outboxDel: [outbox[0].seq] });
      assert.deepEqual(await a.listOutbox(['p1']), []);
      assert.equal((await a.listOutbox(['p1', 'p2'])).length, 1);
      a.close();
    });

    test('a metaAdd on an existing key fails the whole commit', async () => {
      const a = make();
      await a.open();
      await a.commit({ metaAdd: [{ k: 'once', v: 'first' }] });
      await assert.rejects(a.commit({ put: [row('x')], metaAdd: [{ k: 'once', v: 'second' }] }), { name: 'ConstraintError' });
      assert.equal(await a.getMeta('once'), 'first');
      assert.deepEqual(await a.get([rid('p1', 'x')]), [undefined], 'nothing of the failed commit was written');
      a.close();
    });

    test('a full quota fails the commit with QuotaExceededError and writes nothing', async () => {
      const a = make({ quotaBytes: 300 }); // rowBytes: 100 + 96 each
      await a.open();
      await a.commit({ put: [row('a', 'p1', 100)] });
      await assert.rejects(a.commit({ put: [row('b', 'p1', 100), row('c', 'p1', 100)], del: [rid('p1', 'a')], meta: [{ k: 'm', v: 1 }] }), {
        name: 'QuotaExceededError',
      });
      assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'a')]);
      assert.equal(await a.getMeta('m'), undefined);
      await a.commit({ del: [rid('p1', 'a')], put: [row('b', 'p1', 100)] });
      assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'b')], 'a write that fits goes through');
      a.close();
    });

    test('dump shows every store; a closed adapter fails with CLOSED', async () => {
      const a = make();
      await a.open();
      await a.commit({ put: [row('a')], meta: [{ k: 'm', v: 'x' }], outbox: [{ part: 'p', id: 'a', op: 'set' }] });
      const dump = await a.dump();
      assert.equal(dump.records.length, 1);
      assert.equal(dump.meta.length, 1);
      assert.equal(dump.outbox.length, 1);
      a.close();
      await assert.rejects(a.get([rid('p1', 'a')]), { code: 'CLOSED' });
      await assert.rejects(a.commit({ put: [row('b')] }), { code: 'CLOSED' });
    });
  });
}

// What only the IndexedDB adapter has: pages (many rows per stored value), their robustness
// against altered bytes, and the upgrade from schema version 1 (one row per record).
describe('IndexedDB adapter pages', () => {
  const open = (factory, name, events = []) => new IndexedDBAdapter(factory, name, { keyRange: IDBKeyRange, onEvent: (e) => events.push(e) });
  const raw = (factory, name, version) =>
    new Promise((resolve, reject) => {
      const request = version === undefined ? factory.open(name) : factory.open(name, version);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('records', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'k' });
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('part', 'part');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const inTx = (db, store, mode, fn) =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const out = fn(tx.objectStore(store));
      tx.oncomplete = () => resolve(out?.result);
      tx.onabort = () => reject(tx.error);
    });
  // Rows 'qqa', 'qqb', 'qqc' share page p1 + 'qq'; 'zz' is on another page.
  const shared = () => [row('qqa'), row('qqb', 'p1', 20), row('qqc'), row('zz')];

  test('rows of one bucket share one stored page; deletes and rewrites keep the others', async () => {
    const factory = new IDBFactory();
    const a = open(factory, 'pages');
    await a.commit({ put: shared() });
    let dump = await a.dump();
    assert.deepEqual(dump.pages.map((p) => p.id).sort(), ['p1qq', 'p1zz']);
    assert.ok(dump.pages.every((p) => p.b instanceof Uint8Array && Object.keys(p).length === 2), 'a page is { id, b } only');
    await a.commit({ del: [rid('p1', 'qqa')], put: [{ ...row('qqc'), hits: 7, hlc: 'é-clock' }] });
    const got = await a.get([rid('p1', 'qqa'), rid('p1', 'qqb'), rid('p1', 'qqc'), rid('p1', 'zz')]);
    assert.equal(got[0], undefined);
    assert.deepEqual({ ...got[1], env: [...got[1].env] }, { ...row('qqb', 'p1', 20), env: [...row('qqb', 'p1', 20).env] });
    assert.equal(got[2].hits, 7);
    assert.equal(got[2].hlc, 'é-clock', 'non-ASCII text round-trips');
    await a.commit({ del: [rid('p1', 'qqb'), rid('p1', 'qqc')] });
    dump = await a.dump();
    assert.deepEqual(dump.pages.map((p) => p.id), ['p1zz'], 'an emptied page is deleted');
    a.close();
  });

  test('an altered envelope byte inside a page changes that record only', async () => {
    const factory = new IDBFactory();
    const a = open(factory, 'altered');
    await a.commit({ put: shared() });
    const db = await raw(factory, 'altered');
    const page = await inTx(db, 'pages', 'readonly', (s) => s.get('p1qq'));
    const b = page.b.slice();
    b[b.length - 1] ^= 0xff; // the last byte of the last envelope on the page
    await inTx(db, 'pages', 'readwrite', (s) => s.put({ id: 'p1qq', b }));
    db.close();
    const rows = await a.get([rid('p1', 'qqa'), rid('p1', 'qqb'), rid('p1', 'qqc')]);
    const changed = rows.filter((r, i) => r.env.at(-1) !== shared()[i].env.at(-1));
    assert.equal(changed.length, 1, 'exactly one envelope differs');
    assert.ok(rows.every((r, i) => r.id === shared()[i].id && r.env.length === shared()[i].env.length));
    a.close();
  });

  test('a page whose framing is broken is reported, reads as unreadable rows, and does not touch other pages', async () => {
    const factory = new IDBFactory();
    const events = [];
    const a = open(factory, 'broken', events);
    await a.commit({ put: shared() });
    const db = await raw(factory, 'broken');
    const page = await inTx(db, 'pages', 'readonly', (s) => s.get('p1qq'));
    for (const breakIt of [(b) => b.fill(0xff, 1, 5), (b) => b.subarray(0, b.length - 7), (b) => b.fill(0xc3, 9 + 3 * 58, 9 + 3 * 58 + 4)]) {
      await inTx(db, 'pages', 'readwrite', (s) => s.put({ id: 'p1qq', b: breakIt(page.b.slice()) }));
      events.length = 0;
      const got = await a.get([rid('p1', 'qqa'), rid('p1', 'zz'), rid('p1', 'qqx')]);
      assert.equal(got[0].env.length, 0, 'a record of the broken page comes back with an empty (failing) envelope');
      assert.equal(got[1].id, rid('p1', 'zz'), 'another page is read as usual');
      assert.equal(got[2].env.length, 0, 'an id on the broken page cannot be told absent either');
      assert.equal(events[0]?.type, 'page');
      assert.match(events[0].message, /p1qq/);
      assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'zz')]);
      assert.deepEqual(ids(await a.listExpired(Infinity)), []);
    }
    // A write to the broken page starts it afresh and says so, keeping the broken bytes as they
    // were in the meta store; the other page is untouched.
    const broken = (await inTx(db, 'pages', 'readonly', (s) => s.get('p1qq'))).b;
    events.length = 0;
    await a.commit({ put: [row('qqd')] });
    assert.match(events[0].message, /rewritten/);
    assert.match(events[0].message, /quarantine\/p1qq\//);
    assert.deepEqual(ids(await a.listPartition('p1')), [rid('p1', 'qqd'), rid('p1', 'zz')]);
    const kept = (await a.dump()).meta.filter((m) => m.k.startsWith('quarantine/p1qq/'));
    assert.equal(kept.length, 1);
    assert.deepEqual(kept[0].v, broken);
    // Clearing the partition takes broken pages and quarantined bytes with it.
    await inTx(db, 'pages', 'readwrite', (s) => s.put({ id: 'p1zz', b: new Uint8Array([1, 2, 3]) }));
    await a.commit({ put: [row('a', 'p2')] });
    await a.commit({ clearPart: 'p1' });
    const left = await a.dump();
    assert.deepEqual(left.pages.map((p) => p.id), [rid('p2', 'a').slice(0, 4)]);
    assert.equal(left.meta.filter((m) => m.k.startsWith('quarantine/')).length, 0);
    db.close();
    a.close();
  });

  // Version 1 row ids as the memory engine made them: partition id + key hash, 32 hex digits each.
  const HEX_PART = '0123456789abcdef0123456789abcdef';
  const v1Rows = () => ['aa1', 'aa2', 'aa3', 'bb'].map((id, i) => row(id, HEX_PART, 10 + i));

  test('a version 1 database (one row per record) is converted into pages on open, whole', async () => {
    const factory = new IDBFactory();
    const v1 = await raw(factory, 'old', 1);
    const old = v1Rows().map((r, i) => ({ ...r, expires: i % 2 ? 0 : 5 }));
    delete old[0].hlc; // an older row without a clock still converts (as an empty one)
    delete old[0].keyId;
    await inTx(v1, 'records', 'readwrite', (s) => old.forEach((r) => s.put(r)));
    await inTx(v1, 'meta', 'readwrite', (s) => s.put({ k: 'device', v: 'abc' }));
    await inTx(v1, 'outbox', 'readwrite', (s) => s.add({ part: 'p1', id: 'x', op: 'set' }));
    v1.close();
    const a = open(factory, 'old');
    assert.deepEqual(ids(await a.listPartition(HEX_PART)), ids(old));
    const got = await a.get(old.map((r) => r.id));
    assert.deepEqual(got.map((r) => [r.id, r.size, r.expires, r.hlc, r.keyId, [...r.env]]), old.map((r) => [r.id, r.size, r.expires, r.hlc ?? '', r.keyId ?? 0, [...r.env]]));
    assert.equal(await a.getMeta('device'), 'abc');
    assert.equal((await a.listOutbox(['p1'])).length, 1);
    const dump = await a.dump();
    assert.equal(dump.pages.length, 2);
    a.close();
    const after = await raw(factory, 'old');
    assert.deepEqual([...after.objectStoreNames].sort(), ['meta', 'outbox', 'pages'], "the old 'records' store is gone");
    assert.equal(after.version, 2);
    after.close();
  });

  test('an upgrade held up by an old tab that never lets go reports blocked, then lands once it closes', async () => {
    const factory = new IDBFactory();
    const v1 = await raw(factory, 'held', 1); // no onversionchange: it ignores the request
    const [held] = v1Rows();
    await inTx(v1, 'records', 'readwrite', (s) => s.put(held));
    const events = [];
    const a = open(factory, 'held', events);
    let opened = false;
    const opening = a.open().then(() => (opened = true));
    for (let i = 0; i < 200 && !events.some((e) => e.type === 'blocked'); i++) await new Promise((r) => setTimeout(r, 5));
    assert.ok(events.some((e) => e.type === 'blocked'), JSON.stringify(events));
    assert.equal(opened, false, 'the adapter waits for the old tab instead of failing');
    v1.close();
    await opening;
    assert.deepEqual(ids(await a.listPartition(HEX_PART)), [held.id]);
    a.close();
  });

  test('a version 1 database whose rows are not memory records is refused, left as it was', async () => {
    const factory = new IDBFactory();
    const v1 = await raw(factory, 'audit-like', 1);
    const rows = [...v1Rows(), { ...row('x'), id: 'head' }, { ...row('y'), id: 'entry/000001' }];
    await inTx(v1, 'records', 'readwrite', (s) => rows.forEach((r) => s.put(r)));
    v1.close();
    const a = open(factory, 'audit-like');
    await assert.rejects(a.open(), (error) => error.code === 'UNSUPPORTED' && /not memory records/.test(error.message) && /head|entry/.test(error.message));
    a.close();
    const after = await raw(factory, 'audit-like');
    assert.equal(after.version, 1);
    assert.deepEqual([...after.objectStoreNames].sort(), ['meta', 'outbox', 'records']);
    const kept = await inTx(after, 'records', 'readonly', (s) => s.getAll());
    assert.deepEqual(kept.map((r) => r.id).sort(), rows.map((r) => r.id).sort());
    after.close();
  });

  test('a page written by a newer format is neither read as data nor ever overwritten', async () => {
    const factory = new IDBFactory();
    const a = open(factory, 'newer');
    await a.commit({ put: shared() });
    const db = await raw(factory, 'newer');
    const page = await inTx(db, 'pages', 'readonly', (s) => s.get('p1qq'));
    const future = page.b.slice();
    future[0] = 9;
    await inTx(db, 'pages', 'readwrite', (s) => s.put({ id: 'p1qq', b: future }));
    await assert.rejects(a.get([rid('p1', 'qqa')]), { code: 'UNSUPPORTED' });
    await assert.rejects(a.listPartition('p1'), { code: 'UNSUPPORTED' });
    await assert.rejects(a.commit({ put: [row('qqd')] }), { code: 'UNSUPPORTED' });
    const still = await inTx(db, 'pages', 'readonly', (s) => s.get('p1qq'));
    assert.deepEqual(still.b, future, 'the newer page is untouched');
    const meta = await inTx(db, 'meta', 'readonly', (s) => s.getAll());
    assert.equal(meta.filter((m) => m.k.startsWith('quarantine/')).length, 0);
    db.close();
    a.close();
  });
});
