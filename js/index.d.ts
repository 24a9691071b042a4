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

// ---- Scoped, encrypted memory (createMemoryScope) -----------------------------------------

/** The seed's memory scopes. `ephemeral` lives in memory only, with a short TTL. */
export type MemoryScope = 'session' | 'user' | 'organization' | 'global' | 'ephemeral';
export type MemoryEvent = 'change' | 'expired' | 'evicted' | 'quota' | 'error';

export interface RetentionPolicy {
  /** Milliseconds since the last write after which a record is purged. 0 or absent: no limit. */
  maxAge?: number;
  /** Bytes the scope may hold (sealed size); writes past it evict per `eviction`. */
  maxSize?: number;
}

/** The seed's MemoryScopeConfig plus identity, key and storage. */
export interface MemoryScopeOptions {
  identity: { organizationId: string; userId: string; sessionId?: string; deviceId?: string };
  /** A passphrase (Argon2id) or 32 random bytes. A wrong one fails with WRONG_KEY. */
  key: { passphrase: string; argon2?: { opsLimit?: number; memLimitKiB?: number } } | { masterKey: Uint8Array };
  defaultScope?: MemoryScope;
  enabledScopes?: MemoryScope[];
  /** The seed's memoryConfig shape, accepted as well: { enabled, default }. */
  scopes?: { enabled?: MemoryScope[]; default?: MemoryScope };
  /** Records are always encrypted at rest (XChaCha20-Poly1305); `enabled: false` does not turn that off. */
  encryption?: { enabled?: boolean; algorithm?: 'AES-256-GCM' | 'XChaCha20-Poly1305' };
  synchronization?: {
    enabled?: boolean;
    crossDevice?: boolean;
    conflictResolution?: 'timestamp-based' | 'manual' | string;
    /** Without one, syncData() rejects with NO_SYNC_ENDPOINT and changes stay in the outbox. */
    endpoint?: string;
  };
  retention?: {
    policies?: Partial<Record<MemoryScope, RetentionPolicy>>;
    /** Default 'lru'. */
    eviction?: 'lru' | 'lfu';
    /** Deflate values of 512 bytes or more when that saves bytes. Default true. */
    compression?: boolean;
  };
  /** An IDBFactory (default globalThis.indexedDB), or 'memory' for the in-memory store. */
  indexedDB?: IDBFactory | 'memory';
  /** The IDBKeyRange of the same IndexedDB implementation (default globalThis.IDBKeyRange). */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Default 'copilot-memory'. */
  databaseName?: string;
}

export interface SetDataOptions {
  /** Milliseconds until the record expires. */
  ttl?: number;
  /** Accepted for the seed's shape; records are always encrypted. */
  encrypt?: boolean;
  /** Queue the write in the sync outbox even when synchronization is not enabled. */
  syncImmediately?: boolean;
  /** Override retention.compression for this write. */
  compress?: boolean;
}

export interface PendingChange {
  key: string;
  scope: MemoryScope;
  operation: 'set' | 'delete';
  /** Hybrid logical clock: sortable text ending with the device id. */
  hlc: string;
  deviceId: string;
  timestamp: number;
}

export interface ConflictInfo {
  key: string;
  scope: MemoryScope;
  local: unknown;
  remote: unknown;
}

export interface ConflictResolution {
  strategy: 'local' | 'remote' | 'merge';
  value?: unknown;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
  conflicts: ConflictInfo[];
}

export interface MemoryScopeStats {
  scope: MemoryScope;
  itemCount: number;
  /** Bytes at rest (sealed). */
  totalSize: number;
  totalHits: number;
  lastUpdated: Date | null;
  lastAccessed: Date | null;
  maxSize: number | null;
  maxAge: number | null;
  encrypted: true;
}

export interface OptimizationResult {
  scopes: MemoryScope[];
  purged: number;
  evicted: number;
  reencrypted: number;
  bytesFreed: number;
  durationMs: number;
}

/** The seed's MemoryScopeHookResult, plus close(). Every method rejects with CLOSED after close(). */
export interface MemoryScopeHandle {
  getData<T = unknown>(key: string, scope?: MemoryScope): Promise<T | null>;
  setData<T = unknown>(key: string, value: T, scope?: MemoryScope, options?: SetDataOptions): Promise<void>;
  removeData(key: string, scope?: MemoryScope): Promise<void>;
  clearScope(scope: MemoryScope): Promise<void>;
  /** One store transaction, one wasm crossing. An altered record rejects with INTEGRITY (error.keys, error.readable). */
  getBatch<T = unknown>(keys: string[], scope?: MemoryScope): Promise<Record<string, T>>;
  /** All or nothing: one store transaction. */
  setBatch<T = unknown>(data: Record<string, T>, scope?: MemoryScope, options?: SetDataOptions): Promise<void>;
  /** Case-insensitive substring over keys and string values; all readable scopes when scope is omitted. */
  search<T = unknown>(query: string, scope?: MemoryScope): Promise<Array<{ key: string; value: T; scope: MemoryScope }>>;
  exportData(scope: MemoryScope, format?: 'json' | 'csv'): Promise<string>;
  syncData(scope?: MemoryScope): Promise<SyncResult>;
  readonly isOnline: boolean;
  readonly lastSyncTime: Date | null;
  readonly conflicts: ConflictInfo[];
  resolveConflict(key: string, resolution: ConflictResolution): Promise<void>;
  readonly pendingChanges: PendingChange[];
  getStats(scope?: MemoryScope): MemoryScopeStats[];
  /** Purges expired records, evicts to limits, re-encrypts records sealed under retired keys. */
  optimizeStorage(scope?: MemoryScope): Promise<OptimizationResult>;
  /**
   * A new primary key for the owner of `scope` (organization; user for user and session scopes).
   * New writes use it at once; optimizeStorage re-encrypts older records. INVALID_ARGUMENT for 'ephemeral'.
   */
  rotateKeys(scope?: MemoryScope): Promise<{ scope: MemoryScope; keyId: number }>;
  subscribe(event: MemoryEvent, callback: (data: any) => void): () => void;
  getCurrentScope(): MemoryScope;
  readonly closed: boolean;
  /** Closes the store and zeroes the scope keys. Idempotent. */
  close(): void;
}

/**
 * Opens scoped, encrypted memory for one identity. Rejects with INVALID_CONFIG for unusable
 * options and WRONG_KEY when the key does not open this identity's stored keys.
 */
export declare function createMemoryScope(options: MemoryScopeOptions): Promise<MemoryScopeHandle>;
