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

// ---------------------------------------------------------------------------------------
// Dashboard data (createDashboardStore, emptySnapshot)

export type AlertSeverity = 'low' | 'medium' | 'high' | 'critical';
export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

export interface DashboardAlert {
  id: string;
  severity: AlertSeverity;
  title: string;
  /** Epoch milliseconds. */
  time: number;
  status?: AlertStatus;
}

/** Everything the dashboard widgets show, as plain data. Times are epoch milliseconds. */
export interface DashboardSnapshot {
  generatedAt: number;
  threats: {
    total: number;
    byCategory: Array<{ category: string; count: number }>;
    timeline: Array<{ time: number; count: number }>;
    recent: Array<{ id: string; time: number; category: string; severity: AlertSeverity; summary: string }>;
  };
  decisions: { allow: number; challenge: number; deny: number };
  memory: Array<{ scope: string; records: number; bytes: number }>;
  compliance: Array<{ framework: string; score: number; passed: number; failed: number }>;
  performance: {
    requests: number;
    errorRate: number;
    latencyP50: number | null;
    latencyP95: number | null;
    timeline: Array<{ time: number; latency: number }>;
  };
  alerts: DashboardAlert[];
  audit: { entries: number; verified: boolean | null; lastVerifiedAt: number | null; treeSize: number; rootHash: string | null };
}

export interface DashboardState {
  snapshot: DashboardSnapshot;
  loading: boolean;
  /** The last collection's failure; the snapshot is then the last good one. */
  error: Error | null;
}

export interface DashboardStore {
  getSnapshot(): DashboardState;
  /** Collects at once and then every refreshInterval seconds while anyone is subscribed. */
  subscribe(listener: () => void): () => void;
  refresh(): Promise<void>;
  acknowledgeAlert(id: string): void;
  resolveAlert(id: string): void;
}

export declare function createDashboardStore(options: {
  collect: () => Partial<DashboardSnapshot> | Promise<Partial<DashboardSnapshot>>;
  /** Seconds. Default 30. */
  refreshInterval?: number;
  onAlertChange?: (id: string, status: AlertStatus) => void;
}): DashboardStore;

export declare function emptySnapshot(): DashboardSnapshot;

// ---------------------------------------------------------------------------------------
// The guarded chat (createChatStore, createModelAdapter)

export interface ModelMessage {
  role: 'user' | 'assistant';
  content: string;
}

export interface ModelRequest {
  system?: string;
  messages: ModelMessage[];
  signal?: AbortSignal;
}

/** A model: streams the reply's text. Errors are CopilotErrors: MODEL_UNAVAILABLE, MODEL_ERROR, MODEL_STREAM, ABORTED. */
export interface ModelAdapter {
  readonly provider: string;
  stream(request: ModelRequest): AsyncIterable<string>;
}

export type ModelAdapterOptions =
  | { provider?: 'local'; delayMs?: number }
  | {
      provider: 'anthropic';
      /** Your Messages API proxy (it adds the API key server-side); "/v1/messages" is appended. */
      endpoint: string;
      model: string;
      headers?: Record<string, string>;
      maxTokens?: number;
      /** Milliseconds without any data before the request is abandoned (and retried once). Default 30000. */
      timeoutMs?: number;
      retries?: number;
      fetch?: typeof fetch;
    };

export declare function createModelAdapter(options?: ModelAdapterOptions): ModelAdapter;

export type ChatDecision = 'allow' | 'challenge' | 'deny';

/** What the chat asks of the security and PII engines for each message. */
export interface ChatGuard {
  inspect(text: string): Promise<{ decision: ChatDecision; reasons?: string[]; threat?: { detected: boolean } }>;
  protect(text: string): Promise<{ text: string; entities?: Array<{ type: string }> }>;
  /** A streaming unmasker for one reply: push() returns what can be shown so far, end() the rest. */
  reveal(): { push(chunk: string): string; end(): string };
  remember?(messages: ChatMessage[]): Promise<void> | void;
  audit?(event: { type: string; [field: string]: unknown }): void;
}

export type ChatMessageStatus =
  | 'checking'
  | 'blocked'
  | 'needs-confirmation'
  | 'cancelled'
  | 'sent'
  | 'streaming'
  | 'done'
  | 'error';

export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  /** What the user typed, or the unmasked reply. */
  text: string;
  status: ChatMessageStatus;
  /** User messages: what was sent instead of `text`. */
  maskedText?: string;
  /** Assistant messages: the reply as the model wrote it, placeholders and all. */
  modelText?: string;
  reasons?: string[];
  error?: { code: ErrorCode | string; message: string };
  greeting?: boolean;
}

export interface ChatState {
  messages: ChatMessage[];
  /** Exactly what the model received, request by request. */
  modelRequests: Array<{ messageId: string; system?: string; messages: ModelMessage[] }>;
  busy: boolean;
}

export interface ChatStore {
  getSnapshot(): ChatState;
  subscribe(listener: () => void): () => void;
  send(text: string): Promise<ChatState>;
  confirm(messageId: string): Promise<ChatState>;
  dismiss(messageId: string): void;
  retry(messageId: string): Promise<ChatState>;
  cancel(): void;
}

export declare function createChatStore(options: {
  adapter: ModelAdapter;
  guard: ChatGuard;
  systemPrompt?: string;
  firstMessage?: string;
}): ChatStore;
