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
