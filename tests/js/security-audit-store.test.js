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
  const security = await createSecurityPolicy({ auditSettings: { enabled: true } }, { storage, key });
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
  assert.deepEqual(result.problems.map((p) => p.kind), ['root-mismatch'], JSON.stringify(result.problems));
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
