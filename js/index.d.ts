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
