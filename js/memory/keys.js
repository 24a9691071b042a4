// The key hierarchy of a memory store (key format 2). Secrecy between users and between
// organizations rests on keys, not on the identity passed in: a store opened by user B, with
// B's own passphrase, holds no key that opens user A's records, whatever B does with the raw
// database.
//
//   user KEK        key.passphrase: Argon2id (its own salt per user) unwraps the user's ROOT
//                   keyring, kept wrapped in meta root:<h(org, user)>; key.kek: the same, the
//                   root wrapped under a non-extractable WebCrypto AES-GCM key; key.masterKey:
//                   the KEK is the root itself (the caller derived or stored it)
//   └─ user root    seals the user's GRANTS: grant:<h(holder, owner)> = that owner's base key
//       ├─ user owner (org, user)  -> user and session scopes
//       ├─ organization owner      -> organization scope
//       └─ global owner            -> global scope
//   organization KEK  key.organizationKey, 32 bytes the organization's admin provisions (from
//                   the SSO/KMS, say): kek:<h(owner)> = the organization's base key. A member
//                   without a grant gets one by opening the store once with this key; a
//                   member with a grant needs only their own passphrase afterwards.
//   install key     key.installKey, 32 bytes: the same for the global owner.
//   owner BASE key  random, one per owner, never changes; derives the owner's index key
//                   (keyed BLAKE2b record ids: no key, organization or user id in the clear)
//                   and the key that seals set:<h(owner)> = the owner's master keys, the last
//                   one primary. rotateOwner() appends a master there, so every holder of the
//                   base sees it; older masters stay until optimizeStorage re-encrypts.
//   ephemeral       random per createMemoryScope, never stored.
//
// The first store to open an owner creates it and grants it to its user; without the
// provisioning key, nobody else can join it (their organization scope is WRONG_KEY).
// Every stored key is sealed with XChaCha20-Poly1305 and bound (associated data) to what it
// names, so a row copied under another name fails. `h` is a public BLAKE2b of the label: it
// hides nothing from a guesser of identities and is not meant to; only keys protect data.
// What this does not give: revoking a member (they keep the base key they once held), and
// protection from someone who can run code in the user's unlocked page.
//
// Stores written by key format 1 (one store keyring under one passphrase sealing every
// owner's keys) are MIGRATED when a user of them first opens with the old key: see
// keys-legacy.js.
import { CopilotError } from '../errors.js';
import { isConstraintError } from './adapters/contract.js';
import { openLegacyOwners } from './keys-legacy.js';

const PUBLIC_KEY = new Uint8Array(32); // names meta rows; not a secret, only spreads labels out
const encoder = new TextEncoder();

/** Opens (creating on first use) the keys `identity` may use. Returns scope -> ScopeKeys | null. */
export async function openScopeKeys({ crypto, sealer, adapter, key, identity, algorithm }) {
  const { organizationId: org, userId: user, sessionId: session } = identity;
  const ctx = { crypto, sealer, adapter, holder: { tenant: org, scope: 'user', owner: user } };
  const owners = {
    user: { tenant: org, scope: 'user', owner: user },
    organization: { tenant: org, scope: 'organization', owner: '' },
    global: { tenant: '', scope: 'global', owner: '' },
  };
  // Format 1 keys are opened (and the old key checked) before anything new is written.
  const fresh = !(await adapter.getMeta(grantMetaKey(sealer, ctx.holder, owners.user)));
  const legacy = fresh ? await openLegacyOwners({ crypto, sealer, adapter, key, owners }) : null;
  const root = await userRoot(ctx, key);
  const keks = {
    organization: key.organizationKey ? crypto.createKeyring([key.organizationKey]) : null,
    global: key.installKey ? crypto.createKeyring([key.installKey]) : null,
  };
  const sets = [];
  try {
    ctx.root = root;
    if (legacy) await adoptLegacy(ctx, legacy);
    const opened = {};
    for (const name of ['user', 'organization', 'global']) {
      opened[name] = await openOwner(ctx, owners[name], keks[name]);
      if (opened[name]) sets.push(opened[name]);
    }
    if (!opened.user) throw new CopilotError('WRONG_KEY', 'this key does not open the stored user keys: check it and try again (nothing was changed)');
    const ephemeralSet = { owner: null, keys: [crypto.generateMasterKey(), crypto.generateMasterKey()] };
    sets.push(ephemeralSet);
    const make = (set, scope, tenant, owner) => (set ? scopeKeys(crypto, sealer, set, { tenant, scope, owner, algorithm }) : null);
    return {
      session: make(opened.user, 'session', org, `${user}\0${session}`),
      user: make(opened.user, 'user', org, user),
      organization: make(opened.organization, 'organization', org, ''),
      global: make(opened.global, 'global', '', ''),
      ephemeral: make(ephemeralSet, 'ephemeral', org, user),
    };
  } finally {
    root.delete();
    keks.organization?.delete();
    keks.global?.delete();
    for (const set of sets) for (const k of set.keys) k.fill(0);
    for (const set of legacy?.sets ?? []) for (const k of set.keys) k.fill(0);
  }
}

