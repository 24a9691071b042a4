// The encryption core through core.crypto: known answers, round trips for every scope and
// both algorithms, tampering, wrong keys, rotation, crypto-shredding and bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, CopilotError } from '../../js/entry/node.js';
import { moduleOf } from '../../js/core/load-core.js';
import { AUTO_AES_FROM_BYTES } from '../../js/crypto/record-cipher.js';
import { packBytes } from '../../js/crypto/pack.js';

const core = await loadCore();
const utf8 = new TextEncoder();
const text = (bytes) => new TextDecoder().decode(bytes);
const hex = (s) => Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
const SCOPES = ['session', 'user', 'organization', 'global', 'ephemeral'];
const ALGORITHMS = ['XChaCha20-Poly1305', 'AES-256-GCM'];
const FAST = { opsLimit: 1, memLimitKiB: 64 };

function freshKeyring() {
  return core.crypto.createKeyring([core.crypto.generateMasterKey()]);
}

async function rejects(promiseOrFn, code) {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn);
  } catch (error) {
    assert.ok(error instanceof CopilotError, `expected a CopilotError, got ${error}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected ${code}, nothing was thrown`);
}

// CRC-16/CCITT-FALSE, to forge an intact header of an unknown version (envelope.h).
function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

test('libsodium known-answer vectors pass inside the wasm build', () => {
  const status = moduleOf(core).cryptoRunKnownAnswerTests();
  assert.equal(status.ok, true, status.message);
});

test('WebCrypto AES-256-GCM matches the GCM specification vectors (test cases 13, 14, 16)', async () => {
  const vectors = [
    { key: '00'.repeat(32), iv: '00'.repeat(12), pt: '', aad: '', ct: '', tag: '530f8afbc74536b9a963b4f1c4cb738b' },
    { key: '00'.repeat(32), iv: '00'.repeat(12), pt: '00'.repeat(16), aad: '', ct: 'cea7403d4d606b6e074ec5d3baf39d18', tag: 'd0d1c8a799996bf0265b98b5d48ab919' },
    {
      key: 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308',
      iv: 'cafebabefacedbaddecaf888',
      pt: 'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39',
      aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
      ct: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
      tag: '76fc6ece0f4e1768cddf8853bb2d551b',
    },
  ];
  for (const v of vectors) {
    const key = await crypto.subtle.importKey('raw', hex(v.key), 'AES-GCM', false, ['encrypt', 'decrypt']);
    const params = { name: 'AES-GCM', iv: hex(v.iv), additionalData: hex(v.aad), tagLength: 128 };
    const sealed = new Uint8Array(await crypto.subtle.encrypt(params, key, hex(v.pt)));
    assert.deepEqual(sealed, hex(v.ct + v.tag));
    assert.deepEqual(new Uint8Array(await crypto.subtle.decrypt(params, key, sealed)), hex(v.pt));
  }
});

test('records round-trip in every scope with both algorithms, and a reader needs no hint', async () => {
  const keyring = freshKeyring();
  const plaintexts = [new Uint8Array(0), utf8.encode('hello'), crypto.getRandomValues(new Uint8Array(4096))];
  const ads = ['', 'record-1', utf8.encode('record-2')];
  for (const scope of SCOPES) {
    const ciphers = ALGORITHMS.map((algorithm) => keyring.cipher({ tenant: 'acme', scope, owner: 'alice', algorithm }));
    for (const writer of ciphers) {
      const envelopes = await writer.encryptBatch(plaintexts, ads);
      const overhead = writer.algorithm === 'AES-256-GCM' ? 36 : 48;
      envelopes.forEach((e, i) => assert.equal(e.length, plaintexts[i].length + overhead));
      assert.equal(core.crypto.inspectEnvelope(envelopes[0]).algorithm, writer.algorithm);
      assert.equal(core.crypto.inspectEnvelope(envelopes[0]).keyId, keyring.primaryKeyId);
      for (const reader of ciphers) assert.deepEqual(await reader.decryptBatch(envelopes, ads), plaintexts, `${scope} ${writer.algorithm} -> ${reader.algorithm}`);
    }
    ciphers.forEach((c) => c.delete());
  }
  keyring.delete();
});

