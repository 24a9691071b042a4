// Unlocking a session with a passphrase: Argon2id dominates it. Before this change the memory
// store keyring and the audit signing keyring were each wrapped under the passphrase with their
// own salt, so every unlock ran Argon2id twice; openCopilotSession now holds the passphrase in
// wasm once (core.crypto.createPassphrase) and both keyrings share one salt, so it runs once.
// Both kinds of store are opened by this code in the same run:
//   - "separate salts": stores made the old way (createSecurityPolicy and createMemoryScope, each
//     given the passphrase string), i.e. every store created before this change;
//   - "shared salt": stores made by openCopilotSession now.
// Default Argon2id cost (2 passes, 64 MiB) unless BENCH_ARGON2_MIB says otherwise.
// Run: npm run bench -- unlock   (BENCH_ROUNDS, default 5: unlocks per variant, interleaved)
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createAuditStorage, createEnterpriseConfig, createMemoryScope, createSecurityPolicy, openCopilotSession } from '../js/entry/node.js';
import { memoryConfigFrom, securityConfigFrom } from '../js/session/config-mapping.js';
import { printTable } from './harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const argon2 = { opsLimit: 2, memLimitKiB: Number(process.env.BENCH_ARGON2_MIB ?? 64) * 1024 };
const config = createEnterpriseConfig({});
const identity = { organizationId: 'acme', userId: 'alice', sessionId: 's1' };
const passphrase = 'correct horse battery staple';
const key = { passphrase, argon2 };

async function oldStyleStores() {
  const indexedDB = new IDBFactory();
  const storage = createAuditStorage({ indexedDB, IDBKeyRange, databaseName: `copilot-audit-${identity.organizationId}` });
  const security = await createSecurityPolicy(securityConfigFrom(config), { storage, key });
  const memory = await createMemoryScope({ ...memoryConfigFrom(config), identity, key, indexedDB, IDBKeyRange });
  memory.close();
  security.close();
  return indexedDB;
}

async function newStyleStores() {
  const indexedDB = new IDBFactory();
  (await openCopilotSession({ config, identity, unlock: key, indexedDB, IDBKeyRange })).close();
  return indexedDB;
}

const stores = { separate: await oldStyleStores(), shared: await newStyleStores() };

const variants = [
  // What main's openCopilotSession did on every unlock: each engine unwraps with the string.
  ['main: security + memory, each with the passphrase string', async () => {
    const indexedDB = stores.separate;
    const storage = createAuditStorage({ indexedDB, IDBKeyRange, databaseName: `copilot-audit-${identity.organizationId}` });
    const security = await createSecurityPolicy(securityConfigFrom(config), { storage, key });
    const memory = await createMemoryScope({ ...memoryConfigFrom(config), identity, key, indexedDB, IDBKeyRange });
    memory.close();
    security.close();
  }],
  ['openCopilotSession, stores with separate salts (made before)', async () => {
    (await openCopilotSession({ config, identity, unlock: key, indexedDB: stores.separate, IDBKeyRange })).close();
  }],
  ['openCopilotSession, stores with a shared salt (made now)', async () => {
    (await openCopilotSession({ config, identity, unlock: key, indexedDB: stores.shared, IDBKeyRange })).close();
  }],
];
const times = variants.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < variants.length; i++) {
    const t0 = performance.now();
    await variants[i][1]();
    times[i].push(performance.now() - t0);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const base = median(times[0]);
printTable(
  `Session unlock, Node ${process.versions.node}, Argon2id ${argon2.opsLimit} passes x ${argon2.memLimitKiB / 1024} MiB: median of ${ROUNDS} interleaved unlocks`,
  ['unlock', 'median ms', 'vs main'],
  variants.map(([name], i) => ({ unlock: name, 'median ms': median(times[i]), 'vs main': i === 0 ? 'main' : `${(median(times[i]) / base).toFixed(2)}x time` })),
);
