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

// The encryption core, as the memory store uses it.
async function sealAndOpen(core: Core, passphrase: string, stored: Uint8Array | null): Promise<Uint8Array[]> {
  const { keyring, wrapped } = core.crypto.openKeyring({ passphrase, wrapped: stored, argon2: { opsLimit: 2 } });
  const toStore: Uint8Array | null = wrapped;
  const cipher = keyring.cipher({ tenant: 'acme', scope: 'user', owner: 'alice', algorithm: 'AES-256-GCM' });
  const envelopes = await cipher.encryptBatch([new Uint8Array(4)], ['record-key']);
  const settled = await cipher.decryptBatch(envelopes, ['record-key'], { settle: true });
  const first = settled[0];
  const code: ErrorCode | undefined = first instanceof CopilotError ? first.code : undefined;
  const keyId: number = core.crypto.inspectEnvelope(envelopes[0]).keyId;
  const newest: number = keyring.rotate();
  keyring.destroyKey(keyId === newest ? newest : keyId);
  cipher.delete();
  keyring.delete();
  void toStore;
  void code;
  return cipher.decryptBatch(envelopes);
}

// @ts-expect-error: scopes are a closed set
const badScope = (core: Core) => core.crypto.createKeyring().cipher({ tenant: 't', scope: 'team' });

export { sealAndOpen, badScope };