test('the synchronous path round-trips and single-record helpers work', async () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'user', owner: 'o' });
  const envelopes = cipher.encryptBatchSync([utf8.encode('a'), utf8.encode('b')]);
  assert.deepEqual(cipher.decryptBatchSync(envelopes).map(text), ['a', 'b']);
  assert.equal(text(await cipher.decrypt(await cipher.encrypt(utf8.encode('one'), 'k'), 'k')), 'one');
  assert.deepEqual(cipher.encryptBatchSync([]), []);
  keyring.delete();
});

test('nonces are fresh for every record', () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'session', owner: 'o' });
  const envelopes = cipher.encryptBatchSync(Array.from({ length: 5000 }, () => new Uint8Array(1)));
  const nonces = new Set(envelopes.map((e) => Buffer.from(e.subarray(8, 32)).toString('hex')));
  assert.equal(nonces.size, 5000);
  keyring.delete();
});

for (const algorithm of ALGORITHMS) {
  test(`every single-bit flip of a ${algorithm} envelope is rejected with INTEGRITY`, async () => {
    const keyring = freshKeyring();
    const cipher = keyring.cipher({ tenant: 'acme', scope: 'user', owner: 'alice', algorithm });
    const [envelope] = await cipher.encryptBatch([utf8.encode('bits matter')], ['k']);
    const damaged = [];
    for (let bit = 0; bit < envelope.length * 8; bit++) {
      const copy = envelope.slice();
      copy[bit >> 3] ^= 1 << (bit & 7);
      damaged.push(copy);
    }
    const results = await cipher.decryptBatch(damaged, damaged.map(() => 'k'), { settle: true });
    results.forEach((r, bit) => {
      assert.ok(r instanceof CopilotError, `bit ${bit} opened`);
      assert.equal(r.code, 'INTEGRITY', `bit ${bit}: ${r.message}`);
    });
    keyring.delete();
  });

  test(`${algorithm}: another key is WRONG_KEY; another tenant, scope, owner or ad is INTEGRITY`, async () => {
    const keyring = freshKeyring();
    const context = { tenant: 'acme', scope: 'user', owner: 'alice', algorithm };
    const [envelope] = await keyring.cipher(context).encryptBatch([utf8.encode('private')], ['k']);
    const stranger = freshKeyring();
    await rejects(stranger.cipher(context).decrypt(envelope, 'k'), 'WRONG_KEY');
    for (const other of [{ owner: 'bob' }, { tenant: 'globex' }, { scope: 'organization' }]) {
      await rejects(keyring.cipher({ ...context, ...other }).decrypt(envelope, 'k'), 'INTEGRITY');
    }
    await rejects(keyring.cipher(context).decrypt(envelope, 'other-key'), 'INTEGRITY');
    await rejects(keyring.cipher(context).decrypt(envelope), 'INTEGRITY');
    keyring.delete();
    stranger.delete();
  });

  test(`${algorithm}: truncated and oversized envelopes are rejected safely`, async () => {
    const keyring = freshKeyring();
    const cipher = keyring.cipher({ tenant: 't', scope: 'global', algorithm });
    const [envelope] = await cipher.encryptBatch([utf8.encode('length matters')]);
    const broken = [];
    for (let n = 0; n < envelope.length; n++) broken.push(envelope.slice(0, n));
    for (const extra of [1, 16, 1000]) {
      const longer = new Uint8Array(envelope.length + extra);
      longer.set(envelope);
      broken.push(longer);
    }
    const results = await cipher.decryptBatch(broken, undefined, { settle: true });
    results.forEach((r, i) => assert.equal(r.code, 'INTEGRITY', `case ${i}: ${r.message}`));
    keyring.delete();
  });
}

test('an intact header of an unknown version or algorithm is UNSUPPORTED', async () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'user' });
  const [envelope] = cipher.encryptBatchSync([utf8.encode('future')]);
  for (const [offset, value] of [[0, 2], [1, 7]]) {
    const forged = envelope.slice();
    forged[offset] = value;
    const crc = crc16(forged.subarray(0, 6));
    forged[6] = crc >> 8;
    forged[7] = crc & 0xff;
    await rejects(cipher.decrypt(forged), 'UNSUPPORTED');
    assert.throws(() => core.crypto.inspectEnvelope(forged), (e) => e.code === 'UNSUPPORTED');
  }
  keyring.delete();
});

