// Input checks of the memory API, so bad input fails before anything is stored, with a
// stable code and a message that says what to do.
import { CopilotError } from '../errors.js';
import { checkKek } from '../crypto/webcrypto-kek.js';
import { isPassphrase } from '../crypto/checks.js';

export const SCOPES = Object.freeze(['session', 'user', 'organization', 'global', 'ephemeral']);
export const EVENTS = Object.freeze(['change', 'expired', 'evicted', 'quota', 'error']);
export const MAX_KEY_LENGTH = 1024;
export const MAX_VALUE_BYTES = 16 << 20;

const invalid = (message) => new CopilotError('INVALID_ARGUMENT', message);
const invalidConfig = (message) => new CopilotError('INVALID_CONFIG', message);

export function checkKey(key) {
  if (typeof key !== 'string') throw invalid(`a memory key must be a string, got ${describe(key)}`);
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw invalid(`a memory key must have 1 to ${MAX_KEY_LENGTH} characters, got ${key.length}`);
  }
  return key;
}

/**
 * JSON text of a value, or INVALID_ARGUMENT naming where it is not plain data. Accepted:
 * null, booleans, finite numbers, strings, arrays and plain objects of those. Everything
 * else (undefined, functions, symbols, bigint, NaN, Date, Map, class instances, cycles)
 * would not come back as it went in, so it is refused rather than silently changed.
 */
export function serialise(value) {
  if (typeof value !== 'string') checkPlain(value, '$', new Set());
  return JSON.stringify(value);
}

function checkPlain(value, path, seen) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(`the value at ${path} is ${value}, which cannot be stored: use null or a string`);
    return;
  }
  if (typeof value !== 'object') throw invalid(`the value at ${path} is ${describe(value)}, which cannot be serialised`);
  if (seen.has(value)) throw invalid(`the value at ${path} refers back to itself (a cycle) and cannot be serialised`);
  const proto = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && proto !== Object.prototype && proto !== null) {
    throw invalid(`the value at ${path} is a ${value.constructor?.name ?? 'non-plain object'}: store plain objects, arrays, strings, numbers, booleans or null`);
  }
  seen.add(value);
  if (isArray) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw invalid(`the array at ${path} has a hole at ${i}`);
      checkPlain(value[i], `${path}[${i}]`, seen);
    }
  } else {
    for (const [k, v] of Object.entries(value)) checkPlain(v, `${path}.${k}`, seen);
  }
  seen.delete(value);
}

export function checkEvent(event, callback) {
  if (!EVENTS.includes(event)) throw invalid(`unknown memory event ${describe(event)}: use one of ${EVENTS.join(', ')}`);
  if (typeof callback !== 'function') throw invalid('subscribe needs a callback function');
}

/** Normalises createMemoryScope options; INVALID_CONFIG for anything it cannot use. */
export function checkOptions(options) {
  if (typeof options !== 'object' || options === null) throw invalidConfig('createMemoryScope needs an options object');
  const identity = checkIdentity(options.identity);
  const key = checkKeyMaterial(options.key);
  const enabled = options.enabledScopes ?? options.scopes?.enabled ?? SCOPES;
  if (!Array.isArray(enabled) || enabled.length === 0 || enabled.some((s) => !SCOPES.includes(s))) {
    throw invalidConfig(`enabledScopes must list scopes among ${SCOPES.join(', ')}`);
  }
  const defaultScope = options.defaultScope ?? options.scopes?.default ?? (enabled.includes('organization') ? 'organization' : enabled[0]);
  if (!enabled.includes(defaultScope)) throw invalidConfig(`defaultScope ${describe(defaultScope)} is not among the enabled scopes`);
  const retention = checkRetention(options.retention ?? {});
  const sync = options.synchronization ?? {};
  if (typeof sync !== 'object' || sync === null) throw invalidConfig('synchronization must be an object');
  const databaseName = options.databaseName ?? 'copilot-memory';
  if (typeof databaseName !== 'string' || databaseName.length === 0) throw invalidConfig('databaseName must be a non-empty string');
  const algorithm = options.encryption?.algorithm;
  if (algorithm !== undefined && algorithm !== 'AES-256-GCM' && algorithm !== 'XChaCha20-Poly1305') {
    throw invalidConfig(`encryption.algorithm ${describe(algorithm)} is not supported: use 'XChaCha20-Poly1305' or 'AES-256-GCM'`);
  }
  return { identity, key, enabled: [...enabled], defaultScope, retention, sync, databaseName, algorithm: algorithm ?? 'XChaCha20-Poly1305' };
}