// Moves format 1 key sets under this user's root: a new owner where none exists yet, else a
// grant to the one another member already moved (same base key); then the user's old row,
// readable by anyone with the old store key, is deleted. The old organization and global
// rows stay for the other users still to move.
async function adoptLegacy(ctx, legacy) {
  const { sealer, adapter, root, holder } = ctx;
  for (const set of legacy.sets) {
    const label = ownerLabel(set.owner);
    if (await adapter.getMeta(grantMetaKey(sealer, holder, set.owner))) continue;
    if (!(await adapter.getMeta(setMetaKey(sealer, set.owner)))) {
      try {
        await saveNewOwner(ctx, { owner: set.owner, keys: set.keys }, null);
        continue;
      } catch (error) {
        if (!isConstraintError(error)) throw error;
      }
    }
    // Another member moved it first: grant only if it is the same owner (its base opens the set).
    const setKey = sealer.subkey(set.keys[0], 'set');
    try {
      const masters = await readMasters(ctx, set.owner, setKey, setMetaKey(sealer, set.owner));
      for (const k of masters) k.fill(0);
    } catch (error) {
      if (error.code !== 'WRONG_KEY') throw error;
      continue;
    } finally {
      setKey.fill(0);
    }
    await adapter.commit({ meta: [{ k: grantMetaKey(sealer, holder, set.owner), v: seal(root, holder, set.keys[0], `grant\0${label}`) }] });
  }
  if (legacy.userRow) await adapter.commit({ metaDel: [legacy.userRow] });
}

/**
 * Adds a new primary master key for the owner of `scopeKeys` (stored at once, where every
 * holder of the owner's base key finds it), and to every scope sharing that owner (user and
 * session). Returns the new key id.
 */
export async function rotateOwner({ crypto, adapter, allKeys, scopeKeys }) {
  if (!scopeKeys.owner) throw new CopilotError('INVALID_ARGUMENT', 'the ephemeral scope has no stored keys to rotate');
  const masters = await readMasters({ crypto, adapter }, scopeKeys.owner, scopeKeys.setKey, scopeKeys.setMetaKey);
  try {
    masters.push(crypto.generateMasterKey());
    await writeMasters({ crypto, adapter }, scopeKeys.owner, scopeKeys.setKey, scopeKeys.setMetaKey, masters, 'meta');
    const fresh = masters.at(-1);
    let id = null;
    for (const k of Object.values(allKeys)) {
      if (!k || k.owner !== scopeKeys.owner) continue;
      id = k.keyring.add(fresh);
      k.keyring.setPrimary(id);
      k.keyId = id;
    }
    return id;
  } finally {
    for (const k of masters) k.fill(0);
  }
}

/** Frees what openScopeKeys made. */
export function closeScopeKeys(keys) {
  for (const k of Object.values(keys)) {
    if (!k) continue;
    k.cipher.delete();
    k.keyring.delete();
    k.indexKey.fill(0);
    k.setKey?.fill(0);
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
    setKey: set.owner ? sealer.subkey(base, 'set') : null,
    setMetaKey: set.owner ? setMetaKey(sealer, set.owner) : null,
    label,
    keyring,
    cipher,
    keyId: keyring.primaryKeyId,
    indexKey,
    part: sealer.storageIds(indexKey, [`part\0${label}`])[0],
  };
}

