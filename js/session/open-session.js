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

/**
 * @param {object} options
 * @param {object} options.config a validated enterprise configuration
 * @param {object} [options.identity] { organizationId, userId, sessionId?, deviceId? }
 * @param {object} [options.unlock] { passphrase } | { masterKey }: without it (or an identity)
 *   the session has no memory store, and the chat keeps nothing
 * @param {IDBFactory|'memory'} [options.indexedDB] default globalThis.indexedDB
 * @param {typeof IDBKeyRange} [options.IDBKeyRange] the IDBKeyRange of that IndexedDB
 */
export async function openCopilotSession({ config, identity = null, unlock = null, indexedDB, IDBKeyRange } = {}) {
  const core = await loadCore();
  const storage = { ...(indexedDB ? { indexedDB } : {}), ...(IDBKeyRange ? { IDBKeyRange } : {}) };
  const unlocked = Boolean(identity && unlock);
  // With a key the audit trail persists beside the memory, signed by a device key sealed
  // under the same key; without one it lives as long as the session.
  const security = await createSecurityPolicy(
    securityConfigFrom(config),
    unlocked
      ? { storage: createAuditStorage({ ...storage, databaseName: `copilot-audit-${identity.organizationId}` }), key: unlock }
      : {},
  );
  let memory = null;
  try {
    if (unlocked) memory = await createMemoryScope({ ...memoryConfigFrom(config), identity, key: unlock, ...storage });
  } catch (error) {
    security.close();
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
    close() {
      if (closed) return;
      closed = true;
      guard.close();
      memory?.close();
      security.close();
    },
  };
}