function checkIdentity(identity) {
  if (typeof identity !== 'object' || identity === null) {
    throw invalidConfig('identity is required: { organizationId, userId, sessionId?, deviceId? }');
  }
  for (const name of ['organizationId', 'userId']) {
    const v = identity[name];
    if (typeof v !== 'string' || v.length === 0 || v.length > 256) throw invalidConfig(`identity.${name} must be a string of 1 to 256 characters`);
  }
  for (const name of ['sessionId', 'deviceId']) {
    const v = identity[name];
    if (v !== undefined && (typeof v !== 'string' || v.length === 0 || v.length > 256)) {
      throw invalidConfig(`identity.${name}, when given, must be a string of 1 to 256 characters`);
    }
  }
  return { ...identity };
}

function checkKeyMaterial(key) {
  if (typeof key !== 'object' || key === null) throw invalidConfig('key is required: { passphrase }, { masterKey: 32-byte Uint8Array } or { kek: CryptoKey }');
  // Provisioning keys of the shared owners (see keys.js): 32 bytes each, optional.
  const shared = {};
  for (const name of ['organizationKey', 'installKey']) {
    if (key[name] === undefined) continue;
    if (!(key[name] instanceof Uint8Array) || key[name].byteLength !== 32) throw invalidConfig(`key.${name} must be a Uint8Array of 32 random bytes`);
    shared[name] = key[name].slice();
  }
  if (key.kek !== undefined) {
    try {
      checkKek(key.kek);
    } catch (error) {
      throw invalidConfig(`key.kek: ${error.message}`);
    }
    return { kek: key.kek, ...shared };
  }
  if (key.masterKey !== undefined) {
    if (!(key.masterKey instanceof Uint8Array) || key.masterKey.byteLength !== 32) {
      throw invalidConfig('key.masterKey must be a Uint8Array of 32 random bytes');
    }
    return { masterKey: key.masterKey.slice(), ...shared };
  }
  if (!isPassphrase(key.passphrase) && (typeof key.passphrase !== 'string' || key.passphrase.length === 0)) {
    throw invalidConfig('key.passphrase must be a non-empty string or a core.crypto.createPassphrase() (or pass key.masterKey)');
  }
  const argon2 = { opsLimit: 2, memLimitKiB: 64 * 1024, ...(key.argon2 ?? {}) };
  if (!Number.isInteger(argon2.opsLimit) || argon2.opsLimit < 1 || argon2.opsLimit > 32 ||
      !Number.isInteger(argon2.memLimitKiB) || argon2.memLimitKiB < 8 || argon2.memLimitKiB > 1 << 20) {
    throw invalidConfig('key.argon2 needs opsLimit 1..32 and memLimitKiB 8..1048576');
  }
  return { passphrase: key.passphrase, argon2, ...shared };
}

const DEFAULT_EPHEMERAL_TTL = 5 * 60 * 1000;
// A session's records expire this long after their last write unless a policy says otherwise,
// so the records of sessions that ended are purged by whichever session optimizes next.
const DEFAULT_SESSION_AGE = 8 * 60 * 60 * 1000;

function checkRetention(retention) {
  if (typeof retention !== 'object' || retention === null) throw invalidConfig('retention must be an object');
  const eviction = retention.eviction ?? 'lru';
  if (eviction !== 'lru' && eviction !== 'lfu') throw invalidConfig("retention.eviction must be 'lru' or 'lfu'");
  const policies = {};
  for (const [scope, policy] of Object.entries(retention.policies ?? {})) {
    if (!SCOPES.includes(scope)) throw invalidConfig(`retention.policies has unknown scope ${describe(scope)}`);
    for (const field of ['maxAge', 'maxSize']) {
      const v = policy?.[field];
      if (v !== undefined && (typeof v !== 'number' || !(v >= 0) || !Number.isFinite(v))) {
        throw invalidConfig(`retention.policies.${scope}.${field} must be a number >= 0`);
      }
    }
    policies[scope] = { maxAge: policy.maxAge ?? 0, maxSize: policy.maxSize ?? 0 };
  }
  policies.ephemeral ??= { maxAge: DEFAULT_EPHEMERAL_TTL, maxSize: 0 };
  if (!policies.ephemeral.maxAge) policies.ephemeral.maxAge = DEFAULT_EPHEMERAL_TTL;
  policies.session ??= { maxAge: DEFAULT_SESSION_AGE, maxSize: 0 };
  if (!policies.session.maxAge) policies.session.maxAge = DEFAULT_SESSION_AGE;
  return { eviction, policies, compression: retention.compression !== false };
}

export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'object') return value.constructor?.name ?? 'an object';
  return `${typeof value} ${String(value)}`;
}
