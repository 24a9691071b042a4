// Keyring: JavaScript's owner of a wasm keyring handle (src/crypto/keyring.h). Master keys
// stay inside wasm; JavaScript sees key ids, wrapped bytes and record ciphers.
import { CopilotError, unwrapStatus } from '../errors.js';
import { RecordCipher } from './record-cipher.js';
import { checkKek, wrapPayload } from './webcrypto-kek.js';
import { checkArgon2, checkMasterKey, checkKeyId, withPassphraseBytes } from './checks.js';

export class Keyring {
  #module;
  #handle;

  /** @internal Use core.crypto.createKeyring / unwrapKeyring / openKeyring. */
  constructor(module, handle) {
    this.#module = module;
    this.#handle = handle;
  }

  /** The key id new records are sealed with, or null when there is no primary key. */
  get primaryKeyId() {
    const h = this.#live();
    return h.hasPrimary() ? h.primaryId() : null;
  }

  /** Ids of every key (primary and older ones kept for reading), ascending. */
  get keyIds() {
    return Array.from(this.#live().ids());
  }

  /** Adds a 32-byte master key; the first key becomes the primary. Returns its key id. */
  add(masterKey) {
    checkMasterKey(masterKey);
    return unwrapStatus(this.#live().add(masterKey));
  }

  /** Generates a new random master key, makes it the primary and returns its id; older keys stay readable. */
  rotate() {
    return unwrapStatus(this.#live().rotate());
  }

  setPrimary(keyId) {
    checkKeyId(keyId);
    unwrapStatus(this.#live().setPrimary(keyId));
  }

  /** Crypto-shreds key `keyId`: it is zeroed, and every record sealed under it becomes unreadable (WRONG_KEY). */
  destroyKey(keyId) {
    checkKeyId(keyId);
    unwrapStatus(this.#live().destroy(keyId));
  }

  /**
   * The keyring wrapped under a passphrase (Argon2id, parameters stored inside), for storage.
   * `argon2` defaults to { opsLimit: 2, memLimitKiB: 65536 }.
   */
  wrap(passphrase, argon2 = {}) {
    const { opsLimit, memLimitKiB } = checkArgon2(argon2);
    const handle = this.#live();
    return withPassphraseBytes(passphrase, (bytes) => unwrapStatus(handle.wrap(bytes, opsLimit, memLimitKiB)));
  }

  /**
   * The keyring wrapped under a non-extractable WebCrypto AES-GCM key (instead of a
   * passphrase). Reopen with core.crypto.unwrapKeyringWithKey.
   */
  async wrapWithKey(kek) {
    checkKek(kek);
    return wrapPayload(this.#live().exportPayload(), kek);
  }

  /**
   * A cipher for records of one context: { tenant, scope, owner, algorithm }. scope is one of
   * 'session' | 'user' | 'organization' | 'global' | 'ephemeral'; algorithm is
   * 'XChaCha20-Poly1305' (default) or 'AES-256-GCM' (sealing only: opening reads the envelope).
   */
  cipher(context) {
    return RecordCipher.create(this.#module, this.#live(), context);
  }

  /** Zeroes every key and frees the handle. Idempotent; ciphers made from it fail with WRONG_KEY afterwards. */
  delete() {
    if (!this.#handle) return;
    this.#handle.wipe();
    this.#handle.delete();
    this.#handle = null;
  }

  get deleted() {
    return this.#handle === null;
  }

  #live() {
    if (!this.#handle) throw new CopilotError('CLOSED', 'this keyring was deleted: open it again');
    return this.#handle;
  }
}
