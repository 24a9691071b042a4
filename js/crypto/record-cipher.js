// RecordCipher: encrypts and decrypts records of one context ({ tenant, scope, owner }) in
// batches. XChaCha20-Poly1305 runs inside wasm (one boundary call per batch); AES-256-GCM runs
// through WebCrypto. Decryption reads the algorithm from each envelope, so one store may hold
// both and the reader needs no hint.
import { CopilotError, unwrapStatus } from '../errors.js';
import { AES_ALGORITHM_ID, importRecordKey, openOne, sealAll } from './aes-gcm.js';
import { checkContext } from './checks.js';
import { adBytes, checkBytesList, EMPTY, packAds, packBytes, unpack } from './pack.js';

// From this size on, algorithm 'auto' seals with WebCrypto AES-256-GCM (see #encryptAuto).
// Measured with `BENCH_ONLY=crossover BENCH_ROUNDS=3 BENCH_SECONDS=2 npm run bench -- crypto`
// (one record per call, both through core.crypto, Node 20 on a shared 2-core machine at load
// ~5), WebCrypto AES-GCM rate / wasm XChaCha20 rate:
//   size   256 B  4 KiB  32 KiB  64 KiB  128 KiB  256 KiB  512 KiB  1 MiB  4 MiB  16 MiB
//   ratio  0.08x  0.12x  0.45x   0.60x   0.84x    0.91x    1.17x    1.04x  1.52x  1.73x
// libsodium's ChaCha20 runs as wasm SIMD (README, Encryption core), so the wasm path now leads
// up to 256 KiB (before, WebCrypto led from 64 KiB); from 1 MiB WebCrypto leads. Browsers differ
// (their WebCrypto and wasm engines are not Node's): re-measure there.
export const AUTO_AES_FROM_BYTES = 1024 * 1024;
// Names of src/common/status.h's StatusCode values, indexed by value (from the core, once).
let codeNames = null;

export class RecordCipher {
  #handle;
  #algorithm;
  #context;
  #aesKeys = new Map();
  #aesEpoch = -1;
  #keyring;

  /** @internal Use keyring.cipher(context). */
  static create(module, keyringHandle, context, keyring) {
    const { tenant, scope, owner, algorithm } = checkContext(context);
    const handle = unwrapStatus(module.cryptoCreateCipher(keyringHandle, tenant, scope, owner));
    codeNames ??= module.cryptoStatusCodeNames();
    return new RecordCipher(handle, algorithm, keyring);
  }

  constructor(handle, algorithm, keyring) {
    this.#handle = handle;
    this.#algorithm = algorithm;
    this.#context = handle.context();
    // Keeps the keyring reachable while the cipher is: the keyring's garbage-collection safety
    // net (js/crypto/lifetime.js) must not wipe keys a live cipher still uses.
    this.#keyring = keyring;
  }

  /** 'XChaCha20-Poly1305', 'AES-256-GCM' or 'auto' (per record size): what encrypt* seals with. */
  get algorithm() {
    return this.#algorithm;
  }