// The user's root keyring: the master key itself, or a random keyring wrapped under the
// passphrase (Argon2id, the parameters and salt stored with it), one per user.
async function userRoot({ crypto, sealer, adapter, holder }, key) {
  if (key.masterKey) return crypto.createKeyring([key.masterKey]);
  const name = `root:${publicId(sealer, ownerLabel(holder))}`;
  if (key.kek) return kekRoot(crypto, adapter, name, key.kek);
  const wrapped = await adapter.getMeta(name);
  if (wrapped) return crypto.openKeyring({ passphrase: key.passphrase, wrapped }).keyring;
  const fresh = crypto.openKeyring({ passphrase: key.passphrase, argon2: key.argon2 });
  try {
    await adapter.commit({ metaAdd: [{ k: name, v: fresh.wrapped }] });
    return fresh.keyring;
  } catch (error) {
    fresh.keyring.delete();
    if (!isConstraintError(error)) throw error;
    // Another tab created this user at the same moment: use its root.
    return crypto.openKeyring({ passphrase: key.passphrase, wrapped: await adapter.getMeta(name) }).keyring;
  }
}

// The root wrapped under a WebCrypto key (WRONG_KEY for another key).
async function kekRoot(crypto, adapter, name, kek) {
  const wrapped = await adapter.getMeta(name);
  if (wrapped) return crypto.unwrapKeyringWithKey(wrapped, kek);
  const fresh = crypto.createKeyring();
  try {
    fresh.rotate();
    await adapter.commit({ metaAdd: [{ k: name, v: await fresh.wrapWithKey(kek) }] });
    return fresh;
  } catch (error) {
    fresh.delete();
    if (!isConstraintError(error)) throw error;
    return crypto.unwrapKeyringWithKey(await adapter.getMeta(name), kek); // another tab was first
  }
}

// An owner's key set { owner, keys: [base, master 1, ..., primary master] }, through this
// user's grant or the provisioning KEK; created when the owner does not exist yet; null when
// it exists and this user has no way in.
async function openOwner(ctx, owner, kek) {
  const { crypto, sealer, adapter, root, holder } = ctx;
  const label = ownerLabel(owner);
  const grantName = grantMetaKey(sealer, holder, owner);
  const kekName = `kek:${publicId(sealer, label)}`;
  const grant = await adapter.getMeta(grantName);
  const viaKek = kek ? await adapter.getMeta(kekName) : undefined;
  let base = null;
  try {
    if (grant) base = unseal(root, holder, grant, `grant\0${label}`, `${owner.scope} keys`);
    if (viaKek) {
      const fromKek = unseal(kek, owner, viaKek, `kek\0${label}`, `${owner.scope} keys (the provisioning key)`);
      if (base) fromKek.fill(0);
      else base = fromKek;
    }
    if (!base) {
      if (await adapter.getMeta(setMetaKey(sealer, owner))) {
        // Another open of this same user (a second tab, or React StrictMode's second mount) may
        // have made the owner, set and grant in one transaction, after the grant was read above.
        if (await adapter.getMeta(grantName)) return openOwner(ctx, owner, kek);
        return null; // exists; no grant, no KEK
      }
      const set = { owner, keys: [crypto.generateMasterKey(), crypto.generateMasterKey()] };
      try {
        await saveNewOwner(ctx, set, kek);
        return set;
      } catch (error) {
        for (const k of set.keys) k.fill(0);
        if (!isConstraintError(error)) throw error;
        return openOwner(ctx, owner, kek); // another tab created it first
      }
    }
    const extra = [];
    if (!grant) extra.push({ k: grantName, v: seal(root, holder, base, `grant\0${label}`) });
    if (kek && !viaKek) extra.push({ k: kekName, v: seal(kek, owner, base, `kek\0${label}`) });
    if (extra.length > 0) await adapter.commit({ meta: extra });
    const masters = await readMasters(ctx, owner, sealer.subkey(base, 'set'), setMetaKey(sealer, owner));
    return { owner, keys: [base.slice(), ...masters] };
  } finally {
    base?.fill(0);
  }
}

