// Record encryption against its peers, in one process:
//   - libsodium-wrappers (libsodium's own prebuilt wasm), XChaCha20-Poly1305-IETF, one call per
//     record with a fresh random nonce and associated data, as an application would use it;
//   - WebCrypto AES-256-GCM called directly.
// Ours: core.crypto record ciphers, envelope and associated-data binding included.
// Run: npm run bench -- crypto
//   BENCH_SECONDS   time per case and implementation (default 3), split over BENCH_ROUNDS
//   BENCH_ROUNDS    interleaved rounds, the median is kept (default 3)
//   BENCH_BASELINE  comma-separated folders, each holding another build's copilot-core.mjs +
//                   .wasm (say, main's dist/ copied aside, or a build with other libsodium flags,
//                   see README): their XChaCha20 rows are measured in the same run, so what a
//                   change gave is a same-run ratio
//   BENCH_ONLY      comma-separated case groups: batch, big, crossover (default: all)
import { pathToFileURL } from 'node:url';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sodium from 'libsodium-wrappers';
import { loadCore } from '../js/entry/node.js';
import { buildCrypto } from '../js/crypto/index.js';
import { AUTO_AES_FROM_BYTES } from '../js/crypto/record-cipher.js';
import { measure, printTable } from './harness.js';

const RECORDS = 10_000;
const RECORD_BYTES = 256;
const BIG_BYTES = 16 * 1024 * 1024;
const seconds = Number(process.env.BENCH_SECONDS ?? 3);

await sodium.ready;
const core = await loadCore();
const masterKey = core.crypto.generateMasterKey();
const keyring = core.crypto.createKeyring([masterKey]);
const context = { tenant: 'acme', scope: 'user', owner: 'alice' };
const xchacha = keyring.cipher(context);
const only = new Set((process.env.BENCH_ONLY ?? 'batch,big,crossover').split(','));
const baselines = await Promise.all((process.env.BENCH_BASELINE ?? '').split(',').filter(Boolean).map((dir) => loadBaseline(resolve(dir))));

// Another build of the core, instantiated beside ours (the crypto facet only).
async function loadBaseline(dir) {
  const { default: factory } = await import(pathToFileURL(`${dir}/copilot-core.mjs`).href);
  const wasmModule = await WebAssembly.compile(await readFile(`${dir}/copilot-core.wasm`));
  const module = await factory({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule));
      return {};
    },
    locateFile: (path) => path,
    getRandomValue: () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0],
  });
  module.initialize();
  const crypto = buildCrypto(module);
  const ring = crypto.createKeyring([masterKey]); // the same key: each opens the other's records
  return { name: `baseline ${dir.split('/').slice(-2).join('/')}`, cipher: ring.cipher(context) };
}
const aes = keyring.cipher({ ...context, algorithm: 'AES-256-GCM' });
const auto = keyring.cipher({ ...context, algorithm: 'auto' });

const records = Array.from({ length: RECORDS }, () => sodium.randombytes_buf(RECORD_BYTES));
const ads = Array.from({ length: RECORDS }, (_, i) => `record-${i}`);
const adBytes = ads.map((ad) => new TextEncoder().encode(ad));
const big = new Uint8Array(BIG_BYTES);
for (let i = 0; i < BIG_BYTES; i += 65536) crypto.getRandomValues(big.subarray(i, i + 65536));

const sodiumKey = sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
function sodiumSeal(plaintext, ad) {
  const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  return [nonce, sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, sodiumKey)];
}
// The same, with the nonce drawn by one crypto.getRandomValues call instead of libsodium's
// randombytes_buf (which crosses into JavaScript once per byte in its wasm build): the fairest
// libsodium-wrappers an application could write.
function sodiumSealFastNonce(plaintext, ad) {
  const nonce = crypto.getRandomValues(new Uint8Array(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES));
  return [nonce, sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, ad, null, nonce, sodiumKey)];
}
const aesKey = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), 'AES-GCM', false, ['encrypt', 'decrypt']);
function webCryptoSeal(plaintext, ad) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  return crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ad }, aesKey, plaintext);
}

const sealedOurs = xchacha.encryptBatchSync(records, ads);
const sealedSodium = records.map((r, i) => sodiumSeal(r, adBytes[i]));
const rows = [];
const MB = BIG_BYTES / 1e6;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// Measures every implementation of a case in turn, ROUNDS times over, and keeps each one's
// median rate: on a shared machine the load drifts, and interleaving spreads it evenly.
// The first implementation is the peer the ratios are taken against.
async function rates(functions, unitsPerCall, budget = seconds) {
  const all = functions.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < functions.length; i++) {
      all[i].push((await measure(functions[i], { seconds: budget / ROUNDS, unitsPerCall })).rate);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return all.map(median);
}

async function group(name, unit, unitsPerCall, implementations) {
  const medians = await rates(implementations.map(([, fn]) => fn), unitsPerCall);
  implementations.forEach(([implementation], i) => {
    rows.push({ case: name, implementation, rate: medians[i], unit, 'vs peer': i === 0 ? 'peer' : `${(medians[i] / medians[0]).toFixed(2)}x` });
  });
}

