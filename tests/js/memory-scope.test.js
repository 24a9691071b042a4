// createMemoryScope scenarios, run against both backends: IndexedDB (fake-indexeddb) and the
// in-memory store. The browser suite runs the same kind of checks in Chromium's IndexedDB.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createMemoryScope, ERROR_CODES } from '../../js/entry/node.js';
import { IndexedDBAdapter } from '../../js/memory/adapters/indexeddb.js';
import { MemoryAdapter } from '../../js/memory/adapters/memory.js';

const masterKey = new Uint8Array(32).fill(42);
// The organization's provisioned key (keys.js): every member of one organization opens with it.
const orgKeyOf = (org) => Uint8Array.from({ length: 32 }, (_, i) => (org.charCodeAt(i % org.length) + i) & 0xff);
const fastArgon2 = { opsLimit: 1, memLimitKiB: 8 };
let dbCounter = 0;

const backends = {
  indexeddb: () => {
    const factory = new IDBFactory();
    const name = `db-${++dbCounter}`;
    return {
      options: { indexedDB: factory, IDBKeyRange, databaseName: name },
      adapter: () => new IndexedDBAdapter(factory, name, { keyRange: IDBKeyRange }),
    };
  },
  memory: () => {
    const name = `mem-${++dbCounter}`;
    return { options: { indexedDB: 'memory', databaseName: name }, adapter: null };
  },
};

const who = (organizationId, userId, extra = {}) => ({ organizationId, userId, ...extra });