test('rotation keeps old records readable; destroying a key shreds its records', async () => {
  const keyring = freshKeyring();
  const firstId = keyring.primaryKeyId;
  const ciphers = ALGORITHMS.map((algorithm) => keyring.cipher({ tenant: 'acme', scope: 'organization', owner: 'acme', algorithm }));
  const old = await Promise.all(ciphers.map((c) => c.encrypt(utf8.encode(`old ${c.algorithm}`))));
  const secondId = keyring.rotate();
  assert.notEqual(secondId, firstId);
  assert.equal(keyring.primaryKeyId, secondId);
  assert.deepEqual(keyring.keyIds, [firstId, secondId].sort((a, b) => a - b));
  const fresh = await Promise.all(ciphers.map((c) => c.encrypt(utf8.encode(`new ${c.algorithm}`))));
  for (const envelope of fresh) assert.equal(core.crypto.inspectEnvelope(envelope).keyId, secondId);
  for (const c of ciphers) {
    assert.deepEqual((await c.decryptBatch([...old, ...fresh])).map(text), ['old XChaCha20-Poly1305', 'old AES-256-GCM', 'new XChaCha20-Poly1305', 'new AES-256-GCM']);
  }
  keyring.destroyKey(firstId);
  for (const c of ciphers) {
    const results = await c.decryptBatch([...old, ...fresh], undefined, { settle: true });
    assert.equal(results[0].code, 'WRONG_KEY');
    assert.equal(results[1].code, 'WRONG_KEY', 'a cached WebCrypto key must not outlive its master key');
    assert.equal(text(results[2]), 'new XChaCha20-Poly1305');
    assert.equal(text(results[3]), 'new AES-256-GCM');
  }
  keyring.destroyKey(secondId);
  assert.equal(keyring.primaryKeyId, null);
  for (const c of ciphers) await rejects(c.encrypt(utf8.encode('x')), 'WRONG_KEY');
  await rejects(() => keyring.destroyKey(secondId), 'WRONG_KEY');
  keyring.delete();
});

test('a wrapped keyring opens only with its passphrase and keeps keys, primary and Argon2id parameters', async () => {
  const { keyring, wrapped } = core.crypto.openKeyring({ passphrase: 'correct horse', argon2: FAST });
  const cipher = keyring.cipher({ tenant: 't', scope: 'user', owner: 'u' });
  const [envelope] = cipher.encryptBatchSync([utf8.encode('kept')]);
  keyring.rotate();
  const rewrapped = keyring.wrap('correct horse', { opsLimit: 2, memLimitKiB: 128 });
  assert.deepEqual(core.crypto.wrappedKeyringParams(wrapped), { opsLimit: 1, memLimitKiB: 64 });
  assert.deepEqual(core.crypto.wrappedKeyringParams(rewrapped), { opsLimit: 2, memLimitKiB: 128 });
  const { keyring: reopened } = core.crypto.openKeyring({ passphrase: 'correct horse', wrapped: rewrapped });
  assert.deepEqual(reopened.keyIds, keyring.keyIds);
  assert.equal(reopened.primaryKeyId, keyring.primaryKeyId);
  assert.equal(text(reopened.cipher({ tenant: 't', scope: 'user', owner: 'u' }).decryptBatchSync([envelope])[0]), 'kept');
  // Same length as the right one: the passphrase's bytes, not only its length, must count.
  await rejects(() => core.crypto.unwrapKeyring(rewrapped, 'correct horsf'), 'WRONG_KEY');
  await rejects(() => core.crypto.unwrapKeyring(rewrapped, 'wrong'), 'WRONG_KEY');
  await rejects(() => core.crypto.unwrapKeyring(rewrapped, ''), 'INVALID_ARGUMENT');
  const damaged = rewrapped.slice();
  damaged[damaged.length - 1] ^= 1;
  await rejects(() => core.crypto.unwrapKeyring(damaged, 'correct horse'), 'WRONG_KEY');
  await rejects(() => core.crypto.unwrapKeyring(rewrapped.slice(0, 20), 'correct horse'), 'INTEGRITY');
  const future = rewrapped.slice();
  future[0] = 9;
  await rejects(() => core.crypto.unwrapKeyring(future, 'correct horse'), 'UNSUPPORTED');
  await rejects(() => keyring.wrap('pw', { opsLimit: 0 }), 'INVALID_ARGUMENT');
  [keyring, reopened].forEach((k) => k.delete());
});