const withBaseline = (rowsOf) => baselines.flatMap((b) => rowsOf(b.cipher).map(([n, f]) => [`${b.name}: ${n}`, f]));
if (only.has('batch')) {
  await group('seal 10,000 x 256 B', 'records/s', RECORDS, [
    ['libsodium-wrappers (getRandomValues nonce)', () => records.map((r, i) => sodiumSealFastNonce(r, adBytes[i]))],
    ['libsodium-wrappers (randombytes_buf nonce)', () => records.map((r, i) => sodiumSeal(r, adBytes[i]))],
    ['copilot XChaCha20 (wasm batch)', () => xchacha.encryptBatchSync(records, ads)],
    ...withBaseline((c) => [['XChaCha20 (wasm batch)', () => c.encryptBatchSync(records, ads)]]),
    ['copilot AES-256-GCM (WebCrypto)', () => aes.encryptBatch(records, ads)],
    ["copilot 'auto'", () => auto.encryptBatch(records, ads)],
    ['WebCrypto AES-256-GCM direct', () => Promise.all(records.map((r, i) => webCryptoSeal(r, adBytes[i])))],
  ]);
  await group('open 10,000 x 256 B', 'records/s', RECORDS, [
    ['libsodium-wrappers', () => sealedSodium.map(([nonce, c], i) => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, c, adBytes[i], nonce, sodiumKey))],
    ['copilot XChaCha20 (wasm batch)', () => xchacha.decryptBatchSync(sealedOurs, ads)],
    ...withBaseline((c) => [['XChaCha20 (wasm batch)', () => c.decryptBatchSync(sealedOurs, ads)]]),
  ]);
}
const bigAd = new Uint8Array([1, 2, 3]);
if (only.has('big')) {
  await group('seal 16 MiB', 'MB/s', MB, [
    ['libsodium-wrappers', () => sodiumSealFastNonce(big, bigAd)],
    ['copilot XChaCha20 (wasm)', () => xchacha.encryptBatchSync([big], [bigAd])],
    ...withBaseline((c) => [['XChaCha20 (wasm)', () => c.encryptBatchSync([big], [bigAd])]]),
    ['copilot AES-256-GCM (WebCrypto)', () => aes.encryptBatch([big], [bigAd])],
    ["copilot 'auto'", () => auto.encryptBatch([big], [bigAd])],
    ['WebCrypto AES-256-GCM direct', () => webCryptoSeal(big, bigAd)],
  ]);
  const [bigNonce, bigSealed] = sodiumSeal(big, bigAd);
  const bigOurs = xchacha.encryptBatchSync([big], [bigAd]);
  await group('open 16 MiB', 'MB/s', MB, [
    ['libsodium-wrappers', () => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bigSealed, bigAd, bigNonce, sodiumKey)],
    ['copilot XChaCha20 (wasm)', () => xchacha.decryptBatchSync(bigOurs, [bigAd])],
    ...withBaseline((c) => [['XChaCha20 (wasm)', () => c.decryptBatchSync(bigOurs, [bigAd])]]),
  ]);
}

if (rows.length > 0) printTable(
  `Record encryption, Node ${process.versions.node}: median of ${ROUNDS} interleaved rounds, ${seconds} s per implementation ("vs peer" = rate / the peer row's rate in the same case)`,
  ['case', 'implementation', 'rate', 'unit', 'vs peer'], rows);
// The 'auto' crossover: one record per call, wasm XChaCha20 against WebCrypto AES-256-GCM
// (both through core.crypto, envelope included), at sizes from 256 B to 16 MiB.
if (only.has('crossover')) {
  const crossover = [];
  // Every 4x from 256 B, every 2x between 16 KiB and 1 MiB where the paths cross.
  for (let size = 256; size <= BIG_BYTES; size *= size >= 16384 && size < 1 << 20 ? 2 : 4) {
    const record = big.subarray(0, size);
    const [wasm, webcrypto] = await rates([() => xchacha.encryptBatchSync([record], [bigAd]), () => aes.encryptBatch([record], [bigAd])], size / 1e6, seconds / 2);
    crossover.push({
      size: size >= 1 << 20 ? `${size >> 20} MiB` : size >= 1024 ? `${size >> 10} KiB` : `${size} B`,
      'XChaCha20 wasm MB/s': wasm,
      'AES-GCM WebCrypto MB/s': webcrypto,
      'WebCrypto / wasm': `${(webcrypto / wasm).toFixed(2)}x`,
      "'auto' picks": size >= AUTO_AES_FROM_BYTES ? 'AES-GCM' : 'XChaCha20',
    });
  }
  printTable(`'auto' crossover, Node ${process.versions.node}, one record per call, median of ${ROUNDS} rounds`,
    ['size', 'XChaCha20 wasm MB/s', 'AES-GCM WebCrypto MB/s', 'WebCrypto / wasm', "'auto' picks"], crossover);
}

xchacha.delete();
aes.delete();
auto.delete();
keyring.delete();