for (const [backend, makeBackend] of Object.entries(backends)) {
  describe(`memory scope on ${backend}`, () => {
    const open = (b, identity, more = {}) =>
      createMemoryScope({ ...b.options, identity, key: { masterKey, organizationKey: orgKeyOf(identity.organizationId) }, ...more });
    // Every row of every store, as text, to search for plaintext.
    const dumpText = async (memory, b) => {
      const dump = b.adapter ? await b.adapter().dump() : await new MemoryAdapterPeek(b).dump();
      return textOf(dump);
    };

    test('values round-trip in every scope; a missing key is null', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      const value = { text: 'hello', list: [1, 2.5, true, null], nested: { deep: 'é😀' } };
      for (const scope of ['session', 'user', 'organization', 'global', 'ephemeral']) {
        await m.setData(`k-${scope}`, value, scope);
        assert.deepEqual(await m.getData(`k-${scope}`, scope), value, scope);
        assert.equal(await m.getData('absent', scope), null);
      }
      await m.setData('dflt', 'x');
      assert.equal(m.getCurrentScope(), 'organization');
      assert.equal(await m.getData('dflt', 'organization'), 'x');
      await m.removeData('dflt');
      assert.equal(await m.getData('dflt'), null);
      m.close();
    });

    test('at rest, no store holds a stored value, a key, or the identity in the clear', async () => {
      const b = makeBackend();
      const m = await open(b, who('org-secret-name', 'user-secret-name'), { synchronization: { enabled: true } });
      await m.setData('key-alpha-secret', 'value-alpha-secret', 'user');
      await m.setBatch({ 'key-beta-secret': { v: 'value-beta-secret' } }, 'organization');
      await m.setData('key-gamma-secret', 'value-gamma-secret'.repeat(100), 'global', { compress: true });
      await m.setData('key-delta-secret', 'value-delta-secret', 'session');
      await m.removeData('key-beta-secret', 'organization');
      const text = await dumpText(m, b);
      assert.ok(text.length > 500, 'the dump holds the stored rows');
      for (const s of ['key-alpha', 'value-alpha', 'key-beta', 'value-beta', 'key-gamma', 'value-gamma', 'key-delta', 'value-delta', 'org-secret-name', 'user-secret-name']) {
        assert.equal(text.includes(s), false, `${s} is readable at rest`);
      }
      assert.equal(m.pendingChanges.length, 5);
      m.close();
    });

    test("one organization's user never reads, lists, searches or exports another's data, nor another user's", async () => {
      const b = makeBackend();
      const alice = await open(b, who('acme', 'alice'));
      await alice.setData('plan', 'acme launch plan', 'organization');
      await alice.setData('diary', 'alice private', 'user');
      const carol = await open(b, who('acme', 'carol'));
      const mallory = await open(b, who('globex', 'mallory'));
      // Same organization, other user: sees the organization, not alice's user scope.
      assert.equal(await carol.getData('plan', 'organization'), 'acme launch plan');
      assert.equal(await carol.getData('diary', 'user'), null);
      assert.deepEqual(await carol.search('alice', 'user'), []);
      // Other organization: nothing, by any route.
      for (const scope of ['organization', 'user', 'session']) {
        assert.equal(await mallory.getData('plan', scope), null);
        assert.equal(await mallory.getData('diary', scope), null);
        assert.deepEqual(await mallory.search('', scope), []);
        assert.equal(JSON.parse(await mallory.exportData(scope, 'json')).records.length, 0);
        assert.equal(mallory.getStats(scope)[0].itemCount, 0);
      }
      assert.equal((await mallory.exportData('organization', 'csv')).trim(), 'key,value,updatedAt,expiresAt');
      assert.deepEqual(await mallory.search('launch'), []);
      assert.equal(alice.getStats('organization')[0].itemCount, 1);
      for (const m of [alice, carol, mallory]) m.close();
    });

    test('a record copied into another identity\'s place fails with INTEGRITY there', { skip: backend === 'memory' }, async () => {
      const b = makeBackend();
      const alice = await open(b, who('acme', 'alice'));
      await alice.setData('plan', 'acme plan', 'organization');
      const raw = b.adapter();
      const [acme] = (await raw.dump()).records;
      const mallory = await open(b, who('globex', 'mallory'));
      await mallory.setData('plan', 'globex plan', 'organization');
      const globex = (await raw.dump()).records.find((r) => r.id !== acme.id);
      await raw.commit({ put: [{ ...globex, env: acme.env }] });
      raw.close();
      await assert.rejects(mallory.getData('plan', 'organization'), { code: 'INTEGRITY' });
      assert.equal(await alice.getData('plan', 'organization'), 'acme plan');
      alice.close();
      mallory.close();
    });

    test('a wrong passphrase is WRONG_KEY and the data stays readable with the right one', async () => {
      const b = makeBackend();
      const right = { passphrase: 'correct horse battery staple', argon2: fastArgon2 };
      const m = await createMemoryScope({ ...b.options, identity: who('acme', 'alice'), key: right });
      await m.setData('note', 'kept', 'user');
      await m.setData('shared', 'kept too', 'organization');
      m.close();
      await assert.rejects(
        createMemoryScope({ ...b.options, identity: who('acme', 'alice'), key: { passphrase: 'wrong', argon2: fastArgon2 } }),
        { code: 'WRONG_KEY' },
      );
      await assert.rejects(
        createMemoryScope({ ...b.options, identity: who('acme', 'alice'), key: { masterKey } }),
        { code: 'WRONG_KEY' },
      );
      const again = await createMemoryScope({ ...b.options, identity: who('acme', 'alice'), key: right });
      assert.equal(await again.getData('note', 'user'), 'kept');
      assert.equal(await again.getData('shared', 'organization'), 'kept too');
      again.close();
    });

    test('an altered record is INTEGRITY for that record only', { skip: backend === 'memory' }, async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      await m.setBatch({ good: 'fine', bad: 'will be altered', other: { ok: true } }, 'user');
      const raw = b.adapter();
      const rows = (await raw.dump()).records;
      const before = new Set(await Promise.all(rows.map((r) => r.id)));
      // Alter one byte of one record (find it by trying: ids are keyed hashes).
      let altered = null;
      for (const row of rows) {
        const env = row.env.slice();
        env[env.length - 20] ^= 1;
        await raw.commit({ put: [{ ...row, env }] });
        try {
          await m.getData('bad', 'user');
          await raw.commit({ put: [row] });
        } catch (error) {
          assert.equal(error.code, 'INTEGRITY');
          altered = row.id;
          break;
        }
      }
      raw.close();
      assert.ok(altered && before.has(altered));
      await assert.rejects(m.getData('bad', 'user'), { code: 'INTEGRITY' });
      assert.equal(await m.getData('good', 'user'), 'fine');
      assert.deepEqual(await m.getData('other', 'user'), { ok: true });
      await assert.rejects(m.getBatch(['good', 'bad'], 'user'), (error) => error.code === 'INTEGRITY' && error.keys[0] === 'bad' && error.readable.good === 'fine');
      const exported = JSON.parse(await m.exportData('user', 'json'));
      assert.deepEqual(exported.records.map((r) => r.key).sort(), ['good', 'other'], 'export skips the altered record');
      await m.removeData('bad', 'user');
      assert.equal(await m.getData('bad', 'user'), null);
      m.close();
    });

    test('bad input gets clear codes and stores nothing', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      const cyclic = {};
      cyclic.self = cyclic;
      for (const bad of [() => 1, 10n, Symbol('s'), NaN, Infinity, cyclic, new Date(), new Map(), [1, , 3], undefined, { f() {} }]) {
        await assert.rejects(m.setData('k', bad, 'user'), { code: 'INVALID_ARGUMENT' }, String(bad?.toString?.() ?? bad));
      }
      await assert.rejects(m.setBatch({ fine: 1, broken: 2n }, 'user'), { code: 'INVALID_ARGUMENT' });
      assert.equal(await m.getData('fine', 'user'), null, 'a batch with one bad value writes nothing');
      for (const key of [1, null, {}, '', 'x'.repeat(2000)]) {
        await assert.rejects(m.setData(key, 'v', 'user'), { code: 'INVALID_ARGUMENT' });
        await assert.rejects(m.getData(key, 'user'), { code: 'INVALID_ARGUMENT' });
      }
      await assert.rejects(m.getBatch('k', 'user'), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.setBatch([1], 'user'), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.setData('k', 'v', 'planet'), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.getData('k', 'planet'), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.setData('k', 'v', 'user', { ttl: -5 }), { code: 'INVALID_ARGUMENT' });
      assert.throws(() => m.subscribe('explode', () => {}), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.exportData('user', 'xml'), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.search(42), { code: 'INVALID_ARGUMENT' });
      await assert.rejects(m.resolveConflict('k', { strategy: 'local' }), { code: 'INVALID_ARGUMENT' });
      assert.equal(m.getStats('user')[0].itemCount, 0);
      m.close();
      m.close(); // idempotent
      await assert.rejects(m.getData('k', 'user'), { code: 'CLOSED' });
      await assert.rejects(m.setData('k', 'v', 'user'), { code: 'CLOSED' });
      await assert.rejects(m.optimizeStorage(), { code: 'CLOSED' });
      assert.throws(() => m.getStats(), { code: 'CLOSED' });
    });

    test('bad configuration is INVALID_CONFIG', async () => {
      const b = makeBackend();
      const cases = [
        {},
        { identity: who('acme', 'alice') },
        { identity: { organizationId: 'acme' }, key: { masterKey } },
        { identity: who('acme', 'alice'), key: { masterKey: new Uint8Array(16) } },
        { identity: who('acme', 'alice'), key: { passphrase: '' } },
        { identity: who('acme', 'alice'), key: { masterKey }, enabledScopes: ['user', 'moon'] },
        { identity: who('acme', 'alice'), key: { masterKey }, enabledScopes: ['user'], defaultScope: 'global' },
        { identity: who('acme', 'alice'), key: { masterKey }, retention: { eviction: 'fifo' } },
        { identity: who('acme', 'alice'), key: { masterKey }, retention: { policies: { user: { maxSize: -1 } } } },
        { identity: who('acme', 'alice'), key: { masterKey }, encryption: { algorithm: 'ROT13' } },
      ];
      for (const options of cases) {
        await assert.rejects(createMemoryScope({ ...b.options, ...options }), { code: 'INVALID_CONFIG' }, JSON.stringify(options));
      }
      await assert.rejects(createMemoryScope(null), { code: 'INVALID_CONFIG' });
    });

    test('only enabled scopes are usable', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'), { enabledScopes: ['user'], defaultScope: 'user' });
      await m.setData('k', 1);
      assert.equal(await m.getData('k', 'user'), 1);
      await assert.rejects(m.setData('k', 1, 'organization'), { code: 'INVALID_ARGUMENT' });
      assert.deepEqual(m.getStats().map((s) => s.scope), ['user']);
      m.close();
    });

    test('a per-record TTL expires the record and says so', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      const expired = [];
      m.subscribe('expired', (e) => expired.push(e));
      await m.setData('short', 'soon gone', 'user', { ttl: 5 });
      await m.setData('long', 'stays', 'user', { ttl: 60_000 });
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(await m.getData('short', 'user'), null);
      assert.equal(await m.getData('long', 'user'), 'stays');
      assert.deepEqual(expired[0].keys, ['short']);
      assert.equal(m.getStats('user')[0].itemCount >= 1, true);
      m.close();
    });

    test('maxAge purges and maxSize evicts least recently used, via optimizeStorage and on write', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'), { retention: { policies: { user: { maxSize: 300 } }, eviction: 'lru' } });
      const evicted = [];
      m.subscribe('evicted', (e) => evicted.push(e));
      const tick = () => new Promise((r) => setTimeout(r, 3)); // LRU works in milliseconds
      await m.setData('a', 'x'.repeat(50), 'user');
      await tick();
      await m.setData('b', 'x'.repeat(50), 'user');
      await tick();
      await m.getData('a', 'user'); // a is now more recent than b
      await tick();
      await m.setData('c', 'x'.repeat(50), 'user');
      await m.setData('d', 'x'.repeat(50), 'user');
      assert.ok(evicted.length >= 1, 'writing past maxSize evicts');
      assert.equal(await m.getData('b', 'user'), null, 'the least recently used went first');
      assert.equal(await m.getData('d', 'user'), 'x'.repeat(50));
      assert.ok(m.getStats('user')[0].totalSize <= 300);
      m.close();

      const b2 = makeBackend();
      const aged = await open(b2, who('acme', 'alice'), { retention: { policies: { organization: { maxAge: 300 } } } });
      await aged.setData('old', 1, 'organization');
      await new Promise((r) => setTimeout(r, 350));
      await aged.setData('new', 2, 'organization');
      const result = await aged.optimizeStorage('organization');
      assert.equal(result.purged, 1);
      assert.ok(result.bytesFreed > 0);
      assert.equal(await aged.getData('new', 'organization'), 2);
      aged.close();
    });

    test('LFU evicts the least frequently used', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'), { retention: { policies: { user: { maxSize: 250 } }, eviction: 'lfu' } });
      await m.setData('hot', 'x'.repeat(50), 'user');
      await m.setData('cold', 'x'.repeat(50), 'user');
      for (let i = 0; i < 3; i++) await m.getData('hot', 'user');
      await m.getData('cold', 'user');
      await m.optimizeStorage('user'); // persists the read counts
      m.close();
      const again = await open(b, who('acme', 'alice'), { retention: { policies: { user: { maxSize: 250 } }, eviction: 'lfu' } });
      assert.equal(again.getStats('user')[0].totalHits, 4, 'read counts survived the reopen');
      await again.setData('new', 'x'.repeat(50), 'user');
      assert.equal(await again.getData('cold', 'user'), null);
      assert.equal(await again.getData('hot', 'user'), 'x'.repeat(50));
      again.close();
    });

    test('rotateKeys makes a new primary key; optimizeStorage re-encrypts older records under it', async () => {
      const { loadCore } = await import('../../js/entry/node.js');
      const core = await loadCore();
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice', { sessionId: 's1' }));
      await m.setBatch({ a: 'one', b: 'two' }, 'user');
      await m.setData('s', 'session value', 'session');
      await m.setData('o', 'org value', 'organization');
      const { keyId } = await m.rotateKeys('user');
      await m.setData('c', 'three', 'user');
      assert.deepEqual(await m.getBatch(['a', 'b', 'c'], 'user'), { a: 'one', b: 'two', c: 'three' });
      const result = await m.optimizeStorage();
      assert.equal(result.reencrypted, 3, 'a, b and the session record; c and the organization record were current');
      m.close();
      const again = await open(b, who('acme', 'alice', { sessionId: 's1' }));
      assert.deepEqual(await again.getBatch(['a', 'b', 'c'], 'user'), { a: 'one', b: 'two', c: 'three' });
      assert.equal(await again.getData('s', 'session'), 'session value');
      assert.equal(await again.getData('o', 'organization'), 'org value');
      assert.equal((await again.optimizeStorage()).reencrypted, 0);
      if (b.adapter) {
        const raw = b.adapter();
        const rows = (await raw.dump()).records.filter((r) => r.scope !== 'organization');
        raw.close();
        assert.ok(rows.length === 4 && rows.every((r) => core.crypto.inspectEnvelope(r.env).keyId === keyId));
      }
      await assert.rejects(again.rotateKeys('ephemeral'), { code: 'INVALID_ARGUMENT' });
      again.close();
      await assert.rejects(open(b, who('acme', 'alice'), { key: { masterKey: new Uint8Array(32) } }), { code: 'WRONG_KEY' });
    });

    test('writes carry a hybrid logical clock and the device id; the outbox survives a reopen', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice', { deviceId: 'laptop-1' }), { synchronization: { enabled: true } });
      await m.setData('a', 1, 'user');
      await m.setData('b', 2, 'organization');
      await m.removeData('a', 'user');
      await m.setData('e', 3, 'ephemeral');
      const pending = m.pendingChanges;
      assert.deepEqual(pending.map((p) => [p.key, p.scope, p.operation]), [['a', 'user', 'set'], ['b', 'organization', 'set'], ['a', 'user', 'delete']]);
      assert.ok(pending.every((p) => p.deviceId === 'laptop-1' && p.hlc.endsWith(':laptop-1')));
      assert.ok(pending[0].hlc < pending[1].hlc && pending[1].hlc < pending[2].hlc, 'clock is monotonic');
      await assert.rejects(m.syncData(), { code: 'NO_SYNC_ENDPOINT' });
      assert.equal(m.isOnline, true);
      assert.equal(m.lastSyncTime, null);
      assert.deepEqual(m.conflicts, []);
      m.close();
      const again = await open(b, who('acme', 'alice'), { synchronization: { enabled: true } });
      assert.deepEqual(again.pendingChanges.map((p) => p.key), ['a', 'b', 'a']);
      // clearScope of a synced scope queues a delete per record, by key, durably.
      await again.setBatch({ c1: 1, c2: 2 }, 'organization');
      await again.clearScope('organization');
      const cleared = again.pendingChanges.filter((p) => p.operation === 'delete' && p.scope === 'organization');
      assert.deepEqual(cleared.map((p) => p.key).sort(), ['b', 'c1', 'c2']);
      again.close();
      const third = await open(b, who('acme', 'alice'));
      assert.deepEqual(third.pendingChanges.filter((p) => p.operation === 'delete' && p.scope === 'organization').map((p) => p.key).sort(), ['b', 'c1', 'c2']);
      third.close();
      const other = await open(b, who('globex', 'mallory'));
      assert.deepEqual(other.pendingChanges, [], "another organization's outbox is not shown");
      other.close();
      const plain = await open(b, who('initech', 'bob'));
      await plain.setData('k', 1, 'user');
      await plain.setData('k2', 1, 'user', { syncImmediately: true });
      assert.deepEqual(plain.pendingChanges.map((p) => p.key), ['k2'], 'without sync enabled only syncImmediately queues');
      plain.close();
    });

    test('the ephemeral scope never touches the store and is gone after close', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      await m.setData('temp', 'ephemeral-only-value', 'ephemeral');
      assert.equal(await m.getData('temp', 'ephemeral'), 'ephemeral-only-value');
      const text = await dumpText(m, b);
      assert.equal(text.includes('"scope":"ephemeral"'), false);
      m.close();
      const again = await open(b, who('acme', 'alice'));
      assert.equal(await again.getData('temp', 'ephemeral'), null);
      again.close();
    });

    test('session data belongs to one session', async () => {
      const b = makeBackend();
      const s1 = await open(b, who('acme', 'alice', { sessionId: 's1' }));
      await s1.setData('draft', 'mine', 'session');
      const s2 = await open(b, who('acme', 'alice', { sessionId: 's2' }));
      assert.equal(await s2.getData('draft', 'session'), null);
      const s1again = await open(b, who('acme', 'alice', { sessionId: 's1' }));
      assert.equal(await s1again.getData('draft', 'session'), 'mine');
      for (const m of [s1, s2, s1again]) m.close();
    });

    test("an ended session's records are purged by the next session's optimizeStorage", async () => {
      const b = makeBackend();
      const session = { retention: { policies: { session: { maxAge: 200 } } } };
      const s1 = await open(b, who('acme', 'alice', { sessionId: 's1' }), session);
      await s1.setData('draft', 'left behind', 'session');
      await s1.setData('kept', 'stays', 'user');
      s1.close();
      await new Promise((r) => setTimeout(r, 250));
      const s2 = await open(b, who('acme', 'alice', { sessionId: 's2' }), session);
      const result = await s2.optimizeStorage();
      assert.equal(result.purged, 1);
      assert.equal(await s2.getData('kept', 'user'), 'stays');
      s2.close();
      const s1again = await open(b, who('acme', 'alice', { sessionId: 's1' }), session);
      assert.equal(await s1again.getData('draft', 'session'), null);
      s1again.close();
    });

    test('large values are compressed when it saves bytes', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      const big = { text: 'the same words again '.repeat(500) };
      await m.setData('big', big, 'user', { compress: true });
      assert.deepEqual(await m.getData('big', 'user'), big);
      assert.ok(m.getStats('user')[0].totalSize < JSON.stringify(big).length / 4, 'stored smaller than the JSON');
      const off = await open(makeBackend(), who('acme', 'alice'), { retention: { compression: false } });
      await off.setData('big', big, 'user');
      assert.ok(off.getStats('user')[0].totalSize > JSON.stringify(big).length);
      m.close();
      off.close();
    });

    test('encrypt: false is refused wherever records are stored, and accepted for the ephemeral scope', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      for (const scope of ['session', 'user', 'organization', 'global', undefined]) {
        await assert.rejects(m.setData('k', 'v', scope, { encrypt: false }), { code: 'INVALID_ARGUMENT', message: /always encrypted/ });
        await assert.rejects(m.setBatch({ k: 'v' }, scope, { encrypt: false }), { code: 'INVALID_ARGUMENT' });
      }
      await assert.rejects(m.setData('k', 'v', 'user', { encrypt: 'no' }), { code: 'INVALID_ARGUMENT', message: /boolean/ });
      assert.deepEqual(m.getStats('user')[0].itemCount, 0, 'nothing was written');
      await m.setData('k', 'v', 'ephemeral', { encrypt: false });
      assert.equal(await m.getData('k', 'ephemeral'), 'v');
      await m.setData('k', 'v', 'user', { encrypt: true });
      assert.equal(await m.getData('k', 'user'), 'v');
      m.close();
    });

    test('search, exportData (json and csv) and clearScope see what the caller may see', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      await m.setBatch({ 'conv-1': { title: 'Quarterly Report' }, 'conv-2': 'lunch', '=cmd': 'a,"b"\nc' }, 'organization');
      const found = await m.search('quarterly', 'organization');
      assert.deepEqual(found, [{ key: 'conv-1', value: { title: 'Quarterly Report' }, scope: 'organization' }]);
      assert.equal((await m.search('conv')).length, 2);
      const json = JSON.parse(await m.exportData('organization', 'json'));
      assert.equal(json.scope, 'organization');
      assert.equal(json.records.length, 3);
      const csv = await m.exportData('organization', 'csv');
      assert.match(csv, /^key,value,updatedAt,expiresAt\r\n/);
      assert.ok(csv.includes(`'=cmd,"""a,\\""b\\""\\nc"""`), csv);
      const changes = [];
      m.subscribe('change', (e) => changes.push(e));
      await m.clearScope('organization');
      assert.equal(changes[0].operation, 'clear');
      assert.deepEqual(await m.search('', 'organization'), []);
      await assert.rejects(m.clearScope(), { code: 'INVALID_ARGUMENT' });
      m.close();
    });

    test('subscribers hear changes from another scope object on the same store', async () => {
      const b = makeBackend();
      const tab1 = await open(b, who('acme', 'alice'));
      const tab2 = await open(b, who('acme', 'alice'));
      const outsider = await open(b, who('globex', 'mallory'));
      const heard = [];
      const outsiderHeard = [];
      const off = tab2.subscribe('change', (e) => heard.push(e));
      outsider.subscribe('change', (e) => outsiderHeard.push(e));
      await tab1.setData('shared', 'v1', 'organization');
      // BroadcastChannel delivery takes a turn of the event loop or more on a loaded machine.
      for (const until = Date.now() + 3000; heard.length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(heard.map((e) => [e.scope, e.source]), [['organization', 'remote']]);
      assert.equal(await tab2.getData('shared', 'organization'), 'v1');
      assert.deepEqual(outsiderHeard, []);
      off();
      await tab1.setData('shared', 'v2', 'organization');
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(heard.length, 1, 'unsubscribed');
      for (const m of [tab1, tab2, outsider]) m.close();
    });

    test('a throwing subscriber does not break a write and is reported on error', async () => {
      const b = makeBackend();
      const m = await open(b, who('acme', 'alice'));
      const errors = [];
      m.subscribe('error', (e) => errors.push(e));
      m.subscribe('change', () => {
        throw new Error('subscriber bug');
      });
      await m.setData('k', 1, 'user');
      assert.equal(await m.getData('k', 'user'), 1);
      assert.equal(errors[0].message, 'subscriber bug');
      m.close();
    });
  });
}