// Stores a new owner: its master set, this user's grant and, with one, the KEK's copy, in one
// transaction that fails with ConstraintError if any of them exists.
async function saveNewOwner(ctx, set, kek) {
  const { crypto, sealer, adapter, root, holder } = ctx;
  const { owner, keys } = set;
  const label = ownerLabel(owner);
  const setKey = sealer.subkey(keys[0], 'set');
  try {
    const rows = [
      { k: setMetaKey(sealer, owner), v: sealMasters(crypto, owner, setKey, keys.slice(1)) },
      { k: grantMetaKey(sealer, holder, owner), v: seal(root, holder, keys[0], `grant\0${label}`) },
    ];
    if (kek) rows.push({ k: `kek:${publicId(sealer, label)}`, v: seal(kek, owner, keys[0], `kek\0${label}`) });
    await adapter.commit({ metaAdd: rows });
  } finally {
    setKey.fill(0);
  }
}

async function readMasters({ crypto, adapter }, owner, setKey, name) {
  const stored = await adapter.getMeta(name);
  if (!stored) throw new CopilotError('INTEGRITY', `the stored ${owner.scope} key set is missing`);
  const ring = crypto.createKeyring([setKey]);
  try {
    const plain = unseal(ring, owner, stored, `set\0${ownerLabel(owner)}`, `${owner.scope} key set`);
    const keys = [];
    for (let at = 0; at + 32 <= plain.length; at += 32) keys.push(plain.slice(at, at + 32));
    plain.fill(0);
    if (keys.length < 1 || plain.length % 32 !== 0) throw new CopilotError('INTEGRITY', `the stored ${owner.scope} key set is malformed`);
    return keys;
  } finally {
    ring.delete();
  }
}

async function writeMasters({ crypto, adapter }, owner, setKey, name, masters, how) {
  await adapter.commit({ [how]: [{ k: name, v: sealMasters(crypto, owner, setKey, masters) }] });
}

function sealMasters(crypto, owner, setKey, masters) {
  const plain = new Uint8Array(32 * masters.length);
  masters.forEach((k, i) => plain.set(k, 32 * i));
  const ring = crypto.createKeyring([setKey]);
  try {
    return seal(ring, owner, plain, `set\0${ownerLabel(owner)}`);
  } finally {
    ring.delete();
    plain.fill(0);
  }
}

function seal(keyring, context, plain, ad) {
  const cipher = keyring.cipher(context);
  try {
    return cipher.encryptBatchSync([plain], [ad])[0];
  } finally {
    cipher.delete();
  }
}

/** Opens one sealed key row; WRONG_KEY when `keyring` does not open it (nothing changes). */
export function unseal(keyring, context, sealed, ad, what) {
  const cipher = keyring.cipher(context);
  try {
    const [opened] = cipher.decryptBatchSync([sealed], [ad], { settle: true });
    if (opened instanceof Error) {
      if (opened.code !== 'WRONG_KEY' && opened.code !== 'INTEGRITY') throw opened;
      throw new CopilotError('WRONG_KEY', `the key given does not open the stored ${what}: check it and try again (nothing was changed)`);
    }
    return opened;
  } finally {
    cipher.delete();
  }
}

export function ownerLabel(owner) {
  return `${owner.scope}\0${owner.tenant}\0${owner.owner}`;
}

/** A public (unkeyed) BLAKE2b id of a label, naming meta rows. */
export function publicId(sealer, label) {
  return sealer.storageIds(PUBLIC_KEY, [label])[0];
}

function grantMetaKey(sealer, holder, owner) {
  return `grant:${publicId(sealer, `${ownerLabel(holder)}\0\0${ownerLabel(owner)}`)}`;
}

function setMetaKey(sealer, owner) {
  return `set:${publicId(sealer, ownerLabel(owner))}`;
}

/** Bytes of per-record associated data for the outbox copy of a key. */
export function outboxAd(id) {
  return encoder.encode(`outbox\0${id}`);
}
