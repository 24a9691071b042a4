// What a memory scope needs before it opens its keys: the storage adapter its options name,
// this device's id (stored once per database) and the browser session's id.
import { CopilotError } from '../errors.js';
import { IndexedDBAdapter } from './adapters/indexeddb.js';
import { namedMemoryAdapter } from './adapters/memory.js';

/** options.storage, the named in-memory store, or IndexedDB (errors reach `events` as 'error'). */
export function chooseAdapter(options, config, events) {
  if (options.storage) return options.storage;
  if (options.indexedDB === 'memory') return namedMemoryAdapter(config.databaseName);
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory || typeof factory.open !== 'function') {
    throw new CopilotError('INVALID_CONFIG', "no IndexedDB in this runtime: pass indexedDB (an IDBFactory) or indexedDB: 'memory'");
  }
  const codes = { blocked: 'BLOCKED', versionchange: 'VERSIONCHANGE', page: 'INTEGRITY' };
  const onEvent = (e) => events.emit('error', { code: codes[e.type] ?? 'INTERNAL', message: e.message ?? `database ${e.type}` });
  return new IndexedDBAdapter(factory, config.databaseName, { onEvent, keyRange: options.IDBKeyRange ?? globalThis.IDBKeyRange });
}

/** This device's id: made once per database, kept in meta 'device'. */
export async function deviceIdOf(adapter) {
  const existing = await adapter.getMeta('device');
  if (existing) return existing;
  const id = randomHex(8);
  try {
    await adapter.commit({ metaAdd: [{ k: 'device', v: id }] });
    return id;
  } catch {
    return (await adapter.getMeta('device')) ?? id;
  }
}

/** A browser session is a tab's sessionStorage lifetime; elsewhere, one id per scope object. */
export function sessionIdOf(databaseName) {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return randomHex(12);
    const name = `copilot-memory-session:${databaseName}`;
    let id = storage.getItem(name);
    if (!id) storage.setItem(name, (id = randomHex(12)));
    return id;
  } catch {
    return randomHex(12);
  }
}

function randomHex(bytes) {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}
