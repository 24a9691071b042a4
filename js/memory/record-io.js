// Records in and out of their sealed form, a batch at a time: storage ids (keyed BLAKE2b, one
// crossing), payloads (codec.js) and envelopes (core.crypto, one crossing). Kept free of
// per-record allocations that are not needed: the ids' hex text is encoded once and cut into
// per-record associated data views, and plain payloads are encoded into one buffer.
import { decodePayload, encodePayload } from './codec.js';
import { pack } from './pack.js';

const encoder = new TextEncoder();

/**
 * Storage ids of `keys` in the partition of `k`, and their associated data (the key's hash,
 * bytes, one view per record into one buffer).
 */
export function recordIds(sealer, k, keys) {
  const labels = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) labels[i] = `${k.label}\0${keys[i]}`;
  const hex = sealer.storageIdsHex(k.indexKey, labels);
  const adBytes = encoder.encode(hex);
  const ids = new Array(keys.length);
  const ads = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    ids[i] = k.part + hex.slice(32 * i, 32 * i + 32);
    ads[i] = adBytes.subarray(32 * i, 32 * i + 32);
  }
  return { ids, ads };
}

/** A stored row's associated data: its key hash (the cipher binds organization, scope and owner). */
export function recordAd(rowId) {
  return rowId.slice(-32);
}

/**
 * Envelopes of [key, json] pairs bound to `ads`: compressed where that saves bytes. The
 * payloads are encoded into one buffer (no array per record), which crosses into wasm as it
 * is (js/crypto/pack.js) and is zeroed once sealed.
 */
export async function sealRecords(k, keys, jsons, ads, compress) {
  let payloads = new Array(keys.length);
  let pending = false;
  for (let i = 0; i < keys.length; i++) {
    payloads[i] = encodePayload(keys[i], jsons[i], compress);
    if (payloads[i] instanceof Promise) pending = true;
  }
  if (pending) payloads = await Promise.all(payloads);
  const { data, offsets } = pack(payloads);
  const views = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) views[i] = data.subarray(offsets[i], offsets[i + 1]);
  try {
    return await seal(k, views, ads);
  } finally {
    data.fill(0);
  }
}

/**
 * Seals in wasm synchronously (XChaCha20-Poly1305), or through WebCrypto (AES-256-GCM). The
 * wasm path hands back views into one buffer: storage copies them on (into pages) at once.
 */
export function seal(k, plaintexts, ads) {
  if (k.cipher.algorithm === 'XChaCha20-Poly1305') return k.cipher.encryptBatchSync(plaintexts, ads, { views: true });
  return k.cipher.encryptBatch(plaintexts, ads);
}

/** Decrypts rows in one crossing, then parses them: [key, value] or a CopilotError each. */
export async function openRecords(k, rows, ads = rows.map((r) => recordAd(r.id))) {
  if (rows.length === 0) return [];
  const envs = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) envs[i] = rows[i].env;
  // Each plaintext is parsed straight from the batch's buffer, which is then wiped.
  const opened = await k.cipher.decryptBatch(envs, ads, { settle: true, map: decodePayload });
  let pending = false;
  for (let i = 0; i < opened.length; i++) if (opened[i] instanceof Promise) pending = true;
  return pending ? Promise.all(opened) : opened;
}