describe('memory scope on IndexedDB pages', () => {
  const rawDb = (factory, name) =>
    new Promise((resolve, reject) => {
      const request = factory.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const pagesOf = (db) =>
    new Promise((resolve) => (db.transaction('pages').objectStore('pages').getAll().onsuccess = (e) => resolve(e.target.result)));
  const putPage = (db, page) =>
    new Promise((resolve) => {
      const tx = db.transaction('pages', 'readwrite');
      tx.objectStore('pages').put(page);
      tx.oncomplete = resolve;
    });

  test('an altered byte in a stored page is INTEGRITY for the one record it hits; a broken page is reported, never fatal', async () => {
    const factory = new IDBFactory();
    const options = { indexedDB: factory, IDBKeyRange, databaseName: 'raw-pages', identity: who('acme', 'alice'), key: { masterKey } };
    const m = await createMemoryScope(options);
    const data = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, `value ${i}`]));
    await m.setBatch(data, 'user');
    const db = await rawDb(factory, 'raw-pages');
    const pages = await pagesOf(db);
    const page = pages.find((p) => p.b.length > 300); // a page with two records or more
    const b = page.b.slice();
    b[b.length - 5] ^= 1; // inside the page's last envelope
    await putPage(db, { id: page.id, b });
    let failed;
    await assert.rejects(m.getBatch(Object.keys(data), 'user'), (error) => {
      failed = error;
      return error.code === 'INTEGRITY';
    });
    assert.equal(failed.keys.length, 1, 'one record fails');
    assert.equal(Object.keys(failed.readable).length, 599, 'every other record reads');
    // Break the framing of the page: its records read as INTEGRITY and an 'error' event names it.
    const errors = [];
    m.subscribe('error', (e) => errors.push(e));
    await putPage(db, { id: page.id, b: b.subarray(0, 20) });
    await assert.rejects(m.getBatch(Object.keys(data), 'user'), (error) => {
      failed = error;
      return error.code === 'INTEGRITY';
    });
    assert.ok(failed.keys.length >= 2 && Object.keys(failed.readable).length === 600 - failed.keys.length);
    assert.ok(errors.some((e) => e.code === 'INTEGRITY' && /broken|not a page/.test(e.message ?? '')), JSON.stringify(errors));
    // Writing a broken page's key again makes it readable; nothing else was lost.
    for (const key of failed.keys) await m.setData(key, 'rewritten', 'user');
    const all = await m.getBatch(Object.keys(data), 'user');
    assert.equal(Object.keys(all).length, 600);
    assert.equal(all[failed.keys[0]], 'rewritten');
    db.close();
    m.close();
  });

  test('records a version 1 store (one row per record) holds are readable after the upgrade to pages', async () => {
    const factory = new IDBFactory();
    const identity = who('acme', 'alice');
    const { IndexedDBRowAdapter } = await import('../../js/memory/adapters/indexeddb-rows.js');
    // The row adapter writes exactly what schema version 1 stored.
    const old = await createMemoryScope({ storage: new IndexedDBRowAdapter(factory, 'v1', { keyRange: IDBKeyRange }), identity, key: { masterKey } });
    await old.setBatch({ a: 'one', b: { two: 2 } }, 'user');
    await old.setData('plan', 'shared', 'organization', { ttl: 60_000 });
    old.close();
    const before = await rawDb(factory, 'v1');
    assert.equal(before.version, 1);
    before.close();
    const m = await createMemoryScope({ indexedDB: factory, IDBKeyRange, databaseName: 'v1', identity, key: { masterKey } });
    assert.deepEqual(await m.getBatch(['a', 'b'], 'user'), { a: 'one', b: { two: 2 } });
    assert.equal(await m.getData('plan', 'organization'), 'shared');
    assert.equal(m.getStats('user')[0].itemCount, 2);
    m.close();
    const after = await rawDb(factory, 'v1');
    assert.deepEqual([...after.objectStoreNames].sort(), ['meta', 'outbox', 'pages']);
    after.close();
  });
});

