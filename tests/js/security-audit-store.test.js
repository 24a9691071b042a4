// The audit trail in IndexedDB (fake-indexeddb) with a device signing key sealed in the same
// store: it survives closing and reopening, tampering at rest is detected, the seed is never
// stored in plaintext, and a wrong key fails with WRONG_KEY without touching the trail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadCore, createAuditStorage, createSecurityPolicy } from '../../js/entry/node.js';
import { AD, CONTEXT, SIGNING_KEY_KEY } from '../../js/security/signing-key.js';

const masterKey = new Uint8Array(32).fill(7);
const FAST_ARGON2 = { opsLimit: 1, memLimitKiB: 8192 };
const entryKey = (seq) => `audit/entry/${String(seq).padStart(12, '0')}`;

function database(name = 'audit-test') {
  const factory = new IDBFactory();
  return { factory, name, storage: () => createAuditStorage({ indexedDB: factory, IDBKeyRange, databaseName: name }) };
}

async function openPolicy(db, key = { masterKey }) {
  const storage = db.storage();
  const security = await createSecurityPolicy({ auditSettings: { enabled: true } }, { storage, key, anchorStorage: storage.anchor });
  return { security, storage };
}

async function rejects(promise, code) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.code, code, error.message);
    return true;
  });
}

// Edits one row of the 'records' object store with IndexedDB itself, as another script could.
async function editRow(db, id, edit) {
  const conn = await new Promise((resolve, reject) => {
    const r = db.factory.open(db.name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = conn.transaction('records', 'readwrite');
  const store = tx.objectStore('records');
  store.get(id).onsuccess = (e) => store.put(edit(e.target.result));
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  conn.close();
}

// Rewrites entry `seq`'s text and recomputes its RFC 9162 leaf hash, so only the Merkle root and
// the signed head can tell.
const rewriteEntry = (seq, from, to) => (row) => {
  const value = JSON.parse(new TextDecoder().decode(row.env));
  value.entry = value.entry.replace(from, to);
  value.leafHash = createHash('sha256').update(Buffer.from([0])).update(value.entry).digest('hex');
  return { ...row, env: new TextEncoder().encode(JSON.stringify(value)) };
};

test('a trail written by one instance verifies after closing and reopening, under the same device key', async () => {
  const db = database();
  const first = await openPolicy(db);
  await first.security.evaluateRequest({ user: 'alice', action: 'read' });
  for (let i = 0; i < 5; i++) await first.security.audit.append('test', { i });
  const headBefore = first.security.audit.head;
  const publicKey = first.security.audit.publicKey;
  assert.equal((await first.security.audit.verify()).ok, true);
  first.security.close();
  first.storage.close();

  const second = await openPolicy(db);
  assert.equal(second.security.audit.publicKey, publicKey, 'the signing key survives the reopen');
  const entries = await second.security.audit.entries();
  assert.deepEqual(entries.slice(0, 2).map((e) => e.type), ['config_loaded', 'decision']);
  assert.equal(entries.length, headBefore.treeSize + 1, 'the reopen appended its config_loaded');
  const result = await second.security.audit.verify();
  assert.equal(result.ok, true, JSON.stringify(result.problems));
  assert.equal(result.head.publicKey, publicKey);
  const core = await loadCore();
  const { verifyTreeHead } = (await import('../../js/core/load-core.js')).moduleOf(core);
  assert.ok(verifyTreeHead(result.head.treeSize, result.head.timestamp, result.head.root, publicKey, result.head.signature));
  // The old head is a prefix of the new tree: consistency proof between them.
  const consistency = await second.security.audit.consistencyProof(headBefore.treeSize);
  assert.equal(consistency.oldRoot, headBefore.root);
  second.security.close();
  second.storage.close();
});

test('tampering with a stored entry in IndexedDB is detected, while open and after a reopen', async () => {
  const db = database('tamper');
  const { security, storage } = await openPolicy(db);
  for (let i = 0; i < 6; i++) await security.audit.append('test', { i });
  assert.equal((await security.audit.verify()).ok, true);

  await editRow(db, entryKey(3), (row) => ({ ...row, env: new TextEncoder().encode(new TextDecoder().decode(row.env).replace('"i\\":2', '"i\\":99')) }));
  const modified = await security.audit.verify();
  assert.equal(modified.ok, false);
  assert.ok(modified.problems.some((p) => p.kind === 'modified' && p.index === 3), JSON.stringify(modified.problems));
  security.close();
  storage.close();

  // A rewrite with a matching leaf hash, done while no instance is open: the reopened log
  // finds that the stored leaves no longer hash to the signed root, and keeps saying so
  // although it signs new heads after it.
  const closed = database('tamper-closed');
  const writer = await openPolicy(closed);
  for (let i = 0; i < 6; i++) await writer.security.audit.append('test', { i });
  writer.security.close();
  writer.storage.close();
  await editRow(closed, entryKey(4), rewriteEntry(4, '"i":3', '"i":42'));
  const reopened = await openPolicy(closed);
  assert.deepEqual((await reopened.security.audit.entries()).find((e) => e.seq === 4).data, { i: 42 });
  const result = await reopened.security.audit.verify();
  assert.equal(result.ok, false);
  // The stored head and, independently, the anchor in its own database both catch it.
  assert.deepEqual(result.problems.map((p) => p.kind), ['root-mismatch', 'forked'], JSON.stringify(result.problems));
  assert.match(result.problems[0].detail, /when the log was opened/);
  reopened.security.close();
  reopened.storage.close();
});

test('the object stores hold the signing seed only sealed', async () => {
  const db = database('at-rest');
  const { security, storage } = await openPolicy(db);
  await security.audit.append('test', { i: 1 });
  const publicKey = security.audit.publicKey;
  security.close();

  // Open the sealed record with the same key to learn the seed, and prove it is the seed.
  const core = await loadCore();
  const record = await storage.get(SIGNING_KEY_KEY);
  assert.equal(record.kind, 'masterKey');
  const keyring = core.crypto.createKeyring([masterKey]);
  const cipher = keyring.cipher(CONTEXT);
  const seed = cipher.decryptBatchSync([Uint8Array.from(atob(record.sealed), (c) => c.charCodeAt(0))], [AD])[0];
  cipher.delete();
  keyring.delete();
  const check = await createSecurityPolicy({}, { signingSeed: seed });
  assert.equal(check.audit.publicKey, publicKey);
  check.close();

  const dump = await storage.dump();
  const rows = Object.values(dump).flat();
  assert.ok(rows.length > 2);
  const hex = Buffer.from(seed).toString('hex');
  const b64 = Buffer.from(seed).toString('base64');
  const seedText = Buffer.from(seed).toString('latin1');
  for (const row of rows) {
    const bytes = row.env instanceof Uint8Array ? Buffer.from(row.env) : Buffer.from(JSON.stringify(row));
    assert.equal(bytes.indexOf(Buffer.from(seed)), -1, `${row.id ?? row.k} holds the raw seed`);
    const text = bytes.toString('utf8');
    assert.ok(!text.includes(hex) && !text.includes(b64) && !text.includes(seedText), `${row.id ?? row.k} holds the seed as text`);
  }
  storage.close();
});

test('a wrong key fails with WRONG_KEY and leaves the stored trail as it was', async () => {
  for (const [right, wrong] of [
    [{ masterKey }, { masterKey: new Uint8Array(32).fill(8) }],
    [{ passphrase: 'correct horse', argon2: FAST_ARGON2 }, { passphrase: 'wrong horse' }],
    [{ passphrase: 'correct horse', argon2: FAST_ARGON2 }, { masterKey }],
  ]) {
    const db = database(`wrong-${Object.keys(wrong)[0]}-${Object.keys(right)[0]}`);
    const first = await openPolicy(db, right);
    await first.security.audit.append('test', { i: 1 });
    first.security.close();
    const before = await first.storage.dump();
    await rejects(openPolicy(db, wrong), 'WRONG_KEY');
    assert.deepEqual(await first.storage.dump(), before, 'nothing was written');
    first.storage.close();
    const again = await openPolicy(db, right);
    const result = await again.security.audit.verify();
    assert.equal(result.ok, true, JSON.stringify(result.problems));
    again.security.close();
    again.storage.close();
  }
});

test('createAuditStorage: named in-memory database, bad options, key with signingSeed', async () => {
  const a = createAuditStorage({ indexedDB: 'memory', databaseName: 'shared-audit' });
  await a.put('audit/x', { n: 1 });
  const b = createAuditStorage({ indexedDB: 'memory', databaseName: 'shared-audit' });
  assert.deepEqual(await b.list('audit/'), [{ key: 'audit/x', value: { n: 1 } }]);
  await b.delete('audit/x');
  assert.equal(await a.get('audit/x'), undefined);
  assert.throws(() => createAuditStorage({ databaseName: '' }), { code: 'INVALID_CONFIG' });
  assert.throws(() => createAuditStorage({ indexedDB: {} }), { code: 'INVALID_CONFIG' });
  await rejects(a.put('', 1), 'INVALID_ARGUMENT');
  await rejects(createSecurityPolicy({}, { storage: a, key: { masterKey }, signingSeed: masterKey }), 'INVALID_CONFIG');
  await rejects(createSecurityPolicy({}, { storage: a, key: {} }), 'INVALID_CONFIG');
});

test('a stored tree head that is not JSON any more is reported, not fatal', async () => {
  const db = database('bad-head');
  const first = await openPolicy(db);
  first.security.close();
  first.storage.close();
  await editRow(db, 'audit/head', (row) => ({ ...row, env: new Uint8Array([0xff, 0x00, 0x7b]) }));
  const again = await openPolicy(db);
  const result = await again.security.audit.verify();
  assert.equal(result.ok, false);
  assert.ok(result.problems.some((p) => p.kind === 'corrupted'), JSON.stringify(result.problems));
  again.security.close();
  again.storage.close();
});

// Every row of one object store of database `name`, or (with rows) the store replaced by them.
async function rowsOf(factory, name, rows) {
  const conn = await new Promise((resolve, reject) => {
    const r = factory.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = conn.transaction('records', rows ? 'readwrite' : 'readonly');
  const store = tx.objectStore('records');
  let out;
  if (rows) {
    store.clear();
    for (const row of rows) store.put(row);
  } else {
    store.getAll().onsuccess = (e) => { out = e.target.result; };
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  conn.close();
  return out;
}

test('two tabs creating the device signing key at once agree on one key', async () => {
  for (const key of [{ masterKey }, { passphrase: 'correct horse', argon2: FAST_ARGON2 }]) {
    const db = database(`race-${Object.keys(key)[0]}`);
    const [a, b] = await Promise.all([openPolicy(db, key), openPolicy(db, key)]);
    const publicKey = a.security.audit.publicKey;
    assert.equal(b.security.audit.publicKey, publicKey, 'both tabs sign with the stored key');
    a.security.close();
    b.security.close();
    a.storage.close();
    b.storage.close();
    const again = await openPolicy(db, key);
    assert.equal(again.security.audit.publicKey, publicKey, 'and it is the key a later open finds');
    again.security.close();
    again.storage.close();
  }
});

test('a stored entry with a broken leaf hash is reported with its index; the log opens and appends go on', async () => {
  const db = database('broken-leaf');
  const first = await openPolicy(db);
  for (let i = 0; i < 5; i++) await first.security.audit.append('event', { i });
  first.security.close();
  first.storage.close();
  await editRow(db, entryKey(3), (row) => {
    const value = JSON.parse(new TextDecoder().decode(row.env));
    return { ...row, env: new TextEncoder().encode(JSON.stringify({ ...value, leafHash: 'not a hash' })) };
  });
  await editRow(db, entryKey(4), (row) => ({ ...row, env: new Uint8Array([0xff, 0xfe]) }));
  const again = await openPolicy(db);
  const { audit } = again.security;
  // Record 3 is read as the hash of its (intact) text, so the heads still agree; record 4 has
  // no text left, so the stored head and the anchor no longer match the leaves either.
  assert.deepEqual(audit.damage.map((p) => [p.index, p.kind]),
    [[3, 'corrupted'], [4, 'corrupted'], [null, 'root-mismatch'], [null, 'forked']], JSON.stringify(audit.damage));
  let result = await audit.verify();
  assert.equal(result.ok, false);
  assert.ok(result.problems.some((p) => p.index === 3), JSON.stringify(result.problems));
  assert.ok(result.problems.some((p) => p.index === 4), JSON.stringify(result.problems));
  // Appends continue, and later entries are provable against the new signed head.
  const { seq } = await audit.append('after', { ok: true });
  assert.equal(seq, audit.size - 1);
  const proof = await audit.inclusionProof(seq);
  const core = await loadCore();
  const { moduleOf } = await import('../../js/core/load-core.js');
  assert.ok(moduleOf(core).verifyInclusion(proof.leafHash, seq, proof.treeSize, JSON.stringify(proof.proof), audit.head.root));
  again.security.close();
  again.storage.close();
  // The damage is still found by the next session: the records stay as they were found.
  const third = await openPolicy(db);
  result = await third.security.audit.verify();
  assert.ok(result.problems.some((p) => p.index === 3) && result.problems.some((p) => p.index === 4));
  third.security.close();
  third.storage.close();
});

test('rolling the audit database back to an older consistent copy is caught by the anchor', async () => {
  const db = database('rollback');
  const first = await openPolicy(db);
  for (let i = 0; i < 3; i++) await first.security.audit.append('event', { i });
  first.security.close();
  first.storage.close();
  const older = await rowsOf(db.factory, db.name);
  const older_anchor = await rowsOf(db.factory, `${db.name}-anchor`);
  const second = await openPolicy(db);
  for (let i = 0; i < 4; i++) await second.security.audit.append('event', { later: i });
  const pinned = { treeSize: second.security.audit.head.treeSize, root: second.security.audit.head.root };
  second.security.close();
  second.storage.close();

  await rowsOf(db.factory, db.name, older); // the audit database alone goes back
  const rolled = await openPolicy(db);
  let result = await rolled.security.audit.verify();
  assert.equal(result.ok, false);
  assert.ok(result.problems.some((p) => p.kind === 'rolled-back'), JSON.stringify(result.problems));
  rolled.security.close();
  rolled.storage.close();

  // Both databases rolled back together: the anchor cannot tell, a head pinned off the device can.
  await rowsOf(db.factory, db.name, older);
  await rowsOf(db.factory, `${db.name}-anchor`, older_anchor);
  const both = await openPolicy(db);
  result = await both.security.audit.verify();
  assert.equal(result.problems.some((p) => p.kind === 'rolled-back'), false, 'the documented gap: same-origin anchor');
  both.security.close();
  both.storage.close();
  const storage = db.storage();
  const withPin = await createSecurityPolicy({ auditSettings: { enabled: true } }, { storage, key: { masterKey }, anchorStorage: storage.anchor, pinnedHead: pinned });
  result = await withPin.audit.verify();
  assert.ok(result.problems.some((p) => p.kind === 'rolled-back' && /pinned head/.test(p.detail)), JSON.stringify(result.problems));
  withPin.close();
  storage.close();

  // A pin whose root the stored entries do not extend: forked.
  const forked = db.storage();
  const fork = await createSecurityPolicy({}, { storage: forked, key: { masterKey }, pinnedHead: { treeSize: 2, root: 'ab'.repeat(32) } });
  assert.ok((await fork.audit.verify()).problems.some((p) => p.kind === 'forked'));
  fork.close();
  forked.close();
  await rejects(createSecurityPolicy({}, { storage: db.storage(), pinnedHead: { treeSize: -1, root: 'x' } }), 'INVALID_CONFIG');
});
