// The key hierarchy of a memory scope, per identity:
//
//   key-encryption key (KEK)   Argon2id(passphrase, salt stored in meta) or the caller's masterKey
//   ├─ organization master     random, stored wrapped under the KEK   -> organization scope
//   ├─ user master (per user)  random, stored wrapped under the KEK   -> user and session scopes
//   └─ global master           random, stored wrapped under the KEK   -> global scope
//   ephemeral                  random per createMemoryScope, never stored
//
// Each master yields a record key and an index key per scope (keyed BLAKE2b subkeys). The
// index key turns the caller's keys and the partition name into storage ids, so the store
// never holds a key, an organization id or a user id in the clear. A KEK that does not open
// an existing organization or user master is a wrong passphrase: WRONG_KEY. The global master
// is shared by the organizations whose KEK opens it; for the others the global scope fails
// with WRONG_KEY while every other scope works.
import { CopilotError } from '../errors.js';
import { isConstraintError } from './adapters/contract.js';

const PUBLIC_KEY = new Uint8Array(32); // names meta rows; not a secret, only spreads labels out
const KEY_ID = 1;
const encoder = new TextEncoder();

/** Opens (creating on first use) the keys `identity` may use. Returns scope -> ScopeKeys. */
export async function openScopeKeys({ sealer, adapter, key, identity }) {
  const kek = await keyEncryptionKey(sealer, adapter, key);
  const { organizationId: org, userId: user, sessionId: session } = identity;
  const orgMaster = await openMaster(sealer, adapter, kek, `organization\0${org}`);
  const userMaster = await openMaster(sealer, adapter, kek, `user\0${org}\0${user}`);
  let globalMaster = null;
  try {
    globalMaster = await openMaster(sealer, adapter, kek, 'global');
  } catch (error) {
    if (error.code !== 'WRONG_KEY') throw error;
  }
  const make = (scope, master, context) => (master ? scopeKeys(sealer, scope, master, context) : null);
  const keys = {
    session: make('session', userMaster, `session\0${org}\0${user}\0${session}`),
    user: make('user', userMaster, `user\0${org}\0${user}`),
    organization: make('organization', orgMaster, `organization\0${org}`),
    global: make('global', globalMaster, 'global'),
    ephemeral: make('ephemeral', random(32), `ephemeral\0${org}\0${user}`),
  };
  kek.fill(0);
  orgMaster.fill(0);
  userMaster.fill(0);
  globalMaster?.fill(0);
  return keys;
}

function scopeKeys(sealer, scope, master, context) {
  const indexKey = sealer.subkey(master, `index\0${scope}`);
  return {
    scope,
    context,
    keyId: KEY_ID,
    recordKey: sealer.subkey(master, `record\0${scope}`),
    indexKey,
    part: sealer.storageIds(indexKey, [`part\0${context}`])[0],
  };
}

async function keyEncryptionKey(sealer, adapter, key) {
  if (key.masterKey) return key.masterKey.slice();
  let kdf = await adapter.getMeta('kdf');
  if (!kdf) {
    const fresh = { salt: random(16), opsLimit: key.argon2.opsLimit, memLimitKiB: key.argon2.memLimitKiB };
    try {
      await adapter.commit({ metaAdd: [{ k: 'kdf', v: fresh }] });
      kdf = fresh;
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      kdf = await adapter.getMeta('kdf');
    }
  }
  return sealer.passphraseKey(key.passphrase, kdf.salt, kdf.opsLimit, kdf.memLimitKiB);
}

async function openMaster(sealer, adapter, kek, label) {
  const k = `ring:${sealer.storageIds(PUBLIC_KEY, [label])[0]}`;
  const ad = encoder.encode(`ring\0${label}`);
  let wrapped = await adapter.getMeta(k);
  if (!wrapped) {
    const master = random(32);
    const fresh = sealer.sealBatch(kek, KEY_ID, [master], [ad])[0];
    try {
      await adapter.commit({ metaAdd: [{ k, v: fresh }] });
      return master;
    } catch (error) {
      if (!isConstraintError(error)) throw error;
      wrapped = await adapter.getMeta(k); // another tab created it first
    }
  }
  const [opened] = sealer.openBatch(kek, [wrapped], [ad]);
  if (opened instanceof Error) {
    const whose = label.split('\0')[0];
    throw new CopilotError('WRONG_KEY', `the passphrase or key does not open the stored ${whose} keys: check it and try again (nothing was changed)`);
  }
  return opened.slice();
}

function random(n) {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
