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
  optimizeStorage(scope?: MemoryScope): Promise<OptimizationResult>;
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
