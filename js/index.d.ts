// Public declarations of `copilot-package/core`: the framework-free API for browsers,
// Node >= 20 and edge workers.

/** Stable error codes; match on `error.code`, never on the message. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_CONFIG'
  | 'INVALID_PATTERN'
  | 'INVALID_POLICY'
  | 'INTEGRITY'
  | 'WRONG_KEY'
  | 'UNSUPPORTED'
  | 'TOO_LARGE'
  | 'INTERNAL'
  | 'QUOTA'
  | 'CLOSED'
  | 'NO_SYNC_ENDPOINT'
  | 'LOAD_FAILED';

export declare const ERROR_CODES: readonly ErrorCode[];

/** Every error the package throws. */
export declare class CopilotError extends Error {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown });
  readonly name: 'CopilotError';
  readonly code: ErrorCode;
}

/** The loaded wasm core. Loaded once per realm; every call after loadCore() is synchronous. */
export interface Core {
  /** The package version the module was built from, e.g. "0.1.0". */
  readonly version: string;
  /** The libraries linked into the module, with versions, e.g. "libsodium 1.0.18, ...". */
  readonly libraries: string;
  /** Keys, keyrings and record encryption (XChaCha20-Poly1305 in wasm, AES-256-GCM via WebCrypto). */
  readonly crypto: CryptoFacet;
}

// ---- Encryption core (core.crypto) -------------------------------------------------------

export type MemoryScopeName = 'session' | 'user' | 'organization' | 'global' | 'ephemeral';
export type EncryptionAlgorithm = 'XChaCha20-Poly1305' | 'AES-256-GCM';

/** Argon2id cost of the passphrase KEK; stored in the wrapped keyring. */
export interface Argon2Params {
  /** Passes, 1..32. Default 2. */
  opsLimit?: number;
  /** Memory in KiB, 8..1048576. Default 65536 (64 MiB). */
  memLimitKiB?: number;
}

/** Where records live: bound into every record's associated data. */
export interface RecordContext {
  /** The organization id. */
  tenant: string;
  scope: MemoryScopeName;
  /** The user or session the scope belongs to. Default ''. */
  owner?: string;
  /**
   * What encrypt* seals with; decryption reads the algorithm from each envelope. Default
   * 'XChaCha20-Poly1305'. 'auto' picks per record: XChaCha20 in wasm below 1 MiB, WebCrypto
   * AES-256-GCM from 1 MiB (the faster path for each size as measured).
   */
  algorithm?: EncryptionAlgorithm | 'auto';
}

/** Per-record associated data, e.g. the record's key in the store: bytes or a UTF-8 string. */
export type AssociatedData = Uint8Array | string;

export interface DecryptOptions {
  /** Resolve to a Uint8Array or a CopilotError per record instead of rejecting with the first failure. */
  settle?: boolean;
}

/** The master keys of one owner; a handle owned by JavaScript: call delete() (idempotent) when done. */
export interface Keyring {
  /** The key id new records are sealed with, or null. */
  readonly primaryKeyId: number | null;
  /** Every key id, ascending (older keys stay for reading). */
  readonly keyIds: number[];
  readonly deleted: boolean;
  /** Adds a 32-byte master key (the first becomes primary); returns its key id. */
  add(masterKey: Uint8Array): number;
  /** A new random primary key; returns its id. */
  rotate(): number;
  setPrimary(keyId: number): void;
  /** Crypto-shreds a key: records sealed under it can never be read again (WRONG_KEY). */
  destroyKey(keyId: number): void;
  /** Wraps every key under a passphrase (Argon2id) for storage. */
  wrap(passphrase: string, argon2?: Argon2Params): Uint8Array;
  /** Wraps every key under a non-extractable WebCrypto AES-GCM key instead of a passphrase. */
  wrapWithKey(kek: CryptoKey): Promise<Uint8Array>;
  cipher(context: RecordContext): RecordCipher;
  /** Zeroes the keys and frees the handle; ciphers made from it then fail with WRONG_KEY. */
  delete(): void;
}

