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

  /** Opens sealed[i] with ads[i]: a Uint8Array or a CopilotError (INTEGRITY, UNSUPPORTED) per record. */
  openBatch(key, sealed, ads) {
    const s = pack(sealed);
    const a = pack(ads);
    const out = unwrapStatus(this.#module.memoryOpenBatch(key, s.data, s.offsets, a.data, a.offsets));
    const plains = unpack(out.data, out.offsets);
    return plains.map((plain, i) =>
      out.codes[i] === null ? plain : new CopilotError(out.codes[i], messageFor(out.codes[i])),
    );
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

function messageFor(code) {
  if (code === 'INTEGRITY') return 'a stored record failed authentication: its bytes were altered or it was moved';
  if (code === 'UNSUPPORTED') return 'a stored record has a format this version does not read: upgrade the package';
  return `a stored record could not be opened (${code})`;
}
