// Keyring: JavaScript's owner of a wasm keyring handle (src/crypto/keyring.h). Master keys
// stay inside wasm; JavaScript sees key ids, wrapped bytes and record ciphers.
import { CopilotError, unwrapStatus } from '../errors.js';
import { RecordCipher } from './record-cipher.js';
import { checkKek, wrapPayload } from './webcrypto-kek.js';
import { checkArgon2, checkMasterKey, checkKeyId, isPassphrase, withPassphraseBytes } from './checks.js';
import { reported } from './key-events.js';
import { track, untrack } from './lifetime.js';

const NO_EVENTS = () => {};

// The scope and algorithm of a cipher context, for key events: short names only.
function nameFields(context) {
  const name = (v) => (typeof v === 'string' && v.length <= 64 ? v : undefined);
  return { scope: name(context?.scope), algorithm: name(context?.algorithm) ?? 'XChaCha20-Poly1305' };
}

export class Keyring {
  #module;
  #handle;
  #emit;

  /** @internal Use core.crypto.createKeyring / unwrapKeyring / openKeyring. */
  constructor(module, handle, emit = NO_EVENTS) {
    this.#module = module;
    this.#handle = handle;
    this.#emit = emit;
    const keyIds = Array.from(handle.ids());
    track(this, handle, () => emit({ operation: 'collect', keyIds, outcome: 'ok' }));
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
    return this.#reported('add', (id) => ({ keyId: id }), () => unwrapStatus(this.#live().add(masterKey)));
  }

  /** Generates a new random master key, makes it the primary and returns its id; older keys stay readable. */
  rotate() {
    // The first key of an empty keyring is a creation; later ones are rotations.
    const operation = this.#live().ids().length === 0 ? 'create' : 'rotate';
    return this.#reported(operation, (id) => ({ keyId: id }), () => unwrapStatus(this.#live().rotate()));
  }

  /** Makes key `keyId` the one new records are sealed with (reported as a rotation). */
  setPrimary(keyId) {
    checkKeyId(keyId);
    this.#reported('rotate', () => ({ keyId }), () => unwrapStatus(this.#live().setPrimary(keyId)));
  }

  /** Crypto-shreds key `keyId`: it is zeroed, and every record sealed under it becomes unreadable (WRONG_KEY). */
  destroyKey(keyId) {
    checkKeyId(keyId);
    this.#reported('destroy', () => ({ keyId }), () => unwrapStatus(this.#live().destroy(keyId)));
  }

  /**
   * The keyring wrapped under a passphrase (Argon2id, parameters stored inside), for storage.
   * `argon2` defaults to { opsLimit: 2, memLimitKiB: 65536 }.
   */
  wrap(passphrase, argon2 = {}) {
    const { opsLimit, memLimitKiB } = checkArgon2(argon2);
    const handle = this.#live();
    return this.#reported('wrap', () => ({ algorithm: 'Argon2id' }), () =>
      isPassphrase(passphrase)
        ? unwrapStatus(passphrase.handle().wrap(handle, opsLimit, memLimitKiB))
        : withPassphraseBytes(passphrase, (bytes) => unwrapStatus(handle.wrap(bytes, opsLimit, memLimitKiB))),
    );
  }

  /**
   * The keyring wrapped under a non-extractable WebCrypto AES-GCM key (instead of a
   * passphrase). Reopen with core.crypto.unwrapKeyringWithKey.
   */
  async wrapWithKey(kek) {
    checkKek(kek);
    const fields = { operation: 'wrap', keyIds: this.keyIds, algorithm: 'AES-256-GCM' };
    try {
      const wrapped = await wrapPayload(this.#live().exportPayload(), kek);
      this.#emit({ ...fields, outcome: 'ok' });
      return wrapped;
    } catch (error) {
      this.#emit({ ...fields, outcome: 'error', code: error?.code ?? 'INTERNAL' });
      throw error;
    }
  }

  /**
   * A cipher for records of one context: { tenant, scope, owner, algorithm }. scope is one of
   * 'session' | 'user' | 'organization' | 'global' | 'ephemeral'; algorithm is
   * 'XChaCha20-Poly1305' (default) or 'AES-256-GCM' (sealing only: opening reads the envelope).
   */
  cipher(context) {
    const handle = this.#live();
    return this.#reported(
      'derive',
      () => ({ keyId: handle.hasPrimary() ? handle.primaryId() : undefined, ...nameFields(context) }),
      () => RecordCipher.create(this.#module, handle, context, this),
    );
  }

  /**
   * Zeroes every key and frees the handle. Idempotent; ciphers made from it fail with WRONG_KEY
   * afterwards. A keyring nobody deletes is wiped when it is garbage-collected (a safety net,
   * not a schedule: delete it).
   */
  delete() {
    if (!this.#handle) return;
    const keyIds = this.keyIds;
    untrack(this);
    this.#handle.wipe();
    this.#handle.delete();
    this.#handle = null;
    this.#emit({ operation: 'delete', keyIds, outcome: 'ok' });
  }

  // Runs a key operation and reports it with the key ids it concerned (never key material).
  #reported(operation, fieldsOf, run) {
    const keyIds = this.#handle ? this.keyIds : [];
    return reported(this.#emit, (result) => ({ operation, keyIds, ...fieldsOf(result) }), run);
  }

  get deleted() {
    return this.#handle === null;
  }

  #live() {
    if (!this.#handle) throw new CopilotError('CLOSED', 'this keyring was deleted: open it again');
    return this.#handle;
  }
}