test('a raw master key opens the same keyring anywhere', () => {
  const masterKey = core.crypto.generateMasterKey();
  assert.equal(masterKey.length, 32);
  const a = core.crypto.openKeyring({ masterKey }).keyring;
  const b = core.crypto.openKeyring({ masterKey: masterKey.slice() }).keyring;
  assert.equal(a.primaryKeyId, b.primaryKeyId);
  const [envelope] = a.cipher({ tenant: 't', scope: 'ephemeral' }).encryptBatchSync([utf8.encode('portable')]);
  assert.equal(text(b.cipher({ tenant: 't', scope: 'ephemeral' }).decryptBatchSync([envelope])[0]), 'portable');
  a.delete();
  b.delete();
});

test('handles: delete() is idempotent, a deleted handle says CLOSED, a deleted keyring is shredded', async () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'user' });
  const [envelope] = cipher.encryptBatchSync([utf8.encode('x')]);
  const survivor = keyring.cipher({ tenant: 't', scope: 'user' });
  keyring.delete();
  keyring.delete();
  assert.equal(keyring.deleted, true);
  await rejects(() => keyring.rotate(), 'CLOSED');
  await rejects(() => keyring.cipher({ tenant: 't', scope: 'user' }), 'CLOSED');
  await rejects(survivor.decrypt(envelope), 'WRONG_KEY');
  cipher.delete();
  cipher.delete();
  await rejects(() => cipher.encryptBatchSync([new Uint8Array(1)]), 'CLOSED');
  survivor.delete();
});

test('batches report the failing record, or settle each', async () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'user' });
  const envelopes = cipher.encryptBatchSync([utf8.encode('a'), utf8.encode('b'), utf8.encode('c')]);
  envelopes[1][20] ^= 0x40;
  const error = await rejects(cipher.decryptBatch(envelopes), 'INTEGRITY');
  assert.equal(error.index, 1);
  const settled = await cipher.decryptBatch(envelopes, undefined, { settle: true });
  assert.equal(text(settled[0]), 'a');
  assert.equal(settled[1].code, 'INTEGRITY');
  assert.equal(text(settled[2]), 'c');
  keyring.delete();
});

