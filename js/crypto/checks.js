// Argument checks done in JavaScript before crossing into wasm (C++ checks again).
import { CopilotError } from '../errors.js';
import { describe } from './pack.js';

export const SCOPES = Object.freeze(['session', 'user', 'organization', 'global', 'ephemeral']);
export const ALGORITHMS = Object.freeze(['XChaCha20-Poly1305', 'AES-256-GCM', 'auto']);
export const DEFAULT_ARGON2 = Object.freeze({ opsLimit: 2, memLimitKiB: 65536 });

export function checkMasterKey(key) {
  if (!(key instanceof Uint8Array) || key.length !== 32) {
    throw new CopilotError('INVALID_ARGUMENT', `a master key is a Uint8Array of 32 bytes, got ${describe(key)}${key?.length !== undefined ? ` of ${key.length}` : ''}`);
  }
}

/** A passphrase is a non-empty string, UTF-8 bytes (Uint8Array) or a core.crypto Passphrase. */
export function checkPassphrase(passphrase) {
  if (passphrase instanceof Uint8Array) {
    if (passphrase.length === 0 || passphrase.every((b) => b === 0)) {
      throw new CopilotError('INVALID_ARGUMENT', 'the passphrase bytes are empty or all zero (a Uint8Array passphrase is wiped after use: pass it once)');
    }
    return;
  }
  if (isPassphrase(passphrase)) return;
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new CopilotError('INVALID_ARGUMENT', 'the passphrase must be a non-empty string, a Uint8Array of UTF-8 bytes or a core.crypto Passphrase');
  }
}

const utf8 = new TextEncoder();
const passphrases = new WeakSet();

/** @internal Marks a js/crypto/passphrase.js object (checked without importing it). */
export function markPassphrase(object) {
  passphrases.add(object);
}

export function isPassphrase(value) {
  return typeof value === 'object' && value !== null && passphrases.has(value);
}

/**
 * Runs `use` with the passphrase as UTF-8 bytes and zeroes them afterwards. A Uint8Array
 * passphrase is the caller's: it is used as is and zeroed afterwards too (a string cannot be
 * wiped; drop references to it).
 */
export function withPassphraseBytes(passphrase, use) {
  checkPassphrase(passphrase);
  if (isPassphrase(passphrase)) throw new CopilotError('INVALID_ARGUMENT', 'expected passphrase bytes or a string here');
  const bytes = passphrase instanceof Uint8Array ? passphrase : utf8.encode(passphrase);
  try {
    return use(bytes);
  } finally {
    bytes.fill(0);
  }
}

export function checkKeyId(keyId) {
  if (!Number.isInteger(keyId) || keyId < 0 || keyId > 0xffffffff) {
    throw new CopilotError('INVALID_ARGUMENT', `a key id is an integer in 0..2^32-1, got ${keyId}`);
  }
}

export function checkArgon2(argon2) {
  if (typeof argon2 !== 'object' || argon2 === null) throw new CopilotError('INVALID_ARGUMENT', 'argon2 must be an object');
  const { opsLimit = DEFAULT_ARGON2.opsLimit, memLimitKiB = DEFAULT_ARGON2.memLimitKiB } = argon2;
  if (!Number.isInteger(opsLimit) || !Number.isInteger(memLimitKiB)) {
    throw new CopilotError('INVALID_ARGUMENT', 'argon2.opsLimit and argon2.memLimitKiB must be integers');
  }
  return { opsLimit, memLimitKiB };
}

export function checkContext(context) {
  if (typeof context !== 'object' || context === null) {
    throw new CopilotError('INVALID_ARGUMENT', 'a cipher context is { tenant, scope, owner, algorithm? }');
  }
  const { tenant, scope, owner = '', algorithm = 'XChaCha20-Poly1305' } = context;
  if (typeof tenant !== 'string') throw new CopilotError('INVALID_ARGUMENT', 'context.tenant must be a string (the organization id)');
  if (typeof owner !== 'string') throw new CopilotError('INVALID_ARGUMENT', 'context.owner must be a string');
  if (!SCOPES.includes(scope)) throw new CopilotError('INVALID_ARGUMENT', `context.scope must be one of ${SCOPES.join(', ')}; got ${scope}`);
  if (!ALGORITHMS.includes(algorithm)) {
    throw new CopilotError('UNSUPPORTED', `context.algorithm must be ${ALGORITHMS.join(' or ')}; got ${algorithm}`);
  }
  return { tenant, scope, owner, algorithm };
}