describe('memory scope faults', () => {
  test('a full quota evicts per policy and retries once; otherwise QUOTA with nothing half-written', async () => {
    const factory = new IDBFactory();
    const storage = new IndexedDBAdapter(factory, 'quota', { quotaBytes: 1200, keyRange: IDBKeyRange });
    const m = await createMemoryScope({ storage, identity: who('acme', 'alice'), key: { masterKey }, retention: { eviction: 'lru' } });
    const quota = [];
    const evicted = [];
    m.subscribe('quota', (e) => quota.push(e));
    m.subscribe('evicted', (e) => evicted.push(e));
    const value = 'v'.repeat(100);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) await m.setData(k, value, 'user');
    assert.ok(quota.length >= 1, 'the quota was hit');
    assert.equal(quota[0].retried, false);
    assert.ok(evicted.length >= 1, 'and eviction made room');
    assert.equal(await m.getData('f', 'user'), value, 'the write went through after eviction');
    assert.equal(await m.getData('a', 'user'), null, 'the least recently used was evicted');
    const before = m.getStats('user')[0].itemCount;
    const incompressible = () => Array.from({ length: 300 }, () => Math.random().toString(36).slice(2, 5)).join('');
    await assert.rejects(m.setBatch({ x: incompressible(), z: incompressible() }, 'user'), { code: 'QUOTA' });
    assert.equal(await m.getData('x', 'user'), null, 'no half-written batch');
    assert.equal(await m.getData('f', 'user'), value, 'nothing was evicted for a write that failed');
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(m.getStats('user')[0].itemCount, before);
    m.close();
  });

  test('another connection upgrading the database never wedges it', async () => {
    const factory = new IDBFactory();
    const m = await createMemoryScope({ indexedDB: factory, IDBKeyRange, databaseName: 'upgrade', identity: who('acme', 'alice'), key: { masterKey } });
    await m.setData('k', 'before', 'user');
    const events = [];
    m.subscribe('error', (e) => events.push(e.code));
    const upgraded = await new Promise((resolve, reject) => {
      const request = factory.open('upgrade', 3);
      request.onupgradeneeded = () => request.result.createObjectStore('extra');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked: the memory scope did not let go'));
    });
    upgraded.close();
    assert.deepEqual(events, ['VERSIONCHANGE']);
    assert.ok(ERROR_CODES.includes('VERSIONCHANGE') && ERROR_CODES.includes('BLOCKED'), 'the codes are in ERROR_CODES');
    assert.equal(await m.getData('k', 'user'), 'before', 'the scope reopened the upgraded database');
    await m.setData('k', 'after', 'user');
    assert.equal(await m.getData('k', 'user'), 'after');
    m.close();
  });

  test("a database without the memory stores is refused, not changed", async () => {
    const factory = new IDBFactory();
    await new Promise((resolve) => {
      const request = factory.open('foreign', 5);
      request.onupgradeneeded = () => request.result.createObjectStore('theirs');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    await assert.rejects(
      createMemoryScope({ indexedDB: factory, IDBKeyRange, databaseName: 'foreign', identity: who('acme', 'alice'), key: { masterKey } }),
      { code: 'UNSUPPORTED' },
    );
  });

  test('without IndexedDB the error says what to pass', async () => {
    await assert.rejects(createMemoryScope({ identity: who('acme', 'alice'), key: { masterKey } }), { code: 'INVALID_CONFIG', message: /indexedDB/ });
  });
});

// The in-memory backend's rows, through a second adapter on the same named database.
class MemoryAdapterPeek {
  constructor(b) {
    this.name = b.options.databaseName;
  }
  async dump() {
    const { namedMemoryAdapter } = await import('../../js/memory/adapters/memory.js');
    return namedMemoryAdapter(this.name).dump();
  }
}
void MemoryAdapter;

function textOf(dump) {
  const decoder = new TextDecoder('latin1');
  return JSON.stringify(dump, (_, v) => (v instanceof Uint8Array ? decoder.decode(v) + new TextDecoder().decode(v) : v));
}

describe('memory scope encryption algorithm', () => {
  test("encryption.algorithm 'AES-256-GCM' seals records through WebCrypto and reads them back", async () => {
    const { loadCore } = await import('../../js/entry/node.js');
    const core = await loadCore();
    const factory = new IDBFactory();
    const options = { indexedDB: factory, IDBKeyRange, databaseName: 'aes', identity: who('acme', 'alice'), key: { masterKey } };
    const m = await createMemoryScope({ ...options, encryption: { enabled: true, algorithm: 'AES-256-GCM' } });
    await m.setBatch({ a: 'one', b: { two: 2 } }, 'user');
    assert.deepEqual(await m.getBatch(['a', 'b'], 'user'), { a: 'one', b: { two: 2 } });
    const raw = new IndexedDBAdapter(factory, 'aes', { keyRange: IDBKeyRange });
    const rows = (await raw.dump()).records;
    raw.close();
    assert.ok(rows.length === 2 && rows.every((r) => core.crypto.inspectEnvelope(r.env).algorithm === 'AES-256-GCM'));
    m.close();
    // A store written with one algorithm reads with the other configured: envelopes name theirs.
    const x = await createMemoryScope(options);
    assert.equal(await x.getData('a', 'user'), 'one');
    x.close();
  });
});

test('the shared memory smoke scenario passes in Node', async () => {
  const { runMemorySmoke } = await import('../shared/memory-smoke.js');
  const { assertChecks } = await import('../shared/assert-checks.js');
  await import('../../js/entry/node.js');
  assertChecks(await runMemorySmoke());
});
