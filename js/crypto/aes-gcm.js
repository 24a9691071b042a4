// AES-256-GCM records through WebCrypto, in the envelope format of src/crypto/envelope.h:
// header (8, built by the core) || nonce (12) || ciphertext || tag (16), associated data =
// header || context encoding || record ad. The AES key is the record key the core derives
// for algorithm 0x02; it is imported as non-extractable and the raw copy is zeroed at once.
import { CopilotError } from '../errors.js';

export const AES_ALGORITHM_ID = 2;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 8;
// crypto.getRandomValues fills at most 65536 bytes per call.
const NONCES_PER_DRAW = Math.floor(65536 / NONCE_BYTES);

function subtle() {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new CopilotError('UNSUPPORTED', 'AES-256-GCM needs WebCrypto (crypto.subtle): use a secure context, or XChaCha20-Poly1305');
  return s;
}

/** Imports a raw 32-byte record key as a non-extractable AES-GCM key and zeroes the raw bytes. */
export async function importRecordKey(raw) {
  try {
    return await subtle().importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    raw.fill(0);
  }
}

function associatedData(header, context, ad) {
  const out = new Uint8Array(header.length + context.length + ad.length);
  out.set(header, 0);
  out.set(context, header.length);
  out.set(ad, header.length + context.length);
  return out;
}

/** Seals every plaintext (with ads[i]) under `key`; returns envelopes in order. */
export async function sealAll(key, header, context, plaintexts, ads) {
  const nonces = new Uint8Array(plaintexts.length * NONCE_BYTES);
  for (let i = 0; i < plaintexts.length; i += NONCES_PER_DRAW) {
    globalThis.crypto.getRandomValues(nonces.subarray(i * NONCE_BYTES, Math.min(plaintexts.length, i + NONCES_PER_DRAW) * NONCE_BYTES));
  }
  const s = subtle();
  return Promise.all(
    plaintexts.map(async (plaintext, i) => {
      const iv = nonces.subarray(i * NONCE_BYTES, (i + 1) * NONCE_BYTES);
      const sealed = new Uint8Array(
        await s.encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(header, context, ads[i]), tagLength: 128 }, key, plaintext),
      );
      const envelope = new Uint8Array(HEADER_BYTES + NONCE_BYTES + sealed.length);
      envelope.set(header, 0);
      envelope.set(iv, HEADER_BYTES);
      envelope.set(sealed, HEADER_BYTES + NONCE_BYTES);
      return envelope;
    }),
  );
}

/**
 * Opens one AES-256-GCM envelope whose header the core has already checked. Resolves to the
 * plaintext; rejects with INTEGRITY when the tag does not verify.
 */
export async function openOne(key, context, envelope, ad) {
  if (envelope.length < HEADER_BYTES + NONCE_BYTES + TAG_BYTES) {
    throw new CopilotError('INTEGRITY', 'the record is shorter than an AES-256-GCM envelope: it was truncated');
  }
  const header = envelope.subarray(0, HEADER_BYTES);
  const iv = envelope.subarray(HEADER_BYTES, HEADER_BYTES + NONCE_BYTES);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: associatedData(header, context, ad), tagLength: 128 },
      key,
      envelope.subarray(HEADER_BYTES + NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch (error) {
    if (error instanceof CopilotError) throw error;
    throw new CopilotError(
      'INTEGRITY',
      'the record does not authenticate: it was altered, or is opened with another tenant, scope, owner or associated data',
      { cause: error },
    );
  }
}
