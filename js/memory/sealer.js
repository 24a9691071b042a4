// Record sealing for memory scopes over the wasm core (src/memory/record_sealer.h):
// XChaCha20-Poly1305 batches, keyed BLAKE2b storage ids, subkeys and Argon2id.
//
// This is the memory layer's own narrow use of libsodium until the encryption core's
// keyring and RecordCipher (core.crypto) are implemented; memory-scope.js talks only to
// the ScopeKeys objects made here, so switching over touches this file and keys.js.
import { CopilotError, unwrapStatus } from '../errors.js';
import { pack, split, unpack } from './pack.js';

export const SEAL_OVERHEAD = 46;

export class Sealer {
  #module;

  constructor(module) {
    this.#module = module;
  }

  /** Seals plaintexts[i] with ads[i] under `key` (32 bytes) in one crossing. */
  sealBatch(key, keyId, plaintexts, ads) {
    const p = pack(plaintexts);
    const a = pack(ads);
    const sealed = unwrapStatus(this.#module.memorySealBatch(key, keyId, p.data, p.offsets, a.data, a.offsets));
    return split(sealed, plaintexts.map((x) => x.byteLength), SEAL_OVERHEAD);
  }

  /**
   * The store's records in one crossing: storage ids of `keys` under the scope's index key,
   * and `payloads` sealed under its record key, bound to the scope context and their id.
   */
  sealRecords(scopeKeys, keys, payloads) {
    const k = pack(keys);
    const p = pack(payloads);
    const { recordKey, indexKey, keyId, context } = scopeKeys;
    const out = unwrapStatus(this.#module.memorySealRecords(recordKey, indexKey, keyId, context, k.data, k.offsets, p.data, p.offsets));
    const ids = new Array(keys.length);
    for (let i = 0; i < ids.length; i++) ids[i] = out.ids.slice(32 * i, 32 * i + 32);
    return { ids, envs: split(out.sealed, payloads.map((x) => x.byteLength), SEAL_OVERHEAD) };
  }

  /** Opens rows sealed by sealRecords (row id = partition id + record id): a Uint8Array or a CopilotError per row. */
  openRecords(scopeKeys, rows) {
    const s = pack(rows.map((r) => r.env));
    const ids = rows.map((r) => r.id.slice(-32)).join('');
    const out = unwrapStatus(this.#module.memoryOpenRecords(scopeKeys.recordKey, scopeKeys.context, ids, s.data, s.offsets));
    return results(out);
  }

  /** Opens sealed[i] with ads[i]: a Uint8Array or a CopilotError (INTEGRITY, UNSUPPORTED) per record. */
  openBatch(key, sealed, ads) {
    const s = pack(sealed);
    const a = pack(ads);
    return results(unwrapStatus(this.#module.memoryOpenBatch(key, s.data, s.offsets, a.data, a.offsets)));
  }

  /** Keyed storage ids (32 hex digits) of labels, in one crossing. */
  storageIds(key, labels) {
    const p = pack(labels);
    const hex = unwrapStatus(this.#module.memoryStorageIds(key, p.data, p.offsets));
    const out = new Array(labels.length);
    for (let i = 0; i < out.length; i++) out[i] = hex.slice(32 * i, 32 * i + 32);
    return out;
  }

  /** A retention plan (JSON text in, JSON text out); see src/memory/retention_planner.h. */
  plan(requestJson) {
    return unwrapStatus(this.#module.memoryPlanRetention(requestJson));
  }

  subkey(key, label) {
    return unwrapStatus(this.#module.memoryDeriveSubkey(key, label));
  }

  passphraseKey(passphrase, salt, opsLimit, memLimitKiB) {
    return unwrapStatus(this.#module.memoryPassphraseKey(passphrase, salt, opsLimit, memLimitKiB * 1024));
  }
}

function results(out) {
  const plains = unpack(out.data, out.offsets);
  return plains.map((plain, i) => (out.codes[i] === null ? plain : new CopilotError(out.codes[i], messageFor(out.codes[i]))));
}

function messageFor(code) {
  if (code === 'INTEGRITY') return 'a stored record failed authentication: its bytes were altered or it was moved';
  if (code === 'UNSUPPORTED') return 'a stored record has a format this version does not read: upgrade the package';
  return `a stored record could not be opened (${code})`;
}