/** Encrypts and decrypts the records of one context, many per call. Owned by JavaScript: delete() when done. */
export interface RecordCipher {
  readonly algorithm: EncryptionAlgorithm | 'auto';
  readonly deleted: boolean;
  encryptBatch(plaintexts: Uint8Array[], ads?: AssociatedData[]): Promise<Uint8Array[]>;
  /** XChaCha20-Poly1305 in wasm (also for 'auto'); UNSUPPORTED for 'AES-256-GCM'. */
  encryptBatchSync(plaintexts: Uint8Array[], ads?: AssociatedData[]): Uint8Array[];
  decryptBatch(envelopes: Uint8Array[], ads?: AssociatedData[]): Promise<Uint8Array[]>;
  decryptBatch(envelopes: Uint8Array[], ads: AssociatedData[] | undefined, options: { settle: true }): Promise<Array<Uint8Array | CopilotError>>;
  decryptBatch(envelopes: Uint8Array[], ads?: AssociatedData[], options?: DecryptOptions): Promise<Array<Uint8Array | CopilotError>>;
  /** AES-256-GCM envelopes fail with UNSUPPORTED here (WebCrypto is asynchronous). */
  decryptBatchSync(envelopes: Uint8Array[], ads?: AssociatedData[]): Uint8Array[];
  decryptBatchSync(envelopes: Uint8Array[], ads: AssociatedData[] | undefined, options: { settle: true }): Array<Uint8Array | CopilotError>;
  encrypt(plaintext: Uint8Array, ad?: AssociatedData): Promise<Uint8Array>;
  decrypt(envelope: Uint8Array, ad?: AssociatedData): Promise<Uint8Array>;
  delete(): void;
}

export interface EnvelopeInfo {
  version: number;
  algorithm: EncryptionAlgorithm;
  keyId: number;
}

export interface CryptoFacet {
  generateMasterKey(): Uint8Array;
  createKeyring(masterKeys?: Uint8Array[]): Keyring;
  /** WRONG_KEY for a wrong passphrase or altered bytes; UNSUPPORTED for an unknown format. */
  unwrapKeyring(wrapped: Uint8Array, passphrase: string): Keyring;
  /** Reopens a keyring from keyring.wrapWithKey(kek). WRONG_KEY for another key. */
  unwrapKeyringWithKey(wrapped: Uint8Array, kek: CryptoKey): Promise<Keyring>;
  /**
   * { masterKey }: a keyring holding that key. { passphrase, wrapped }: unwraps. { passphrase }
   * alone: a new keyring with a random key, and `wrapped` to store.
   */
  openKeyring(
    options: { masterKey: Uint8Array } | { passphrase: string; wrapped?: Uint8Array | null; argon2?: Argon2Params },
  ): { keyring: Keyring; wrapped: Uint8Array | null };
  wrappedKeyringParams(wrapped: Uint8Array): Required<Argon2Params>;
  inspectEnvelope(envelope: Uint8Array): EnvelopeInfo;
  readonly defaultArgon2: Readonly<Required<Argon2Params>>;
}

export interface LoadCoreOptions {
  /**
   * Where the wasm module comes from, when the runtime's default does not fit: a compiled
   * module (required in Cloudflare Workers), the module's bytes, or a URL to fetch.
   * Only the first successful loadCore() call's options are used.
   */
  wasm?: WebAssembly.Module | BufferSource | URL | string | Promise<WebAssembly.Module | BufferSource | URL | string>;
}

/**
 * Loads the core (once; concurrent and later calls share the same promise). Rejects with a
 * CopilotError whose code is LOAD_FAILED when the module cannot be fetched or compiled;
 * a later call tries again.
 */
export declare function loadCore(options?: LoadCoreOptions): Promise<Core>;
