// The audit trail's device signing key: a 32-byte Ed25519 seed made once per storage and
// kept there sealed (XChaCha20-Poly1305 through core.crypto) under a keyring opened from the
// caller's key, never in plaintext:
//   { masterKey }   the keyring is that key
//   { passphrase }  a random keyring wrapped under the passphrase (Argon2id) sits in the record
//   { kek }         a random keyring wrapped under a WebCrypto AES-GCM key sits in the record
// A key that does not open the record fails with WRONG_KEY and nothing is written. Creation
// is atomic when the storage has add() (createAuditStorage and createMemoryStorage do): two
// tabs opening a fresh store at once end up with the same key.
import { CopilotError } from '../errors.js';
import { checkStorage } from './memory-storage.js';

export const SIGNING_KEY_KEY = 'audit/signing-key';
export const CONTEXT = { tenant: '', scope: 'global', owner: 'copilot-audit-signing-key' };
export const AD = 'copilot-audit/signing-seed/v1';

const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
function fromBase64(text, what) {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    throw new CopilotError('INTEGRITY', `the stored audit signing key's ${what} is not base64: the record was altered`);
  }
}

function kindOf(key) {
  if (key !== null && typeof key === 'object') {
    if (key.masterKey !== undefined) return 'masterKey';
    if (key.passphrase !== undefined) return 'passphrase';
    if (key.kek !== undefined) return 'kek';
  }
  throw new CopilotError('INVALID_CONFIG', 'key is { masterKey: Uint8Array(32) }, { passphrase } or { kek: CryptoKey }');
}

// A fresh keyring for a new record: { keyring, wrapped? } (wrapped: bytes to store with it).
async function newKeyring(crypto, key, kind) {
  if (kind === 'masterKey') return crypto.openKeyring({ masterKey: key.masterKey });
  if (kind === 'passphrase') return crypto.openKeyring({ passphrase: key.passphrase, argon2: key.argon2 });
  const keyring = crypto.createKeyring();
  try {
    keyring.rotate();
    return { keyring, wrapped: await keyring.wrapWithKey(key.kek) };
  } catch (error) {
    keyring.delete();
    throw error;
  }
}

async function storedKeyring(crypto, record, key, kind) {
  if (kind === 'masterKey') return crypto.openKeyring({ masterKey: key.masterKey }).keyring;
  const wrapped = fromBase64(String(record.wrapped), 'wrapped keyring');
  if (kind === 'passphrase') return crypto.openKeyring({ passphrase: key.passphrase, wrapped }).keyring;
  return crypto.unwrapKeyringWithKey(wrapped, key.kek);
}

/**
 * Returns the signing seed (a fresh Uint8Array the caller zeroes) for `storage`, creating and
 * storing it sealed on first use. key: { masterKey } | { passphrase, argon2? } | { kek }.
 */
export async function openSigningSeed({ crypto, storage, key }) {
  const kind = kindOf(key);
  checkStorage(storage, CopilotError);
  const stored = await storage.get(SIGNING_KEY_KEY);
  if (stored !== undefined) return unseal(crypto, stored, key, kind);
  const { keyring, wrapped } = await newKeyring(crypto, key, kind);
  const seed = crypto.generateMasterKey();
  const cipher = keyring.cipher(CONTEXT);
  try {
    const [sealed] = cipher.encryptBatchSync([seed], [AD]);
    const record = { version: 1, kind, sealed: toBase64(sealed) };
    if (wrapped) record.wrapped = toBase64(wrapped);
    if (typeof storage.add !== 'function') {
      // A storage without add() cannot settle a race between two first opens: last write wins.
      await storage.put(SIGNING_KEY_KEY, record);
      return seed;
    }
    if (await storage.add(SIGNING_KEY_KEY, record)) return seed;
    // Another tab created the key between our get() and add(): use theirs.
    seed.fill(0);
    const winner = await storage.get(SIGNING_KEY_KEY);
    if (winner === undefined) throw new CopilotError('INTEGRITY', 'the audit signing key was created and then removed from storage');
    return unseal(crypto, winner, key, kind);
  } finally {
    cipher.delete();
    keyring.delete();
  }
}

async function unseal(crypto, record, key, kind) {
  if (record === null || typeof record !== 'object' || record.version !== 1 || typeof record.sealed !== 'string') {
    throw new CopilotError('INTEGRITY', 'the stored audit signing key record is malformed');
  }
  if (record.kind !== kind) {
    throw new CopilotError('WRONG_KEY', `the audit signing key is stored under a ${record.kind}: open it with { ${record.kind} }`);
  }
  const keyring = await storedKeyring(crypto, record, key, kind);
  const cipher = keyring.cipher(CONTEXT);
  try {
    const [result] = cipher.decryptBatchSync([fromBase64(record.sealed, 'envelope')], [AD], { settle: true });
    if (result instanceof Error) {
      if (result.code !== 'WRONG_KEY' && result.code !== 'INTEGRITY') throw result;
      throw new CopilotError('WRONG_KEY', 'the key does not open the stored audit signing key: check it and try again (nothing was changed)');
    }
    if (result.length !== 32) throw new CopilotError('INTEGRITY', 'the stored audit signing seed is not 32 bytes');
    return result;
  } finally {
    cipher.delete();
    keyring.delete();
  }
}