  /** Encrypts plaintexts[i] bound to ads[i] (optional, Uint8Array or string); resolves to envelopes in order. */
  async encryptBatch(plaintexts, ads) {
    if (this.#algorithm === 'XChaCha20-Poly1305') return this.encryptBatchSync(plaintexts, ads);
    if (this.#algorithm === 'auto') return this.#encryptAuto(plaintexts, ads);
    checkBytesList(plaintexts, 'plaintexts');
    return this.#sealAes(plaintexts, this.#adList(ads, plaintexts.length));
  }

  // 'auto': each record takes the faster path measured by bench/crypto.bench.js (the table at
  // AUTO_AES_FROM_BYTES): XChaCha20 in wasm below 1 MiB (~10x WebCrypto at 256 bytes, where
  // every WebCrypto call is a promise), WebCrypto AES-256-GCM from 1 MiB. Readers need no hint
  // either way.
  async #encryptAuto(plaintexts, ads) {
    checkBytesList(plaintexts, 'plaintexts');
    const large = [];
    const small = [];
    plaintexts.forEach((p, i) => (p.length >= AUTO_AES_FROM_BYTES ? large : small).push(i));
    if (large.length === 0) return this.#sealXChaCha(plaintexts, ads);
    const adList = this.#adList(ads, plaintexts.length);
    const out = new Array(plaintexts.length);
    const sealedSmall = this.#sealXChaCha(small.map((i) => plaintexts[i]), small.map((i) => adList[i]));
    small.forEach((index, k) => (out[index] = sealedSmall[k]));
    if (large.length > 0) {
      const sealedLarge = await this.#sealAes(large.map((i) => plaintexts[i]), large.map((i) => adList[i]));
      large.forEach((index, k) => (out[index] = sealedLarge[k]));
    }
    return out;
  }

  async #sealAes(plaintexts, adList) {
    const keyId = this.#primaryKeyId();
    const header = unwrapStatus(this.#live().header(AES_ALGORITHM_ID, keyId));
    const key = await this.#aesKey(keyId);
    return sealAll(key, header, this.#context, plaintexts, adList);
  }

  /**
   * Encrypts synchronously inside wasm with XChaCha20-Poly1305 (also for 'auto'; UNSUPPORTED for 'AES-256-GCM').
   * @internal `views: true` returns the envelopes as views into one buffer (no copy per record;
   * they keep the whole batch alive): for callers that copy them on at once (memory's pages).
   */
  encryptBatchSync(plaintexts, ads, { views = false } = {}) {
    if (this.#algorithm === 'AES-256-GCM') {
      throw new CopilotError('UNSUPPORTED', 'AES-256-GCM runs through WebCrypto, which is asynchronous: use encryptBatch');
    }
    return this.#sealXChaCha(plaintexts, ads, views);
  }

  #sealXChaCha(plaintexts, ads, views = false) {
    const p = packBytes(plaintexts, 'plaintexts');
    const a = packAds(ads, plaintexts.length, 'ads');
    try {
      const out = unwrapStatus(this.#live().sealBatch(p.data, p.offsets, a.data, a.offsets));
      if (!views) return unpack(out.data, out.offsets);
      const envelopes = new Array(out.offsets.length - 1);
      for (let i = 0; i < envelopes.length; i++) envelopes[i] = out.data.subarray(out.offsets[i], out.offsets[i + 1]);
      return envelopes;
    } finally {
      // Our concatenation of the plaintexts is zeroed; the caller's own buffer is theirs.
      if (p.copied) p.data.fill(0);
    }
  }

  /**
   * Decrypts envelopes[i] with ads[i]. Rejects with the first failure (its `index` says which
   * record), or with { settle: true } resolves to an array holding a Uint8Array or a
   * CopilotError per record. Codes: INTEGRITY, WRONG_KEY, UNSUPPORTED, INVALID_ARGUMENT.
   * @internal `map(plaintext)`: each opened plaintext is handed to it as a view that is wiped
   * when it returns, and the result holds what it returned (no copy of each plaintext).
   */
  async decryptBatch(envelopes, ads, { settle = false, map } = {}) {
    const { results, keyIds } = this.#openInWasm(envelopes, ads, map);
    const pending = [];
    for (let i = 0; i < results.length; i++) {
      if (results[i] !== AES_PENDING) continue;
      pending.push(
        this.#aesKey(keyIds[i])
          .then((key) => openOne(key, this.#context, envelopes[i], adBytes(ads?.[i], `ads[${i}]`)))
          .then(
            (plain) => (results[i] = map ? mapAndWipe(map, plain) : plain),
            (error) => (results[i] = error),
          ),
      );
    }
    await Promise.all(pending);
    return finish(results, settle);
  }

  /** As decryptBatch, synchronously; AES-256-GCM envelopes fail with UNSUPPORTED (use decryptBatch). */
  decryptBatchSync(envelopes, ads, { settle = false } = {}) {
    const { results } = this.#openInWasm(envelopes, ads);
    for (let i = 0; i < results.length; i++) {
      if (results[i] === AES_PENDING) {
        results[i] = new CopilotError('UNSUPPORTED', 'an AES-256-GCM record opens through WebCrypto: use decryptBatch');
      }
    }
    return finish(results, settle);
  }

  async encrypt(plaintext, ad) {
    return (await this.encryptBatch([plaintext], ad === undefined ? undefined : [ad]))[0];
  }

  async decrypt(envelope, ad) {
    return (await this.decryptBatch([envelope], ad === undefined ? undefined : [ad]))[0];
  }

  /** Frees the handle and forgets cached WebCrypto keys. Idempotent. */
  delete() {
    if (!this.#handle) return;
    this.#handle.delete();
    this.#handle = null;
    this.#aesKeys.clear();
  }

  get deleted() {
    return this.#handle === null;
  }

  #openInWasm(envelopes, ads, map) {
    const e = packBytes(envelopes, 'envelopes');
    const a = packAds(ads, envelopes.length, 'ads');
    const out = unwrapStatus(this.#live().openBatch(e.data, e.offsets, a.data, a.offsets));
    let results;
    if (map) {
      results = new Array(out.offsets.length - 1);
      try {
        for (let i = 0; i < results.length; i++) {
          if (out.codes[i] === 0) results[i] = map(out.data.subarray(out.offsets[i], out.offsets[i + 1]));
        }
      } finally {
        out.data.fill(0);
      }
    } else {
      results = unpack(out.data, out.offsets);
      // The batch buffer of plaintexts, once split into per-record copies, is zeroed.
      if (results[0] !== out.data) out.data.fill(0);
    }
    for (let i = 0; i < results.length; i++) {
      const code = out.codes[i];
      if (code === 0) continue;
      const name = codeNames[code] ?? 'INTERNAL';
      if (name === 'UNSUPPORTED' && out.algorithms[i] === AES_ALGORITHM_ID) {
        results[i] = AES_PENDING;
        continue;
      }
      const error = new CopilotError(name, out.messages[i] || `record ${i} failed with ${name}`);
      error.index = i;
      results[i] = error;
    }
    return { results, keyIds: out.keyIds };
  }

  #adList(ads, count) {
    if (ads === undefined || ads === null) return new Array(count).fill(EMPTY);
    if (!Array.isArray(ads) || ads.length !== count) {
      throw new CopilotError('INVALID_ARGUMENT', `ads must be an array with one entry per record (${count})`);
    }
    return ads.map((ad, i) => adBytes(ad, `ads[${i}]`));
  }

  #primaryKeyId() {
    return unwrapStatus(this.#live().primaryKeyId());
  }

  // WebCrypto keys are cached per key id and dropped whenever the keyring changes, so a
  // destroyed key stops working here too.
  #aesKey(keyId) {
    const epoch = this.#live().keyringEpoch();
    if (epoch !== this.#aesEpoch) {
      this.#aesKeys.clear();
      this.#aesEpoch = epoch;
    }
    let key = this.#aesKeys.get(keyId);
    if (!key) {
      const raw = unwrapStatus(this.#live().recordKey(keyId, AES_ALGORITHM_ID));
      key = importRecordKey(raw);
      this.#aesKeys.set(keyId, key);
      key.catch(() => this.#aesKeys.delete(keyId)); // a failed import is retried next time
    }
    return key;
  }

  #live() {
    if (!this.#handle) throw new CopilotError('CLOSED', 'this cipher was deleted: make a new one with keyring.cipher()');
    return this.#handle;
  }
}

const AES_PENDING = Symbol('aes-pending');

function mapAndWipe(map, plain) {
  try {
    return map(plain);
  } finally {
    plain.fill(0);
  }
}

function finish(results, settle) {
  if (settle) return results;
  for (let i = 0; i < results.length; i++) {
    if (results[i] instanceof Error) {
      if (results[i].index === undefined) results[i].index = i;
      throw results[i];
    }
  }
  return results;
}
