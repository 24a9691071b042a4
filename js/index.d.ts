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
  /** Finding and masking personal data (Presidio entity names, UTF-16 offsets). */
  readonly pii: PiiApi;
}

/** Presidio's entity names for the built-in recognizers; custom patterns add their own. */
export type PiiEntityType =
  | 'EMAIL_ADDRESS'
  | 'PHONE_NUMBER'
  | 'CREDIT_CARD'
  | 'US_SSN'
  | 'US_ITIN'
  | 'IBAN_CODE'
  | 'IP_ADDRESS'
  | 'URL'
  | 'MAC_ADDRESS'
  | 'CRYPTO'
  | 'UK_NHS'
  | 'UK_NINO'
  | 'DATE_TIME'
  | 'PERSON'
  | 'LOCATION'
  | 'SECRET';

/** A user-supplied pattern, in RE2 syntax (linear time: it cannot hang the engine). */
export interface CustomPiiPattern {
  type: string;
  pattern: string;
  /** Score given to its matches, 0..1 (default 0.8). */
  confidence?: number;
  /** Informational, as in the seed's configuration. */
  jurisdiction?: string[] | string;
}

export interface PiiEntity {
  type: PiiEntityType | (string & {});
  /** UTF-16 code unit offsets into the text, end exclusive. */
  start: number;
  end: number;
  /** 0..1; context words nearby raise it. */
  score: number;
  /** text.slice(start, end) */
  text: string;
}

export interface PiiDetectOptions {
  /** Only these types (built-in or custom). */
  types?: string[];
  /** Drop entities scoring below this (default 0.4). */
  minScore?: number;
  customPatterns?: CustomPiiPattern[];
}

export interface PiiDetectResult {
  found: boolean;
  types: string[];
  /** Sorted by start, never overlapping. */
  entities: PiiEntity[];
}

export type PiiOperatorName = 'replace' | 'redact' | 'mask' | 'hash' | 'encrypt' | 'tokenize';
export type PiiOperator =
  | PiiOperatorName
  | { type: PiiOperatorName; /** mask: the character shown */ maskChar?: string; /** mask: trailing letters/digits left visible (cards: at most 4) */ keepLast?: number };

export interface PiiMaskOptions extends PiiDetectOptions {
  /** Operator for every type without its own (default 'replace': "<EMAIL_ADDRESS>"). */
  operator?: PiiOperator;
  /** Operator per entity type; wins over rules and `operator`. */
  operators?: Record<string, PiiOperator>;
  /** Named rules ('email-masking', 'ssn-encryption', ... or defineRule() names) or inline rules. */
  rules?: Array<string | PiiMaskingRule>;
  /** The per-tenant key of the hash operator, 16 to 64 bytes. */
  hashKey?: Uint8Array;
  /** Required by the tokenize operator: placeholders stay consistent within it. */
  conversation?: PiiConversation;
}

export interface PiiMaskingRule {
  operators: Record<string, PiiOperator>;
}

export interface PiiMaskResult {
  text: string;
  /** What was masked, with offsets into the ORIGINAL text. */
  entities: PiiEntity[];
}

export interface PiiStreamingUnmasker {
  /** Feeds the next chunk of a streamed answer; returns what is safe to show, placeholders restored. */
  push(chunk: string): string;
  /** Ends the stream and returns what was held back. */
  flush(): string;
  /** Same as flush(). */
  end(): string;
}

/** One conversation's token vault: "<PERSON_1>" means the same person for its whole life. */
export interface PiiConversation {
  /** Restores every placeholder this conversation issued; leaves anything else as it is. */
  unmask(text: string): string;
  createStreamingUnmasker(): PiiStreamingUnmasker;
  /** Distinct values held. */
  readonly size: number;
  /** Frees the vault; later calls throw CLOSED. Idempotent. */
  close(): void;
}

export interface PiiApi {
  detect(text: string, options?: PiiDetectOptions): PiiDetectResult;
  mask(text: string, options?: PiiMaskOptions): PiiMaskResult;
  unmask(text: string, conversation: PiiConversation): string;
  /** Masks every string inside a JSON-like value (structure kept); values under keys such as password, secret, token, apiKey become '[REDACTED]'. */
  maskSensitiveData<T>(data: T, options?: PiiMaskOptions): T;
  createConversation(): PiiConversation;
  defineRule(name: string, rule: PiiMaskingRule): void;
  /** Names of the rules available (built-in first). */
  readonly rules: string[];
  /** The built-in entity types. */
  readonly entityTypes: string[];
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
