// A keyring wrapped under a key-encryption key that never leaves WebCrypto (a non-extractable
// AES-256-GCM CryptoKey, e.g. one kept in IndexedDB or derived by the platform). Layout:
//   0  1   wrap format version: 0x01
//   1  1   KEK derivation: 0x02 = WebCrypto AES-256-GCM key (0x01, Argon2id, is in src/crypto/key_wrap.h)
//   2  2   reserved, zero
//   4  12  AES-GCM nonce, random per wrap
//   16 ... AES-256-GCM of the keyring payload (src/crypto/key_wrap.h), associated data = bytes 0..3
// The payload crosses JavaScript memory in the clear for the duration of one WebCrypto call
// and is zeroed right after.
import { CopilotError } from '../errors.js';
import { describe } from './pack.js';

const HEADER = Uint8Array.of(0x01, 0x02, 0x00, 0x00);
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function checkKek(key) {
  const ok =
    typeof CryptoKey !== 'undefined' &&
    key instanceof CryptoKey &&
    key.algorithm?.name === 'AES-GCM' &&
    key.usages.includes('encrypt') &&
    key.usages.includes('decrypt');
  if (!ok) {
    throw new CopilotError('INVALID_ARGUMENT', `a key-encryption key is an AES-GCM CryptoKey with encrypt and decrypt usages, got ${describe(key)}`);
  }
}

/** Encrypts `payload` (zeroed afterwards) under `kek`. */
export async function wrapPayload(payload, kek) {
  try {
    const iv = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
    const sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: HEADER }, kek, payload));
    const out = new Uint8Array(HEADER.length + NONCE_BYTES + sealed.length);
    out.set(HEADER, 0);
    out.set(iv, HEADER.length);
    out.set(sealed, HEADER.length + NONCE_BYTES);
    return out;
  } finally {
    payload.fill(0);
  }
}

/** The payload inside `wrapped`; the caller zeroes it. WRONG_KEY, UNSUPPORTED or INTEGRITY on failure. */
export async function unwrapPayload(wrapped, kek) {
  if (wrapped.length >= 2 && (wrapped[0] !== HEADER[0] || wrapped[1] !== HEADER[1])) {
    throw new CopilotError('UNSUPPORTED', 'this keyring is not wrapped under a WebCrypto key (a passphrase-wrapped keyring opens with unwrapKeyring)');
  }
  if (wrapped.length < HEADER.length + NONCE_BYTES + TAG_BYTES || wrapped[2] !== 0 || wrapped[3] !== 0) {
    throw new CopilotError('INTEGRITY', 'the wrapped keyring is truncated or damaged');
  }
  try {
    const iv = wrapped.subarray(HEADER.length, HEADER.length + NONCE_BYTES);
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: wrapped.subarray(0, HEADER.length) },
      kek,
      wrapped.subarray(HEADER.length + NONCE_BYTES),
    );
    return new Uint8Array(plain);
  } catch (error) {
    throw new CopilotError('WRONG_KEY', 'this key does not open the keyring (or the wrapped keyring was altered)', { cause: error });
  }
}
