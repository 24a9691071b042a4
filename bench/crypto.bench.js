// Record encryption against its peers, in one process:
//   - libsodium-wrappers (libsodium's own prebuilt wasm), XChaCha20-Poly1305-IETF, one call per
//     record with a fresh random nonce and associated data, as an application would use it;
//   - WebCrypto AES-256-GCM called directly.
// Ours: core.crypto record ciphers, envelope and associated-data binding included.
// Run: npm run bench -- crypto
import sodium from 'libsodium-wrappers';
import { loadCore } from '../js/entry/node.js';
import { measure, printTable } from './harness.js';

const RECORDS = 10_000;
const RECORD_BYTES = 256;
const BIG_BYTES = 16 * 1024 * 1024;
const seconds = Number(process.env.BENCH_SECONDS ?? 2);

await sodium.ready;
const core = await loadCore();
const keyring = core.crypto.createKeyring([core.crypto.generateMasterKey()]);
const context = { tenant: 'acme', scope: 'user', owner: 'alice' };
const xchacha = keyring.cipher(context);
const aes = keyring.cipher({ ...context, algorithm: 'AES-256-GCM' });

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
async function row(name, implementation, fn, unitsPerCall, unit, peer) {
  const { rate } = await measure(fn, { seconds, unitsPerCall });
  const ratio = peer ? rate / peer.rate : undefined;
  rows.push({ case: name, implementation, rate, unit, 'vs peer': ratio === undefined ? '' : `${ratio.toFixed(2)}x` });
  return { rate };
}
const MB = BIG_BYTES / 1e6;

await row('seal 10,000 x 256 B', 'libsodium-wrappers (randombytes_buf nonce)', () => records.map((r, i) => sodiumSeal(r, adBytes[i])), RECORDS, 'records/s');
// The peer for ratios is the faster variant.
let peer = await row('seal 10,000 x 256 B', 'libsodium-wrappers (getRandomValues nonce)', () => records.map((r, i) => sodiumSealFastNonce(r, adBytes[i])), RECORDS, 'records/s');
await row('seal 10,000 x 256 B', 'copilot XChaCha20 (wasm batch)', () => xchacha.encryptBatchSync(records, ads), RECORDS, 'records/s', peer);
await row('seal 10,000 x 256 B', 'copilot AES-256-GCM (WebCrypto)', () => aes.encryptBatch(records, ads), RECORDS, 'records/s', peer);
await row('seal 10,000 x 256 B', 'WebCrypto AES-256-GCM direct', () => Promise.all(records.map((r, i) => webCryptoSeal(r, adBytes[i]))), RECORDS, 'records/s', peer);

peer = await row('open 10,000 x 256 B', 'libsodium-wrappers',
  () => sealedSodium.map(([nonce, c], i) => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, c, adBytes[i], nonce, sodiumKey)),
  RECORDS, 'records/s');
await row('open 10,000 x 256 B', 'copilot XChaCha20 (wasm batch)', () => xchacha.decryptBatchSync(sealedOurs, ads), RECORDS, 'records/s', peer);

const bigAd = new Uint8Array([1, 2, 3]);
peer = await row('seal 16 MiB', 'libsodium-wrappers', () => sodiumSealFastNonce(big, bigAd), MB, 'MB/s');
await row('seal 16 MiB', 'copilot XChaCha20 (wasm)', () => xchacha.encryptBatchSync([big], [bigAd]), MB, 'MB/s', peer);
await row('seal 16 MiB', 'copilot AES-256-GCM (WebCrypto)', () => aes.encryptBatch([big], [bigAd]), MB, 'MB/s', peer);
await row('seal 16 MiB', 'WebCrypto AES-256-GCM direct', () => webCryptoSeal(big, bigAd), MB, 'MB/s', peer);
const [bigNonce, bigSealed] = sodiumSeal(big, bigAd);
const bigOurs = xchacha.encryptBatchSync([big], [bigAd]);
peer = await row('open 16 MiB', 'libsodium-wrappers', () => sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, bigSealed, bigAd, bigNonce, sodiumKey), MB, 'MB/s');
await row('open 16 MiB', 'copilot XChaCha20 (wasm)', () => xchacha.decryptBatchSync(bigOurs, [bigAd]), MB, 'MB/s', peer);

printTable(`Record encryption, Node ${process.versions.node}, ${seconds} s per case ("vs peer" = rate / the row marked as peer: libsodium-wrappers' faster variant in the same case)`,
  ['case', 'implementation', 'rate', 'unit', 'vs peer'], rows);
xchacha.delete();
aes.delete();
keyring.delete();
