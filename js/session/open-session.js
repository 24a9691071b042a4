// One copilot session: everything CopilotProvider holds for the components below it, opened
// from an enterprise configuration, an identity and a key. Framework-free, so a plain-JS or
// server-side application gets the same wiring.
import { loadCore } from '../core/load-core.js';
import { createSecurityPolicy } from '../security/security-policy.js';
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
  const security = await createSecurityPolicy(securityConfigFrom(config));
  let memory = null;
  try {
    if (identity && unlock) {
      const storage = { ...(indexedDB ? { indexedDB } : {}), ...(IDBKeyRange ? { IDBKeyRange } : {}) };
      memory = await createMemoryScope({ ...memoryConfigFrom(config), identity, key: unlock, ...storage });
    }
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