test('bad input gets a clear error with a code', async () => {
  const keyring = freshKeyring();
  const cipher = keyring.cipher({ tenant: 't', scope: 'user' });
  const aes = keyring.cipher({ tenant: 't', scope: 'user', algorithm: 'AES-256-GCM' });
  await rejects(() => cipher.encryptBatchSync(['text']), 'INVALID_ARGUMENT');
  await rejects(() => cipher.encryptBatchSync('not an array'), 'INVALID_ARGUMENT');
  await rejects(() => cipher.encryptBatchSync([new Uint16Array(2)]), 'INVALID_ARGUMENT');
  await rejects(() => cipher.encryptBatchSync([new Uint8Array(1)], ['a', 'b']), 'INVALID_ARGUMENT');
  await rejects(() => cipher.encryptBatchSync([new Uint8Array(1)], [42]), 'INVALID_ARGUMENT');
  await rejects(aes.encryptBatch([new Uint8Array(1)], ['a', 'b']), 'INVALID_ARGUMENT');
  await rejects(aes.encryptBatch([null]), 'INVALID_ARGUMENT');
  await rejects(() => cipher.decryptBatchSync([{}]), 'INVALID_ARGUMENT');
  await rejects(() => aes.encryptBatchSync([new Uint8Array(1)]), 'UNSUPPORTED');
  const [aesEnvelope] = await aes.encryptBatch([new Uint8Array(1)]);
  await rejects(() => cipher.decryptBatchSync([aesEnvelope]), 'UNSUPPORTED');
  await rejects(() => keyring.cipher({ tenant: 't', scope: 'tenant' }), 'INVALID_ARGUMENT');
  await rejects(() => keyring.cipher({ tenant: 7, scope: 'user' }), 'INVALID_ARGUMENT');
  await rejects(() => keyring.cipher({ tenant: 't', scope: 'user', algorithm: 'AES-128-CBC' }), 'UNSUPPORTED');
  await rejects(() => keyring.cipher({ tenant: 'x'.repeat(2000), scope: 'user' }), 'INVALID_ARGUMENT');
  await rejects(() => keyring.cipher(null), 'INVALID_ARGUMENT');
  await rejects(() => keyring.add(new Uint8Array(31)), 'INVALID_ARGUMENT');
  await rejects(() => keyring.add('0'.repeat(32)), 'INVALID_ARGUMENT');
  await rejects(() => keyring.setPrimary(-1), 'INVALID_ARGUMENT');
  await rejects(() => keyring.setPrimary(123), 'WRONG_KEY');
  await rejects(() => core.crypto.openKeyring({}), 'INVALID_ARGUMENT');
  await rejects(() => core.crypto.openKeyring({ passphrase: 42 }), 'INVALID_ARGUMENT');
  await rejects(() => core.crypto.unwrapKeyring('bytes', 'pw'), 'INVALID_ARGUMENT');
  await rejects(() => core.crypto.inspectEnvelope([1, 2, 3]), 'INVALID_ARGUMENT');
  await rejects(() => core.crypto.inspectEnvelope(new Uint8Array(3)), 'INTEGRITY');
  [cipher, aes, keyring].forEach((h) => h.delete());
});

test('the shared crypto scenario (also run in workerd and Chromium) passes in Node', async () => {
  const { runCryptoSmoke } = await import('../shared/crypto-smoke.js');
  const { assertChecks } = await import('../shared/assert-checks.js');
  assertChecks(await runCryptoSmoke());
});

test('a cipher outliving its deleted keyring fails with WRONG_KEY for both algorithms', async () => {
  const keyring = freshKeyring();
  const ciphers = ALGORITHMS.map((algorithm) => keyring.cipher({ tenant: 't', scope: 'user', algorithm }));
  keyring.delete();
  for (const c of ciphers) {
    await rejects(c.encryptBatch([new Uint8Array(1)]), 'WRONG_KEY');
    c.delete();
  }
});

test('a keyring wraps under a non-extractable WebCrypto key and reopens only with it', async () => {
  const kek = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const other = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const keyring = freshKeyring();
  keyring.rotate();
  const wrapped = await keyring.wrapWithKey(kek);
  const reopened = await core.crypto.unwrapKeyringWithKey(wrapped, kek);
  assert.deepEqual(reopened.keyIds, keyring.keyIds);
  assert.equal(reopened.primaryKeyId, keyring.primaryKeyId);
  await rejects(core.crypto.unwrapKeyringWithKey(wrapped, other), 'WRONG_KEY');
  const damaged = wrapped.slice();
  damaged[20] ^= 1;
  await rejects(core.crypto.unwrapKeyringWithKey(damaged, kek), 'WRONG_KEY');
  await rejects(core.crypto.unwrapKeyringWithKey(wrapped.slice(0, 10), kek), 'INTEGRITY');
  await rejects(() => core.crypto.unwrapKeyring(wrapped, 'pw'), 'UNSUPPORTED');
  await rejects(core.crypto.unwrapKeyringWithKey(keyring.wrap('pw', FAST), kek), 'UNSUPPORTED');
  await rejects(keyring.wrapWithKey('not a key'), 'INVALID_ARGUMENT');
  keyring.delete();
  reopened.delete();
});

