// The key hierarchy of a memory scope, per identity, on the encryption core (core.crypto):
//
//   store keyring          the caller's masterKey, or a random key wrapped under the passphrase
//                          (Argon2id; the wrapped keyring sits in meta 'keyring')
//   ├─ organization master random, one per organization   -> organization scope
//   ├─ user master         random, one per (org, user)     -> user and session scopes
//   └─ global master       random, one per store           -> global scope
//   ephemeral master       random per createMemoryScope, never stored
//
// An owner's key set is stored sealed by the store keyring (XChaCha20-Poly1305, bound to the
// owner), so a key that does not open it fails with WRONG_KEY and changes nothing. A set is
// an index key, which never changes (it names the records: keyed BLAKE2b storage ids, so the
// store never holds a key, an organization id or a user id in the clear), and the owner's
// master keys, the last one primary. rotateOwner() appends a master; records sealed under
// the older ones stay readable until optimizeStorage re-encrypts them. Each scope gets a
// keyring of its owner's masters and a RecordCipher bound to (tenant, scope, owner).
import { CopilotError } from '../errors.js';
import { isConstraintError } from './adapters/contract.js';

const PUBLIC_KEY = new Uint8Array(32); // names meta rows; not a secret, only spreads labels out
const encoder = new TextEncoder();

/** Opens (creating on first use) the keys `identity` may use. Returns scope -> ScopeKeys | null. */
export async function openScopeKeys({ crypto, sealer, adapter, key, identity, algorithm }) {
  const store = await storeKeyring(crypto, adapter, key);
  const { organizationId: org, userId: user, sessionId: session } = identity;
  const sets = [];
  try {
    const orgSet = await openOwner(sealer, adapter, store, crypto, { tenant: org, scope: 'organization', owner: '' });
    sets.push(orgSet);
    const userSet = await openOwner(sealer, adapter, store, crypto, { tenant: org, scope: 'user', owner: user });
    sets.push(userSet);
    let globalSet = null;
    try {
      globalSet = await openOwner(sealer, adapter, store, crypto, { tenant: '', scope: 'global', owner: '' });
      sets.push(globalSet);
    } catch (error) {
      if (error.code !== 'WRONG_KEY') throw error; // another install key owns the global scope
    }
    const ephemeralSet = { owner: null, keys: [crypto.generateMasterKey(), crypto.generateMasterKey()] };
    sets.push(ephemeralSet);
    const make = (set, scope, tenant, owner) => (set ? scopeKeys(crypto, sealer, set, { tenant, scope, owner, algorithm }) : null);
    return {
      session: make(userSet, 'session', org, `${user}\0${session}`),
      user: make(userSet, 'user', org, user),
      organization: make(orgSet, 'organization', org, ''),
      global: make(globalSet, 'global', '', ''),
      ephemeral: make(ephemeralSet, 'ephemeral', org, user),
    };
  } finally {
    store.delete();
    for (const set of sets) for (const key of set.keys) key.fill(0);
  }
}

/**
 * Adds a new primary master key for the owner of `scopeKeys` (stored at once), and to every
 * scope sharing that owner (user and session). Returns the new key id.
 */
export async function rotateOwner({ crypto, sealer, adapter, key, allKeys, scopeKeys }) {
  if (!scopeKeys.owner) throw new CopilotError('INVALID_ARGUMENT', 'the ephemeral scope has no stored keys to rotate');
  const store = await storeKeyring(crypto, adapter, key);
  let set = null;
  try {
    set = await openOwner(sealer, adapter, store, crypto, scopeKeys.owner);
    set.keys.push(crypto.generateMasterKey());
    await saveOwner(sealer, adapter, store, set, 'meta');
    const fresh = set.keys.at(-1);
    let id = null;
    for (const k of Object.values(allKeys)) {
      if (!k || k.owner !== scopeKeys.owner) continue;
      id = k.keyring.add(fresh);
      k.keyring.setPrimary(id);
      k.keyId = id;
    }
    return id;
  } finally {
    store.delete();
    for (const k of set?.keys ?? []) k.fill(0);
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

function scopeKeys(crypto, sealer, set, context) {
  const [base, ...masters] = set.keys;
  const keyring = crypto.createKeyring(masters);
  keyring.setPrimary(keyring.add(masters.at(-1))); // add() of a present key returns its id
  const cipher = keyring.cipher(context);
  const label = `${context.scope}\0${context.tenant}\0${context.owner}`;
  const indexKey = sealer.subkey(base, `index\0${context.scope}`);
  return {
    scope: context.scope,
    owner: set.owner,
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

// An owner's key set: { owner, keys: [index base key, master 1, ..., primary master] }.
// Stored as the keys concatenated, sealed by the store keyring under the owner's context.
async function openOwner(sealer, adapter, store, crypto, owner) {
  const label = ownerLabel(owner);
  const stored = await adapter.getMeta(ownerMetaKey(sealer, owner));
  if (!stored) {
    const set = { owner, keys: [crypto.generateMasterKey(), crypto.generateMasterKey()] };
    try {
      await saveOwner(sealer, adapter, store, set, 'metaAdd');
      return set;
    } catch (error) {
      for (const k of set.keys) k.fill(0);
      if (!isConstraintError(error)) throw error;
      return openOwner(sealer, adapter, store, crypto, owner); // another tab created it first
    }
  }
  const cipher = store.cipher(owner);
  try {
    const [opened] = cipher.decryptBatchSync([stored], [label], { settle: true });
    if (opened instanceof Error) {
      if (opened.code !== 'WRONG_KEY' && opened.code !== 'INTEGRITY') throw opened;
      throw new CopilotError('WRONG_KEY', `the passphrase or key does not open the stored ${owner.scope} keys: check it and try again (nothing was changed)`);
    }
    const keys = [];
    for (let at = 0; at + 32 <= opened.length; at += 32) keys.push(opened.slice(at, at + 32));
    opened.fill(0);
    if (keys.length < 2) throw new CopilotError('INTEGRITY', `the stored ${owner.scope} key set is malformed`);
    return { owner, keys };
  } finally {
    cipher.delete();
  }
}

async function saveOwner(sealer, adapter, store, set, how) {
  const plain = new Uint8Array(32 * set.keys.length);
  set.keys.forEach((k, i) => plain.set(k, 32 * i));
  const cipher = store.cipher(set.owner);
  try {
    const sealed = cipher.encryptBatchSync([plain], [ownerLabel(set.owner)])[0];
    await adapter.commit({ [how]: [{ k: ownerMetaKey(sealer, set.owner), v: sealed }] });
  } finally {
    cipher.delete();
    plain.fill(0);
  }
}

function ownerLabel(owner) {
  return `${owner.scope}\0${owner.tenant}\0${owner.owner}`;
}

function ownerMetaKey(sealer, owner) {
  return `owner:${sealer.storageIds(PUBLIC_KEY, [ownerLabel(owner)])[0]}`;
}

/** Bytes of per-record associated data for the outbox copy of a key. */
export function outboxAd(id) {
  return encoder.encode(`outbox\0${id}`);
}
