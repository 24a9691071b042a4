// Key format 1, as stores written before per-user keys hold it: meta 'keyring' is one store
// keyring wrapped under the store's passphrase (none with a masterKey: the key was the
// keyring), and owner:<h(owner)> each owner's key set [base, master 1, ...] sealed by it.
// Whoever held the store key opened every user's set, which is why keys.js moves them under
// each user's own root on that user's first open with the old key (records are not touched:
// same base, same masters, same record ids).
import { CopilotError } from '../errors.js';
import { ownerLabel, publicId, unseal } from './keys.js';

/**
 * The format 1 key sets of this user and their organization and global owners, opened with
 * the old store key; null when the user has none. WRONG_KEY (nothing written) for a key that
 * does not open them.
 */
export async function openLegacyOwners({ crypto, sealer, adapter, key, owners }) {
  const rows = [];
  for (const owner of [owners.user, owners.organization, owners.global]) {
    const name = `owner:${publicId(sealer, ownerLabel(owner))}`;
    const row = await adapter.getMeta(name);
    if (row) rows.push({ owner, name, row });
  }
  if (rows.length === 0) return null;
  const userRow = rows[0].owner === owners.user ? rows[0].name : null;
  let store;
  try {
    store = await legacyKeyring(crypto, adapter, key);
  } catch (error) {
    // A user new to a format 1 store, under a key of their own: nothing of theirs to move.
    if (!userRow && error.code === 'WRONG_KEY') return null;
    throw error;
  }
  const sets = [];
  try {
    for (const { owner, row } of rows) {
      let plain;
      try {
        plain = unseal(store, owner, row, ownerLabel(owner), `${owner.scope} keys (format 1)`);
      } catch (error) {
        if (owner === owners.user || error.code !== 'WRONG_KEY') throw error;
        continue; // another key's organization or global scope, as format 1 allowed
      }
      const keys = [];
      for (let at = 0; at + 32 <= plain.length; at += 32) keys.push(plain.slice(at, at + 32));
      plain.fill(0);
      if (keys.length < 2) throw new CopilotError('INTEGRITY', `the stored ${owner.scope} key set (format 1) is malformed`);
      sets.push({ owner, keys });
    }
    return { userRow, sets };
  } catch (error) {
    for (const set of sets) for (const k of set.keys) k.fill(0);
    throw error;
  } finally {
    store.delete();
  }
}

async function legacyKeyring(crypto, adapter, key) {
  if (key.masterKey) return crypto.createKeyring([key.masterKey]);
  if (key.kek) throw new CopilotError('WRONG_KEY', 'a format 1 store opens with the passphrase or master key it was made with, not a WebCrypto key');
  const wrapped = await adapter.getMeta('keyring');
  if (!wrapped) throw new CopilotError('INTEGRITY', 'this store holds format 1 keys but no store keyring to open them');
  return crypto.openKeyring({ passphrase: key.passphrase, wrapped }).keyring;
}
