// Passphrase: a passphrase held inside wasm for one unlock (src/crypto/key_wrap.h's
// PassphraseKeks). JavaScript's copy is zeroed as soon as it is made (a string cannot be: drop
// it), and every keyring opened or wrapped through it shares the Argon2id work: keyrings
// wrapped under the same salt cost one derivation per unlock instead of one each.
//
//   const passphrase = core.crypto.createPassphrase(bytesOrString);
//   const a = core.crypto.openKeyring({ passphrase, wrapped: storedA });   // Argon2id runs
//   const b = core.crypto.openKeyring({ passphrase, wrapped: storedB });   // same salt: it does not
//   passphrase.destroy();
import { CopilotError, unwrapStatus } from '../errors.js';
import { markPassphrase, withPassphraseBytes } from './checks.js';
import { track, untrack } from './lifetime.js';

export class Passphrase {
  #handle;

  /** @internal Use core.crypto.createPassphrase. */
  constructor(module, passphrase) {
    this.#handle = withPassphraseBytes(passphrase, (bytes) => unwrapStatus(module.cryptoCreatePassphrase(bytes)));
    markPassphrase(this);
    track(this, this.#handle);
  }

  /** How many Argon2id derivations this passphrase has run so far. */
  get derivations() {
    return this.#live().derivations();
  }

  /** @internal The wasm handle, for js/crypto/ only. */
  handle() {
    return this.#live();
  }

  /** Zeroes the passphrase and every key derived from it, and frees the handle. Idempotent. */
  destroy() {
    if (!this.#handle) return;
    untrack(this);
    this.#handle.wipe();
    this.#handle.delete();
    this.#handle = null;
  }

  get destroyed() {
    return this.#handle === null;
  }

  #live() {
    if (!this.#handle) throw new CopilotError('CLOSED', 'this passphrase was destroyed: create it again');
    return this.#handle;
  }
}
