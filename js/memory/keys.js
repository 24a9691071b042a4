// The key hierarchy of a memory scope, per identity, on the encryption core (core.crypto):
//
//   store keyring          the caller's masterKey, or a random key wrapped under the passphrase
//                          (Argon2id; the wrapped keyring sits in meta 'keyring')
//   ├─ organization master random, one per organization   -> organization scope
//   ├─ user master         random, one per (org, user)     -> user and session scopes
//   └─ global master       random, one per store           -> global scope
//   ephemeral master       random per createMemoryScope, never stored
//
// The owner masters are stored sealed by the store keyring (XChaCha20-Poly1305, bound to
// their owner), so a key that does not open them fails with WRONG_KEY and changes nothing.
// Each owner master becomes a one-key keyring whose RecordCipher seals that scope's records
// with the owner (tenant, scope, user) bound into the associated data; its index key (a
// keyed BLAKE2b subkey) turns keys and partition names into storage ids, so the store never
// holds a key, an organization id or a user id in the clear.
import { CopilotError } from '../errors.js';
import { isConstraintError } from './adapters/contract.js';

const PUBLIC_KEY = new Uint8Array(32); // names meta rows; not a secret, only spreads labels out
const encoder = new TextEncoder();

/** Opens (creating on first use) the keys `identity` may use. Returns scope -> ScopeKeys | null. */
export async function openScopeKeys({ crypto, sealer, adapter, key, identity, algorithm }) {
  const store = await storeKeyring(crypto, adapter, key);
  const { organizationId: org, userId: user, sessionId: session } = identity;
  const masters = [];
  try {
    const orgMaster = await ownerMaster(crypto, sealer, adapter, store, { tenant: org, scope: 'organization', owner: '' });
    const userMaster = await ownerMaster(crypto, sealer, adapter, store, { tenant: org, scope: 'user', owner: user });
    let globalMaster = null;
    try {
      globalMaster = await ownerMaster(crypto, sealer, adapter, store, { tenant: '', scope: 'global', owner: '' });
    } catch (error) {
      if (error.code !== 'WRONG_KEY') throw error; // another install key owns the global scope
    }
    const ephemeralMaster = crypto.generateMasterKey();
    masters.push(orgMaster, userMaster, globalMaster, ephemeralMaster);
    const make = (master, scope, tenant, owner) => (master ? scopeKeys(crypto, sealer, master, { tenant, scope, owner, algorithm }) : null);
    return {
      session: make(userMaster, 'session', org, `${user}\0${session}`),
      user: make(userMaster, 'user', org, user),
      organization: make(orgMaster, 'organization', org, ''),
      global: make(globalMaster, 'global', '', ''),
      ephemeral: make(ephemeralMaster, 'ephemeral', org, user),
    };
  } finally {
    store.delete();
    for (const m of masters) m?.fill(0);
  }
}

/** Frees what openScopeKeys made. */
export function closeScopeKeys(keys) {
  for (const k of Object.values(keys)) {
    if (!k) continue;
    k.cipher.delete();
    k.keyring.delete();
    k.indexKey.fill(0);
  }
}

function scopeKeys(crypto, sealer, master, context) {
  const keyring = crypto.createKeyring([master]);
  const cipher = keyring.cipher(context);
  const label = `${context.scope}\0${context.tenant}\0${context.owner}`;
  const indexKey = sealer.subkey(master, `index\0${context.scope}`);
  return {
    scope: context.scope,
    label,
    keyring,
    cipher,
    keyId: keyring.primaryKeyId,
    indexKey,
    part: sealer.storageIds(indexKey, [`part\0${label}`])[0],
  };
}

async function storeKeyring(crypto, adapter, key) {
  if (key.masterKey) return crypto.createKeyring([key.masterKey]);
  const wrapped = await adapter.getMeta('keyring');
  if (wrapped) return crypto.openKeyring({ passphrase: key.passphrase, wrapped }).keyring;
  const fresh = crypto.openKeyring({ passphrase: key.passphrase, argon2: key.argon2 });
  try {
    await adapter.commit({ metaAdd: [{ k: 'keyring', v: fresh.wrapped }] });
    return fresh.keyring;
  } catch (error) {
    fresh.keyring.delete();
    if (!isConstraintError(error)) throw error;
    // Another tab created the store at the same moment: use its keyring.
    return crypto.openKeyring({ passphrase: key.passphrase, wrapped: await adapter.getMeta('keyring') }).keyring;
  }
}

async function ownerMaster(crypto, sealer, adapter, store, owner) {
  const label = `${owner.scope}\0${owner.tenant}\0${owner.owner}`;
  const k = `master:${sealer.storageIds(PUBLIC_KEY, [label])[0]}`;
  const cipher = store.cipher(owner);
  try {
    let sealed = await adapter.getMeta(k);
    if (!sealed) {
      const master = crypto.generateMasterKey();
      const fresh = cipher.encryptBatchSync([master], [label])[0];
      try {
        await adapter.commit({ metaAdd: [{ k, v: fresh }] });
        return master;
      } catch (error) {
        master.fill(0);
        if (!isConstraintError(error)) throw error;
        sealed = await adapter.getMeta(k); // another tab created it first
      }
    }
    const [opened] = cipher.decryptBatchSync([sealed], [label], { settle: true });
    if (opened instanceof Error) {
      if (opened.code !== 'WRONG_KEY' && opened.code !== 'INTEGRITY') throw opened;
      throw new CopilotError('WRONG_KEY', `the passphrase or key does not open the stored ${owner.scope} keys: check it and try again (nothing was changed)`);
    }
    return opened;
  } finally {
    cipher.delete();
  }
}

/** Bytes of per-record associated data for the outbox copy of a key. */
export function outboxAd(id) {
  return encoder.encode(`outbox\0${id}`);
}
