// Key handles and key operations: the garbage-collection safety net for handles nobody
// deletes, key events (and that the session writes them into its audit trail without secret
// bytes), passphrases as wipeable bytes, and one Argon2id run for several keyrings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadCore, CopilotError, createEnterpriseConfig, openCopilotSession } from '../../js/entry/node.js';
import { moduleOf } from '../../js/core/load-core.js';

// node --test starts each file without --expose-gc: turn it on for this file only.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const core = await loadCore();
const module = moduleOf(core);
const FAST = { opsLimit: 1, memLimitKiB: 64 };
const utf8 = new TextEncoder();

async function collectGarbage(until) {
  for (let i = 0; i < 50 && !until(); i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function throwsCode(fn, code) {
  assert.throws(fn, (error) => error instanceof CopilotError && error.code === code);
}

test('a keyring nobody deletes is wiped and freed in wasm when it is garbage-collected', async () => {
  const events = [];
  const stop = core.crypto.onKeyEvent((e) => events.push(e));
  const before = module.cryptoLiveKeyrings();
  (() => {
    for (let i = 0; i < 4; i++) {
      const ring = core.crypto.createKeyring([core.crypto.generateMasterKey()]);
      ring.cipher({ tenant: 'acme', scope: 'user', owner: 'alice' }).encryptBatchSync([utf8.encode('forgotten')]);
    }
  })();
  assert.equal(module.cryptoLiveKeyrings(), before + 4);
  await collectGarbage(() => module.cryptoLiveKeyrings() === before);
  assert.equal(module.cryptoLiveKeyrings(), before, 'the four forgotten keyrings were freed in wasm');
  assert.ok(events.filter((e) => e.operation === 'collect').length >= 4, 'the safety net reported each one');
  stop();
});

test('a cipher keeps its keyring alive: the safety net never wipes keys still in use', async () => {
  const cipher = (() => core.crypto.createKeyring([core.crypto.generateMasterKey()]).cipher({ tenant: 't', scope: 'session' }))();
  await collectGarbage(() => false);
  const [sealed] = cipher.encryptBatchSync([utf8.encode('still here')]);
  assert.equal(new TextDecoder().decode(cipher.decryptBatchSync([sealed])[0]), 'still here');
  cipher.delete();
});

test('explicit delete unregisters the handle and is reported once', async () => {
  const events = [];
  const stop = core.crypto.onKeyEvent((e) => events.push(e));
  const before = module.cryptoLiveKeyrings();
  const keyId = (() => {
    const ring = core.crypto.createKeyring([core.crypto.generateMasterKey()]);
    const id = ring.primaryKeyId;
    ring.delete();
    return id;
  })();
  assert.equal(module.cryptoLiveKeyrings(), before);
  await collectGarbage(() => false);
  // (Keyrings other tests left to the collector may be reported here too: only ours counts.)
  const ours = events.filter((e) => e.keyId === keyId || e.keyIds.includes(keyId) || e.operation === 'create');
  assert.deepEqual(ours.map((e) => e.operation), ['create', 'add', 'delete']);
  stop();
});

test('key operations are reported with ids, scope, algorithm and outcome, never key material', async () => {
  const events = [];
  const stop = core.crypto.onKeyEvent((e) => events.push(e));
  const master = core.crypto.generateMasterKey();
  const ring = core.crypto.createKeyring([master]);
  const first = ring.primaryKeyId;
  const second = ring.rotate();
  const cipher = ring.cipher({ tenant: 'acme', scope: 'organization', algorithm: 'AES-256-GCM' });
  const wrapped = ring.wrap('pass phrase', FAST);
  ring.destroyKey(first);
  throwsCode(() => ring.destroyKey(first), 'WRONG_KEY');
  const reopened = core.crypto.unwrapKeyring(wrapped, 'pass phrase');
  throwsCode(() => core.crypto.unwrapKeyring(wrapped, 'wrong'), 'WRONG_KEY');
  stop();
  events.splice(0, events.length, ...events.filter((e) => e.operation !== 'collect'));
  const ops = events.map((e) => `${e.operation}:${e.outcome}`);
  assert.equal(ops.shift(), 'create:ok'); // generateMasterKey
  events.shift();
  assert.deepEqual(ops, ['add:ok', 'rotate:ok', 'derive:ok', 'wrap:ok', 'destroy:ok', 'destroy:error', 'unwrap:ok', 'unwrap:error']);
  assert.equal(events[1].keyId, second);
  assert.deepEqual(events[1].keyIds, [first].sort());
  assert.deepEqual({ scope: events[2].scope, algorithm: events[2].algorithm, keyId: events[2].keyId }, { scope: 'organization', algorithm: 'AES-256-GCM', keyId: second });
  assert.equal(events[4].keyId, first);
  assert.equal(events[5].code, 'WRONG_KEY');
  assert.deepEqual(events[6].keyIds, [first, second].sort((a, b) => a - b));
  assert.equal(events[7].code, 'WRONG_KEY');
  assert.ok(events.every((e) => Object.isFrozen(e) && typeof e.at === 'number'));
  assertNoSecret(JSON.stringify(events), master);
  cipher.delete();
  ring.delete();
  reopened.delete();
});

test('a Uint8Array passphrase is zeroed after use and opens what the same string wrapped', () => {
  const bytes = utf8.encode('correct horse');
  const { keyring, wrapped } = core.crypto.openKeyring({ passphrase: bytes, argon2: FAST });
  assert.ok(bytes.every((b) => b === 0), 'wiped after use');
  throwsCode(() => core.crypto.openKeyring({ passphrase: bytes, wrapped }), 'INVALID_ARGUMENT');
  const again = core.crypto.unwrapKeyring(wrapped, 'correct horse');
  assert.deepEqual(again.keyIds, keyring.keyIds);
  const rewrapBytes = utf8.encode('battery staple');
  const rewrapped = keyring.wrap(rewrapBytes, FAST);
  assert.ok(rewrapBytes.every((b) => b === 0));
  assert.deepEqual(core.crypto.unwrapKeyring(rewrapped, utf8.encode('battery staple')).keyIds, keyring.keyIds);
  throwsCode(() => core.crypto.openKeyring({ passphrase: new Uint8Array(0) }), 'INVALID_ARGUMENT');
  throwsCode(() => core.crypto.openKeyring({ passphrase: 42 }), 'INVALID_ARGUMENT');
  keyring.delete();
  again.delete();
});

test('one Passphrase wraps and opens several keyrings with one Argon2id run', () => {
  const bytes = utf8.encode('one unlock');
  const passphrase = core.crypto.createPassphrase(bytes);
  assert.ok(bytes.every((b) => b === 0), 'the caller bytes are zeroed at once');
  const a = core.crypto.openKeyring({ passphrase, argon2: FAST });
  const b = core.crypto.openKeyring({ passphrase, argon2: FAST });
  assert.equal(passphrase.derivations, 1);
  passphrase.destroy();
  passphrase.destroy();
  throwsCode(() => passphrase.derivations, 'CLOSED');
  throwsCode(() => core.crypto.openKeyring({ passphrase, wrapped: a.wrapped }), 'CLOSED');

  const unlock = core.crypto.createPassphrase('one unlock');
  const a2 = core.crypto.unwrapKeyring(a.wrapped, unlock);
  const b2 = core.crypto.unwrapKeyring(b.wrapped, unlock);
  assert.equal(unlock.derivations, 1, 'the second keyring shares the salt: no second Argon2id');
  assert.deepEqual([a2.keyIds, b2.keyIds], [a.keyring.keyIds, b.keyring.keyIds]);
  // Each still opens alone, and a keyring with its own salt costs one more run.
  assert.deepEqual(core.crypto.unwrapKeyring(b.wrapped, 'one unlock').keyIds, b.keyring.keyIds);
  const alone = a.keyring.wrap('one unlock', FAST);
  core.crypto.unwrapKeyring(alone, unlock).delete();
  assert.equal(unlock.derivations, 2);
  const wrong = core.crypto.createPassphrase('two unlocks');
  throwsCode(() => core.crypto.unwrapKeyring(a.wrapped, wrong), 'WRONG_KEY');
  for (const k of [a.keyring, b.keyring, a2, b2]) k.delete();
  unlock.destroy();
  wrong.destroy();
});

test('the session writes key operations into its audit trail, with no secret bytes', async () => {
  const indexedDB = new IDBFactory();
  const config = createEnterpriseConfig({});
  const identity = { organizationId: 'acme', userId: 'alice', sessionId: 's1' };
  const secret = 'audit horse battery';
  const bytes = utf8.encode(secret);
  const session = await openCopilotSession({ config, identity, unlock: { passphrase: bytes, argon2: FAST }, indexedDB, IDBKeyRange });
  assert.ok(bytes.every((b) => b === 0), 'the Uint8Array passphrase was zeroed');
  const master = core.crypto.generateMasterKey();
  const ring = core.crypto.createKeyring([master]);
  const rotated = ring.rotate();
  ring.destroyKey(rotated);
  ring.delete();
  await session.memory.rotateKeys('user');
  await session.flushAudit();
  const entries = (await session.security.audit.entries()).filter((e) => e.type === 'key_operations');
  assert.ok(entries.length >= 1);
  const operations = entries.flatMap((e) => e.data.operations);
  assert.ok(operations.some((o) => o.operation === 'rotate' && o.keyId === rotated), 'the rotation is there');
  assert.ok(operations.some((o) => o.operation === 'destroy' && o.keyId === rotated && o.outcome === 'ok'), 'the destroy is there');
  assert.ok(operations.some((o) => o.operation === 'unwrap' || o.operation === 'wrap'), 'the unlock is there');
  assert.ok(operations.some((o) => o.operation === 'derive' && o.scope === 'user'));
  const all = JSON.stringify(await session.security.audit.entries());
  assertNoSecret(all, master);
  assert.ok(!all.includes(secret), 'no passphrase');
  session.close();

  // The next unlock (a string this time) opens the same stores.
  const again = await openCopilotSession({ config, identity, unlock: { passphrase: secret, argon2: FAST }, indexedDB, IDBKeyRange });
  again.close();
  await assert.rejects(
    openCopilotSession({ config, identity, unlock: { passphrase: 'wrong', argon2: FAST }, indexedDB, IDBKeyRange }),
    (error) => error.code === 'WRONG_KEY',
  );
});

// The key in every encoding an entry could carry it: hex, base64, or a JSON list of bytes.
function assertNoSecret(text, key) {
  const hex = Buffer.from(key).toString('hex');
  const base64 = Buffer.from(key).toString('base64');
  for (const form of [hex, base64, base64.replace(/=+$/, ''), Array.from(key).join(','), hex.slice(0, 16)]) {
    assert.ok(!text.includes(form), `key material (${form.slice(0, 8)}...) leaked into ${text.slice(0, 80)}...`);
  }
}
