// Compiled by `tsc --noEmit` only: proves the declarations describe a usable API.
import { loadCore, CopilotError, type Core, type ErrorCode } from 'copilot-package/core';
import * as reactEntry from 'copilot-package';

async function start(): Promise<string> {
  const core: Core = await loadCore({ wasm: new URL('https://example.invalid/copilot-core.wasm') });
  return core.version;
}

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof CopilotError ? error.code : undefined;
}

// @ts-expect-error: the core is read-only
const mutate = (core: Core) => (core.version = 'x');

const sameLoader: typeof loadCore = reactEntry.loadCore;

export { start, codeOf, mutate, sameLoader };

import { createMemoryScope, type MemoryScopeHandle, type MemoryScopeStats } from 'copilot-package/core';

async function rememberPreference(): Promise<MemoryScopeStats[]> {
  const memory: MemoryScopeHandle = await createMemoryScope({
    identity: { organizationId: 'acme', userId: 'alice' },
    key: { passphrase: 'correct horse battery staple' },
    defaultScope: 'organization',
    enabledScopes: ['session', 'user', 'organization'],
    encryption: { enabled: true, algorithm: 'AES-256-GCM' },
    synchronization: { enabled: true, crossDevice: true, conflictResolution: 'timestamp-based' },
    retention: { policies: { session: { maxAge: 8 * 60 * 60 * 1000, maxSize: 100 * 1024 * 1024 } }, compression: true },
  });
  await memory.setData('theme', { dark: true }, 'user', { ttl: 30 * 24 * 60 * 60 * 1000, encrypt: true, syncImmediately: true });
  const theme = await memory.getData<{ dark: boolean }>('theme', 'user');
  const off = memory.subscribe('change', () => theme?.dark);
  off();
  // @ts-expect-error: not a scope
  await memory.getData('theme', 'planet');
  const pending: number = memory.pendingChanges.length;
  void pending;
  const stats = memory.getStats();
  memory.close();
  return stats;
}

export { rememberPreference };
