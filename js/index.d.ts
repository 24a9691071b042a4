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
  | 'LOAD_FAILED'
  | 'MODEL_UNAVAILABLE'
  | 'MODEL_ERROR'
  | 'MODEL_STREAM'
  | 'ABORTED';

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

// ---------------------------------------------------------------------------------------
// Configuration (createEnterpriseConfig, validatePhase5Config, migrateToPhase5)

export type MemoryScope = 'session' | 'user' | 'organization' | 'global' | 'ephemeral';
export type EncryptionAlgorithm = 'XChaCha20-Poly1305' | 'AES-256-GCM';
export type ThreatSensitivity = 'low' | 'medium' | 'high';
export type ComplianceFramework = 'gdpr' | 'hipaa' | 'sox' | 'pci-dss';
export type ConflictResolutionStrategy = 'timestamp-based' | 'manual' | 'last-write-wins' | 'server-wins' | 'client-wins';
export type EvictionPolicy = 'lru' | 'lfu';

export interface RetentionPolicy {
  /** Milliseconds a record may live. */
  maxAge?: number;
  /** Bytes the scope may hold before eviction. */
  maxSize?: number;
  eviction?: EvictionPolicy;
}

export interface EnterpriseSecurityConfig {
  enabled?: boolean;
  threatDetection?: { enabled?: boolean; sensitivity?: ThreatSensitivity; realTimeMonitoring?: boolean };
  policies?: {
    dataAccess?: string[];
    userPermissions?: Record<string, string[]>;
    complianceFramework?: ComplianceFramework[];
  };
  /** `retention` is in days. */
  audit?: { enabled?: boolean; retention?: number; realTimeAlerts?: boolean };
  piiProtection?: { enabled?: boolean; autoDetection?: boolean; autoMasking?: boolean; maskingRules?: string[] };
}

export interface EnterprisePerformanceConfig {
  monitoring?: { enabled?: boolean; metricsCollection?: boolean; realTimeDashboard?: boolean };
  optimization?: { enabled?: boolean; autoScaling?: boolean; caching?: boolean };
  alerts?: { enabled?: boolean; thresholds?: { responseTime?: number; errorRate?: number; resourceUsage?: number } };
  analytics?: { enabled?: boolean; userJourneyTracking?: boolean; customMetrics?: boolean };
}

export interface EnterpriseMemoryConfig {
  scopes?: { enabled?: MemoryScope[]; default?: MemoryScope };
  encryption?: { enabled?: boolean; algorithm?: EncryptionAlgorithm };
  synchronization?: {
    enabled?: boolean;
    crossDevice?: boolean;
    conflictResolution?: ConflictResolutionStrategy;
    endpoint?: string;
  };
  retention?: { policies?: Partial<Record<MemoryScope, RetentionPolicy>>; compression?: boolean; eviction?: EvictionPolicy };
}

export interface WebhookConfig {
  id: string;
  url: string;
  events: string[];
  secret?: string;
  enabled?: boolean;
  retryPolicy?: { maxRetries?: number; backoffMs?: number };
}

export interface EnterprisePlatformConfig {
  dashboard?: { enabled?: boolean; realTimeUpdates?: boolean; customWidgets?: boolean };
  reporting?: { enabled?: boolean; schedule?: 'hourly' | 'daily' | 'weekly' | 'monthly'; recipients?: string[] };
  integrations?: {
    webhooks?: WebhookConfig[];
    sso?: { enabled?: boolean; provider?: 'oauth' | 'oidc' | 'saml'; settings?: Record<string, unknown> };
    api?: {
      enabled?: boolean;
      version?: string;
      rateLimit?: { requests?: number; window?: number };
      authentication?: { required?: boolean; methods?: Array<'bearer' | 'apikey' | 'basic' | 'mtls'> };
    };
  };
  compliance?: { enabled?: boolean; frameworks?: ComplianceFramework[]; autoRemediation?: boolean };
}

/** A copilot's configuration: the Phase 4 fields plus the Phase 5 enterprise sections. */
export interface AICopilotConfig {
  name?: string;
  slug?: string;
  description?: string;
  firstMessage?: string;
  databasePath?: string;
  embedLocation?: string;
  modelProvider?: 'anthropic' | 'local' | 'openai' | 'ollama' | 'custom' | (string & {});
  model?: string;
  systemPrompt?: string;
  enterpriseSecurity?: EnterpriseSecurityConfig;
  enterprisePerformance?: EnterprisePerformanceConfig;
  enterpriseMemory?: EnterpriseMemoryConfig;
  enterprise?: EnterprisePlatformConfig;
  /** Phase 4 and application fields are kept as they are. */
  [field: string]: unknown;
}

export interface ConfigIssue {
  /** Dot path of the field at fault, e.g. "enterpriseMemory.scopes.default"; "" for the whole config. */
  path: string;
  message: string;
}

export interface ConfigValidationResult {
  valid: boolean;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

/** `partial` over secure defaults (encryption, audit and PII protection on; sync off). */
export declare function createEnterpriseConfig(partial?: AICopilotConfig): AICopilotConfig;
/** Never throws: says what is wrong and where. */
export declare function validatePhase5Config(config: unknown): ConfigValidationResult;
/** Keeps every Phase 4 field; adds each missing Phase 5 section, disabled. Idempotent. */
export declare function migrateToPhase5(phase4Config: AICopilotConfig): AICopilotConfig;
