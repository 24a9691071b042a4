// core.crypto: keys, keyrings and record ciphers over the wasm encryption core (src/crypto/).
//
//   const { keyring, wrapped } = core.crypto.openKeyring({ passphrase });   // new: store `wrapped`
//   const { keyring } = core.crypto.openKeyring({ passphrase, wrapped });   // later
//   const { keyring } = core.crypto.openKeyring({ masterKey });             // or a raw 32-byte key
//   const cipher = keyring.cipher({ tenant: 'acme', scope: 'user', owner: 'alice' });
//   const envelopes = await cipher.encryptBatch([bytes1, bytes2], ['key1', 'key2']);
//   const plaintexts = await cipher.decryptBatch(envelopes, ['key1', 'key2']);
//   cipher.delete(); keyring.delete();
//
// Every handle is owned by its creator and freed with an idempotent delete().
import { CopilotError, unwrapStatus } from '../errors.js';
import { checkArgon2, checkMasterKey, checkPassphrase, DEFAULT_ARGON2, isPassphrase, withPassphraseBytes } from './checks.js';
import { createKeyEvents, reported } from './key-events.js';
import { Keyring } from './keyring.js';
import { Passphrase } from './passphrase.js';
import { describe } from './pack.js';
import { checkKek, unwrapPayload } from './webcrypto-kek.js';

export { Keyring } from './keyring.js';
export { RecordCipher } from './record-cipher.js';
export { Passphrase } from './passphrase.js';

export function buildCrypto(module) {
  const events = createKeyEvents();
  const emit = events.emit;
  const newKeyring = () => new Keyring(module, new module.CryptoKeyring(), emit);
  // An unwrap, reported with the key ids it opened (or the error code).
  const unwrapped = (algorithm, open) =>
    reported(emit, (ring) => ({ operation: 'unwrap', keyIds: ring ? ring.keyIds : [], algorithm }), open);

  function createKeyring(masterKeys = []) {
    if (!Array.isArray(masterKeys)) throw new CopilotError('INVALID_ARGUMENT', 'masterKeys must be an array of 32-byte Uint8Array');
    masterKeys.forEach(checkMasterKey);
    const ring = newKeyring();
    for (const key of masterKeys) ring.add(key);
    return ring;
  }

  function unwrapKeyring(wrapped, passphrase) {
    checkWrapped(wrapped);
    checkPassphrase(passphrase);
    return unwrapped('Argon2id', () => {
      const handle = isPassphrase(passphrase)
        ? unwrapStatus(passphrase.handle().unwrap(wrapped))
        : withPassphraseBytes(passphrase, (bytes) => unwrapStatus(module.cryptoUnwrapKeyring(wrapped, bytes)));
      return new Keyring(module, handle, emit);
    });
  }

  async function unwrapKeyringWithKey(wrapped, kek) {
    checkWrapped(wrapped);
    checkKek(kek);
    let payload;
    try {
      payload = await unwrapPayload(wrapped, kek);
    } catch (error) {
      emit({ operation: 'unwrap', keyIds: [], algorithm: 'AES-256-GCM', outcome: 'error', code: error?.code ?? 'INTERNAL' });
      throw error;
    }
    try {
      return unwrapped('AES-256-GCM', () => new Keyring(module, unwrapStatus(module.cryptoImportKeyringPayload(payload)), emit));
    } finally {
      payload.fill(0);
    }
  }

  function openKeyring(options) {
    if (typeof options !== 'object' || options === null) {
      throw new CopilotError('INVALID_ARGUMENT', 'openKeyring takes { masterKey } or { passphrase, wrapped?, argon2? }');
    }
    if (options.masterKey !== undefined) return { keyring: createKeyring([options.masterKey]), wrapped: null };
    if (options.passphrase === undefined) {
      throw new CopilotError('INVALID_ARGUMENT', 'openKeyring needs a key: { masterKey } or { passphrase }');
    }
    checkPassphrase(options.passphrase);
    if (options.wrapped !== undefined && options.wrapped !== null) {
      return { keyring: unwrapKeyring(options.wrapped, options.passphrase), wrapped: options.wrapped };
    }
    const argon2 = checkArgon2(options.argon2 ?? {});
    const keyring = newKeyring();
    try {
      keyring.rotate();
      return { keyring, wrapped: keyring.wrap(options.passphrase, argon2) };
    } catch (error) {
      keyring.delete();
      throw error;
    }
  }

  return {
    /**
     * Holds a passphrase (string or UTF-8 Uint8Array, which is zeroed at once) inside wasm for
     * one unlock: keyrings opened or wrapped through it share their Argon2id work. destroy() it.
     */
    createPassphrase: (passphrase) => {
      checkPassphrase(passphrase);
      if (isPassphrase(passphrase)) return passphrase;
      return new Passphrase(module, passphrase);
    },
    /**
     * Reports every key operation of this core (create, derive, wrap, unwrap, rotate, destroy,
     * delete, collect) to `listener`, with key ids, scope, algorithm and outcome, never key
     * material. Returns the function that unsubscribes.
     */
    onKeyEvent: (listener) => events.subscribe(listener),
    /** A fresh random 32-byte master key (from the core's CSPRNG). */
    generateMasterKey: () => reported(emit, () => ({ operation: 'create', keyIds: [] }), () => module.cryptoGenerateMasterKey()),
    createKeyring,
    unwrapKeyring,
    /** Reopens a keyring wrapped with keyring.wrapWithKey(kek). WRONG_KEY for another key. */
    unwrapKeyringWithKey,
    openKeyring,
    /** The Argon2id parameters stored in a wrapped keyring: re-wrap when they are below your policy. */
    wrappedKeyringParams(wrapped) {
      checkWrapped(wrapped);
      return unwrapStatus(module.cryptoWrappedKeyringParams(wrapped));
    },
    /** { version, algorithm, keyId } of an envelope, without opening it. INTEGRITY / UNSUPPORTED on bad headers. */
    inspectEnvelope(envelope) {
      if (!(envelope instanceof Uint8Array)) throw new CopilotError('INVALID_ARGUMENT', `an envelope is a Uint8Array, got ${describe(envelope)}`);
      return unwrapStatus(module.cryptoInspectEnvelope(envelope));
    },
    defaultArgon2: DEFAULT_ARGON2,
  };
}

function checkWrapped(wrapped) {
  if (!(wrapped instanceof Uint8Array)) {
    throw new CopilotError('INVALID_ARGUMENT', `a wrapped keyring is a Uint8Array, got ${describe(wrapped)}`);
  }
}
