// One copilot session: everything CopilotProvider holds for the components below it, opened
// from an enterprise configuration, an identity and a key. Framework-free, so a plain-JS or
// server-side application gets the same wiring.
import { loadCore } from '../core/load-core.js';
import { createSecurityPolicy } from '../security/security-policy.js';
import { createAuditStorage } from '../security/audit-storage.js';
import { createMemoryScope } from '../memory/memory-scope.js';
import { createEngineGuard } from '../chat/engine-guard.js';
import { createLatencyRecorder } from './latency.js';
import { securityConfigFrom, memoryConfigFrom } from './config-mapping.js';

// Key operations that change or use keys; 'add' (a stored key loaded into a keyring) and
// 'delete' (a handle freed) happen at every open and are left out.
const AUDITED_KEY_OPERATIONS = new Set(['create', 'derive', 'wrap', 'unwrap', 'rotate', 'destroy', 'collect']);

/**
 * @param {object} options
 * @param {object} options.config a validated enterprise configuration
 * @param {object} [options.identity] { organizationId, userId, sessionId?, deviceId? }
 * @param {object} [options.unlock] { passphrase } | { masterKey } | { kek }, plus optional
 *   organizationKey / installKey (see createMemoryScope): without it (or an identity)
 *   the session has no memory store, and the chat keeps nothing. A passphrase may be a string
 *   or UTF-8 bytes (a Uint8Array, zeroed at once). It is held in wasm until close() (memory
 *   rotation reopens the store keyring with it), and the memory store and the audit signing
 *   key share one Argon2id run.
 * @param {IDBFactory|'memory'} [options.indexedDB] default globalThis.indexedDB
 * @param {typeof IDBKeyRange} [options.IDBKeyRange] the IDBKeyRange of that IndexedDB
 */
export async function openCopilotSession({ config, identity = null, unlock = null, indexedDB, IDBKeyRange } = {}) {
  const core = await loadCore();
  const storage = { ...(indexedDB ? { indexedDB } : {}), ...(IDBKeyRange ? { IDBKeyRange } : {}) };
  const unlocked = Boolean(identity && unlock);
  // Every key operation of the core lands in the audit trail (key ids, scope, algorithm,
  // outcome; never key material): those of one turn as one 'key_operations' entry, so a burst
  // (opening the memory store makes dozens) does not queue dozens of signed appends in front
  // of the chat's decisions. Events before the policy exists wait for it.
  let security = null;
  let pending = [];
  let keyLog = Promise.resolve();
  const flushKeyEvents = () => {
    if (security && pending.length > 0) {
      const operations = pending;
      pending = [];
      keyLog = keyLog.then(() => security.recordKeyEvents(operations)).catch(() => {}); // a closed policy drops them
    }
    return keyLog;
  };
  const stopKeyEvents = core.crypto.onKeyEvent((event) => {
    if (!AUDITED_KEY_OPERATIONS.has(event.operation)) return;
    if (pending.push(event) === 1) queueMicrotask(flushKeyEvents);
  });
  // One Passphrase for both keyrings (memory store, audit signing key): one Argon2id per unlock
  // when they share a salt (stores made from now on; older ones cost one run per salt).
  const passphrase = unlocked && unlock.passphrase !== undefined ? core.crypto.createPassphrase(unlock.passphrase) : null;
  const key = passphrase ? { ...unlock, passphrase } : unlock;
  let memory = null;
  try {
    // With a key the audit trail persists beside the memory, signed by a device key sealed
    // under the same key; without one it lives as long as the session. Each user of a device
    // keeps their own trail: users of one organization unlock with their own keys, and a
    // signing key sealed under one of them would lock the others out. The anchor database
    // keeps the newest signed head outside the log, so a log rolled back alone is reported.
    const audit = unlocked ? createAuditStorage({ ...storage, databaseName: auditDatabaseName(identity) }) : null;
    security = await createSecurityPolicy(securityConfigFrom(config), audit ? { storage: audit, anchorStorage: audit.anchor, key } : {});
    flushKeyEvents();
    if (unlocked) memory = await createMemoryScope({ ...memoryConfigFrom(config), identity, key, ...storage });
  } catch (error) {
    stopKeyEvents();
    security?.close();
    passphrase?.destroy();
    throw error;
  }
  const guard = createEngineGuard({
    core,
    security,
    memory,
    user: identity ? { id: identity.userId, organizationId: identity.organizationId } : null,
  });
  const latency = createLatencyRecorder();
  let closed = false;
  return {
    config,
    core,
    identity,
    unlock,
    security,
    memory,
    guard,
    latency,
    /** Resolves once every key operation reported so far is in the audit trail. */
    flushAudit: flushKeyEvents,
    close() {
      if (closed) return;
      closed = true;
      stopKeyEvents();
      passphrase?.destroy(); // held until now: memory.rotateKeys reopens the store keyring with it
      guard.close();
      memory?.close();
      security.close();
    },
  };
}

/** One audit database per organization and user; ids are escaped so no two pairs share a name. */
export function auditDatabaseName(identity) {
  return `copilot-audit-${encodeURIComponent(identity.organizationId)}/${encodeURIComponent(identity.userId)}`;
}