test("algorithm 'auto' seals small records in wasm and large ones with WebCrypto; one reader opens both", async () => {
  const keyring = freshKeyring();
  const auto = keyring.cipher({ tenant: 't', scope: 'user', owner: 'o', algorithm: 'auto' });
  const large = crypto.getRandomValues(new Uint8Array(65536)).slice();
  const big = new Uint8Array(16 * 1024 * 1024);
  for (let i = 0; i < big.length; i += 65536) big.set(large, i);
  const records = [utf8.encode('small'), big, utf8.encode('also small')];
  const envelopes = await auto.encryptBatch(records, ['a', 'b', 'c']);
  assert.deepEqual(envelopes.map((e) => core.crypto.inspectEnvelope(e).algorithm), ['XChaCha20-Poly1305', 'AES-256-GCM', 'XChaCha20-Poly1305']);
  const reader = keyring.cipher({ tenant: 't', scope: 'user', owner: 'o' });
  assert.deepEqual(await reader.decryptBatch(envelopes, ['a', 'b', 'c']), records);
  assert.equal(core.crypto.inspectEnvelope(auto.encryptBatchSync([big])[0]).algorithm, 'XChaCha20-Poly1305');
  // The measured threshold (js/crypto/record-cipher.js): one byte below it stays in wasm.
  const edge = await auto.encryptBatch([big.subarray(0, AUTO_AES_FROM_BYTES - 1), big.subarray(0, AUTO_AES_FROM_BYTES)]);
  assert.deepEqual(edge.map((e) => core.crypto.inspectEnvelope(e).algorithm), ['XChaCha20-Poly1305', 'AES-256-GCM']);
  assert.equal(AUTO_AES_FROM_BYTES, 1024 * 1024);
  [auto, reader, keyring].forEach((h) => h.delete());
});

// Sealing overwrites the plaintext where it lies and opening wipes the buffer it decrypted in:
// small records through sodium_memzero, large ones through the native fill (wasm/boundary.h).
test('no plaintext stays in wasm memory after a batch is sealed or opened, small or large', () => {
  const heap = () => moduleOf(core).HEAPU8;
  const marker = crypto.getRandomValues(new Uint8Array(32));
  const contains = (bytes) => {
    for (let at = heap().indexOf(marker[0]); at !== -1; at = heap().indexOf(marker[0], at + 1)) {
      if (marker.every((byte, i) => bytes[at + i] === byte)) return true;
    }
    return false;
  };
  const cipher = freshKeyring().cipher({ tenant: 'acme', scope: 'user', owner: 'alice' });
  for (const size of [200, 4096, 1 << 20]) {
    const plaintext = new Uint8Array(size);
    for (let at = 0; at + marker.length <= size; at += marker.length) plaintext.set(marker, at);
    const sealed = cipher.encryptBatchSync([plaintext], [utf8.encode('ad')]);
    assert.equal(contains(heap()), false, `plaintext of ${size} B left after sealing`);
    const [opened] = cipher.decryptBatchSync(sealed, [utf8.encode('ad')]);
    assert.deepEqual(opened, plaintext);
    assert.equal(contains(heap()), false, `plaintext of ${size} B left after opening`);
  }
});

test('records cut from one buffer cross without a concatenation copy, and the caller keeps its bytes', () => {
  const cipher = freshKeyring().cipher({ tenant: 'acme', scope: 'user', owner: 'alice' });
  const packed = utf8.encode('first|second record||last');
  const cuts = [0, 6, 19, 20, 26];
  const views = cuts.slice(1).map((end, i) => packed.subarray(cuts[i], end));
  const shuffled = [views[1], views[0], views[3], views[2]]; // same buffer, not back to back
  const direct = packBytes(views, 'plaintexts');
  assert.equal(direct.copied, false);
  assert.equal(direct.data.buffer, packed.buffer, 'back-to-back views cross as their own buffer');
  assert.equal(packBytes(shuffled, 'plaintexts').copied, true);
  for (const list of [views, shuffled]) {
    const sealed = cipher.encryptBatchSync(list, list.map(() => 'ad'));
    const opened = cipher.decryptBatchSync(sealed, list.map(() => 'ad'));
    assert.deepEqual(opened.map(text), list.map(text));
  }
  assert.equal(text(packed), 'first|second record||last', "the caller's buffer is not zeroed or changed");
});
