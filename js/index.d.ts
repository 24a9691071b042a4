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
  /** Keys, keyrings and record encryption (XChaCha20-Poly1305 in wasm, AES-256-GCM via WebCrypto). */
  readonly crypto: CryptoFacet;
  /** Threat scanning (core.security.scanThreats). */
  readonly security: SecurityCore;
  /** Finding and masking personal data (Presidio entity names, UTF-16 offsets). */
  readonly pii: PiiApi;
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

/**
 * A passphrase: a string (which JavaScript cannot wipe), its UTF-8 bytes as a Uint8Array
 * (zeroed by the call that uses it: pass a copy if you need it again) or a Passphrase from
 * core.crypto.createPassphrase (held in wasm, shared by several keyrings).
 */
export type PassphraseInput = string | Uint8Array | Passphrase;

/** A passphrase held inside wasm for one unlock; keyrings opened or wrapped through it share Argon2id work. */
export interface Passphrase {
  /** Argon2id derivations run so far (keyrings wrapped under one salt cost one). */
  readonly derivations: number;
  readonly destroyed: boolean;
  /** Zeroes the passphrase and the keys derived from it. Idempotent; later use fails with CLOSED. */
  destroy(): void;
}

/** One key operation (core.crypto.onKeyEvent): ids, names and outcome, never key material. */
export interface KeyEvent {
  /**
   * create: a new random master key; add: a given key put into a keyring; derive: a record
   * cipher for a scope; wrap/unwrap: a keyring under a passphrase or WebCrypto key; rotate: a
   * new primary key; destroy: a key crypto-shredded; delete: a keyring freed; collect: a
   * keyring nobody deleted, wiped when garbage-collected.
   */
  readonly operation: 'create' | 'add' | 'derive' | 'wrap' | 'unwrap' | 'rotate' | 'destroy' | 'delete' | 'collect';
  /** The keyring's key ids when the operation began. */
  readonly keyIds: readonly number[];
  /** The key the operation made, destroyed or sealed with. */
  readonly keyId?: number;
  readonly scope?: string;
  /** The record algorithm, or the KEK kind for wrap/unwrap ('Argon2id' | 'AES-256-GCM'). */
  readonly algorithm?: string;
  readonly outcome: 'ok' | 'error';
  /** The CopilotError code when outcome is 'error'. */
  readonly code?: ErrorCode;
  /** Date.now() when it happened. */
  readonly at: number;
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
   * AES-256-GCM from 1 MiB (the faster path for each size as measured in Node; browsers may differ).
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
  wrap(passphrase: PassphraseInput, argon2?: Argon2Params): Uint8Array;
  /** Wraps every key under a non-extractable WebCrypto AES-GCM key instead of a passphrase. */
  wrapWithKey(kek: CryptoKey): Promise<Uint8Array>;
  cipher(context: RecordContext): RecordCipher;
  /**
   * Zeroes the keys and frees the handle; ciphers made from it then fail with WRONG_KEY. A
   * keyring nobody deletes is wiped when garbage-collected (a safety net, not a schedule).
   */
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
  unwrapKeyring(wrapped: Uint8Array, passphrase: PassphraseInput): Keyring;
  /** Reopens a keyring from keyring.wrapWithKey(kek). WRONG_KEY for another key. */
  unwrapKeyringWithKey(wrapped: Uint8Array, kek: CryptoKey): Promise<Keyring>;
  /**
   * { masterKey }: a keyring holding that key. { passphrase, wrapped }: unwraps. { passphrase }
   * alone: a new keyring with a random key, and `wrapped` to store.
   */
  openKeyring(
    options: { masterKey: Uint8Array } | { passphrase: PassphraseInput; wrapped?: Uint8Array | null; argon2?: Argon2Params },
  ): { keyring: Keyring; wrapped: Uint8Array | null };
  wrappedKeyringParams(wrapped: Uint8Array): Required<Argon2Params>;
  /** Holds a passphrase in wasm for one unlock (a Uint8Array is zeroed at once). destroy() it when done. */
  createPassphrase(passphrase: string | Uint8Array): Passphrase;
  /** Reports every key operation of this core to `listener`; returns the unsubscribe function. */
  onKeyEvent(listener: (event: KeyEvent) => void): () => void;
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
 * CopilotError whose code is LOAD_FAILED when the module cannot be fetched or compiled, or
 * UNSUPPORTED when the engine lacks WebAssembly SIMD; a later call tries again.
 */
export declare function loadCore(options?: LoadCoreOptions): Promise<Core>;

// ---------------------------------------------------------------------------------------
// Configuration (createEnterpriseConfig, validatePhase5Config, migrateToPhase5)

export type MemoryScope = MemoryScopeName;
export type ThreatSensitivity = Sensitivity;
export type ComplianceFramework = 'gdpr' | 'hipaa' | 'sox' | 'pci-dss';
export type ConflictResolutionStrategy = 'timestamp-based' | 'manual' | 'last-write-wins' | 'server-wins' | 'client-wins';
export type EvictionPolicy = 'lru' | 'lfu';

export interface RetentionPolicy {
  /** Milliseconds since the last write after which a record is purged. 0 or absent: no limit. */
  maxAge?: number;
  /** Bytes the scope may hold (sealed size); writes past it evict per `eviction`. */
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
  /** The anthropic provider's endpoint: your Messages API proxy, which adds the API key server-side. */
  modelEndpoint?: string;
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
  /** The user confirmed this message: an edge gateway's 409 challenge is answered with its Copilot-Confirm header. */
  confirmed?: boolean;
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
  /** Told each model reply's duration and outcome (the dashboard's performance numbers). */
  onModelCall?: (ms: number, ok: boolean) => void;
}): ChatStore;

// ---------------------------------------------------------------------------------------
// Sessions: what CopilotProvider holds (openCopilotSession, collectFromSession)

export interface CopilotSession {
  readonly config: AICopilotConfig;
  readonly core: Core;
  readonly identity: { organizationId: string; userId: string; sessionId?: string; deviceId?: string } | null;
  readonly unlock: MemoryScopeOptions['key'] | null;
  readonly security: SecurityPolicyHandle;
  /** Null without an identity and a key. */
  readonly memory: MemoryScopeHandle | null;
  /** The guarded chat's guard: policy + threat scan, PII tokenization, transcript in memory, audit. */
  readonly guard: ChatGuard & { close(): void };
  readonly latency: {
    record(ms: number, ok?: boolean): void;
    summary(): DashboardSnapshot['performance'];
  };
  /** Resolves once every key operation reported so far is in the audit trail ('key_operations' entries). */
  flushAudit(): Promise<void>;
  close(): void;
}

/**
 * Opens the engines an enterprise configuration describes. WRONG_KEY for a wrong passphrase.
 * A passphrase may be UTF-8 bytes (zeroed once read); it is held in wasm until close(), and the
 * memory store and audit signing key share one Argon2id run. Key operations go to the audit trail.
 */
export declare function openCopilotSession(options: {
  config: AICopilotConfig;
  identity?: CopilotSession['identity'];
  /**
   * The user's key, as createMemoryScope takes it: a passphrase, a 32-byte master key or a
   * WebCrypto key-encryption key, plus the organization's (install's) provisioning key.
   */
  unlock?:
    | (({ passphrase: string | Uint8Array; argon2?: Argon2Params } | { masterKey: Uint8Array } | { kek: CryptoKey }) & {
        organizationKey?: Uint8Array;
        installKey?: Uint8Array;
      })
    | null;
  indexedDB?: IDBFactory | 'memory';
  IDBKeyRange?: typeof IDBKeyRange;
}): Promise<CopilotSession>;

/** A dashboard collect() over a session's security policy, memory and latency. */
export declare function collectFromSession(session: CopilotSession): () => Promise<DashboardSnapshot>;
// ---- Security ----------------------------------------------------------------------------

export type Sensitivity = 'low' | 'medium' | 'high';
export type Severity = 'none' | 'low' | 'medium' | 'high' | 'critical';
export type ThreatCategory =
  | 'prompt_injection'
  | 'jailbreak'
  | 'system_prompt_extraction'
  | 'data_exfiltration'
  | 'secrets'
  | 'code_injection'
  | 'obfuscation';

/** One finding; offsets are UTF-16 code units into the scanned text, end exclusive. */
export interface ThreatSignal {
  category: ThreatCategory;
  /** A rule's id, or 'learned_model' for the learned scorer beside the rules. */
  rule: string;
  weight: number;
  start: number;
  end: number;
  /** 'learned_model' only: up to three words or word pairs that weighed most towards an attack. */
  evidence?: string[];
}

export interface ThreatScanResult {
  detected: boolean;
  /** 1 - prod(1 - weight) over distinct rules, 0..1. */
  score: number;
  severity: Severity;
  /** Strongest first. */
  categories: ThreatCategory[];
  signals: ThreatSignal[];
}

export interface SecurityCore {
  /** Throws INVALID_ARGUMENT for a non-string text or unknown sensitivity, TOO_LARGE past 4 MiB. */
  scanThreats(text: string, options?: { sensitivity?: Sensitivity }): ThreatScanResult;
}

export type ConditionOperator =
  | 'equals' | 'not_equals' | 'contains' | 'matches' | 'in' | 'not_in' | 'gt' | 'gte' | 'lt' | 'lte' | 'exists';

export interface PolicyCondition {
  /** 'data', 'user', 'context', ...: when `field` is absent from the request, request[type][field] is read. */
  type?: string;
  operator: ConditionOperator;
  /** A dotted path into the request, e.g. "user.role". */
  field: string;
  value?: unknown;
  ignoreCase?: boolean;
}
export type PolicyConditionNode = PolicyCondition | { all: PolicyConditionNode[] } | { any: PolicyConditionNode[] };

export interface PolicyAction {
  type: 'log' | 'alert' | 'challenge' | 'block' | 'deny' | 'mask' | 'allow';
  parameters?: Record<string, unknown>;
}

export interface SecurityPolicy {
  id: string;
  name: string;
  description?: string;
  enabled?: boolean;
  /** Higher wins; at equal priority deny > challenge > allow. */
  priority?: number;
  match?: 'all' | 'any';
  conditions: PolicyConditionNode[];
  actions: PolicyAction[];
  /** 0..1; derived from the actions when absent. */
  riskScore?: number;
}

export interface SecurityEvaluationResult {
  decision: 'allow' | 'challenge' | 'deny';
  allowed: boolean;
  /** True when no policy decided and the configured default applied. */
  defaulted: boolean;
  matchedPolicies: { id: string; name: string; priority: number; effect: 'allow' | 'challenge' | 'deny' | 'none' }[];
  actions: { policyId: string; type: string; parameters: Record<string, unknown> }[];
  riskScore: number;
  reasons: string[];
  threat?: ThreatScanResult;
  timestamp: number;
}

export interface SecurityEvent {
  id: string;
  type: string;
  timestamp: number;
  severity: Exclude<Severity, 'none'>;
  categories: string[];
  score?: number;
  source?: string;
  description?: string;
  signals?: ThreatSignal[];
}

export interface ThreatSummary {
  category: string;
  period: 'hour' | 'day' | 'week' | 'month';
  count: number;
  highestSeverity: Severity;
  lastSeen: number;
}


export interface ComplianceFinding {
  framework: ComplianceFramework;
  /** The control cited, e.g. "HIPAA 164.312(b)", "PCI DSS v4.0.1 3.4.1", "GDPR Art. 32(1)(a)". */
  control: string;
  title: string;
  status: 'pass' | 'fail' | 'warn';
  detail: string;
  /** How to fix it; null when it passes. */
  fix: string | null;
}

export interface ComplianceReport {
  framework: ComplianceFramework;
  generatedAt: string;
  summary: { score: number; passed: number; failed: number; warnings: number; total: number };
  findings: ComplianceFinding[];
  remediations?: { control: string; path: string; value: unknown }[];
}

export interface SecurityDashboardMetrics {
  policies: { total: number; enabled: number; rejected: number };
  decisions: { total: number; allow: number; challenge: number; deny: number };
  threats: { total: number; last24h: number; bySeverity: Record<'low' | 'medium' | 'high' | 'critical', number>; byCategory: Record<string, number> };
  compliance: Record<string, ComplianceReport['summary']>;
  audit: { entries: number; head: SignedTreeHead | null };
  generatedAt: number;
}

/** Where the audit trail is kept: any object with these four methods. */
export interface AuditStorage {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  list(prefix: string): Promise<{ key: string; value: unknown }[]>;
  /** Optional: store only if absent, atomically; true when this call created it. */
  add?(key: string, value: unknown): Promise<boolean>;
}

/** A tree head kept outside the audit store (audit.head's size and root), checked at open. */
export interface PinnedTreeHead {
  treeSize: number;
  root: string;
}

export interface SignedTreeHead {
  treeSize: number;
  timestamp: number;
  root: string;
  publicKey: string;
  signature: string;
}

export interface AuditVerification {
  ok: boolean;
  size: number;
  root: string;
  head: SignedTreeHead | null;
  problems: { index: number | null; kind: string; detail: string }[];
}

export interface AuditExport {
  format: 'copilot-audit/v1';
  hash: 'RFC9162-SHA256';
  signature: 'Ed25519';
  head: SignedTreeHead;
  entries: { seq: number; leafHash: string; entry?: string; pruned?: true; proof: string[] }[];
}

export interface AuditLog {
  append(type: string, data?: unknown): Promise<{ seq: number; leafHash: string }>;
  verify(): Promise<AuditVerification>;
  inclusionProof(seq: number, treeSize?: number): Promise<{ seq: number; treeSize: number; leafHash: string; proof: string[] }>;
  consistencyProof(oldSize: number, newSize?: number): Promise<{ oldSize: number; newSize: number; oldRoot: string; newRoot: string; proof: string[] }>;
  /** Entries with inclusion proofs against a freshly signed head; check with `npx copilot-package verify-audit FILE`. */
  export(): Promise<AuditExport>;
  /** Drops the text of entries older than the retention (days); leaf hashes stay, so heads still verify. */
  prune(days?: number): Promise<{ pruned: number }>;
  entries(options?: { from?: number; limit?: number }): Promise<unknown[]>;
  signHead(): Promise<SignedTreeHead>;
  readonly size: number;
  readonly head: SignedTreeHead | null;
  readonly publicKey: string;
  /** Damage found when the log opened (broken leaf hashes, rollback, ...); verify() reports it too. */
  readonly damage: { index: number | null; kind: string; detail: string }[];
}

export interface SecurityConfiguration {
  threatDetection?: { enabled?: boolean; sensitivity?: Sensitivity; realTimeMonitoring?: boolean };
  auditSettings?: { enabled?: boolean; retention?: number; realTimeAlerts?: boolean; pinnedHead?: PinnedTreeHead };
  compliance?: { framework?: ComplianceFramework | ComplianceFramework[]; frameworks?: ComplianceFramework[]; autoRemediation?: boolean };
  policies?:
    | Omit<SecurityPolicy, 'id'>[]
    | {
        dataAccess?: string[];
        userPermissions?: Record<string, string[]>;
        complianceFramework?: ComplianceFramework[];
        /** Policies loaded at start; a bad one is reported in policyErrors and skipped. */
        rules?: (Omit<SecurityPolicy, 'id'> & { id?: string })[];
      };
  piiProtection?: { enabled?: boolean; autoDetection?: boolean; maskingRules?: string[]; panHashing?: 'keyed' | 'hmac' };
  encryption?: { enabled?: boolean; algorithm?: 'AES-256-GCM' | 'XChaCha20-Poly1305' };
  defaultDecision?: 'allow' | 'challenge' | 'deny';
}

export type SecurityEventName =
  | 'threat_detected' | 'policy_violation' | 'decision' | 'policy_added' | 'policy_updated' | 'policy_removed'
  | 'compliance_checked' | 'remediation_applied' | 'report_exported' | '*';

export interface SecurityHookResult {
  readonly policies: SecurityPolicy[];
  addPolicy(policy: Omit<SecurityPolicy, 'id'> & { id?: string }): Promise<string>;
  updatePolicy(id: string, policy: Partial<SecurityPolicy>): Promise<void>;
  removePolicy(id: string): Promise<void>;
  evaluateRequest(request: Record<string, unknown>): Promise<SecurityEvaluationResult>;
  readonly threats: SecurityEvent[];
  reportThreat(event: Omit<SecurityEvent, 'id' | 'timestamp' | 'categories' | 'severity'> & { severity?: SecurityEvent['severity']; categories?: string[] }): Promise<void>;
  getThreatSummary(period?: 'hour' | 'day' | 'week' | 'month'): Promise<ThreatSummary[]>;
  readonly complianceStatus: ComplianceReport | null;
  runComplianceCheck(framework?: ComplianceFramework): Promise<ComplianceReport>;
  /** core.pii.detect over the text. */
  detectPII(text: string): Promise<PiiDetectResult>;
  maskSensitiveData(data: unknown, rules?: string[]): Promise<unknown>;
  getDashboardMetrics(): Promise<SecurityDashboardMetrics>;
}

export interface SecurityPolicyHandle extends SecurityHookResult {
  subscribe(event: SecurityEventName, callback: (data: any) => void): () => void;
  exportSecurityReport(format: 'csv' | 'json'): Promise<string>;
  readonly audit: AuditLog;
  /** Appends key operations (core.crypto.onKeyEvent) to the audit trail as one 'key_operations' entry. */
  recordKeyEvents(events: KeyEvent | KeyEvent[]): Promise<void>;
  /** Policies from the configuration that were refused, with their error codes. */
  readonly policyErrors: { index: number; code: ErrorCode; message: string }[];
  close(): void;
}

export interface CreateSecurityPolicyOptions {
  /** Where the audit trail lives; default: in memory. */
  storage?: AuditStorage;
  /**
   * The device signing key's protection: its 32-byte Ed25519 seed is made once, kept in
   * `storage` sealed under this key (never in plaintext) and reopened by the next instance.
   * Another key fails with WRONG_KEY and leaves the stored trail unchanged. Not with signingSeed.
   */
  key?: { masterKey: Uint8Array } | { passphrase: string | Passphrase; argon2?: Argon2Params } | { kek: CryptoKey };
  /** 32 bytes: the audit signing key's seed. Default: a fresh random key per instance. */
  signingSeed?: Uint8Array;
  /** Where the latest signed head's size and root are also kept, e.g. createAuditStorage's `storage.anchor`. */
  anchorStorage?: AuditStorage;
  /** A head kept off the device (from audit.head): the stored trail must extend it. */
  pinnedHead?: PinnedTreeHead;
  now?: () => number;
}

export interface AuditStorageOptions {
  /** An IDBFactory (default: globalThis.indexedDB), or 'memory' for the named in-memory database. */
  indexedDB?: IDBFactory | 'memory';
  /** The IDBKeyRange of the same IndexedDB (default: globalThis.IDBKeyRange). */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Default 'copilot-audit'. */
  databaseName?: string;
}

/** An AuditStorage persisted through the package's storage adapters (IndexedDB by default). */
export interface PersistentAuditStorage extends AuditStorage {
  readonly kind: 'indexeddb' | 'memory';
  /** The rollback anchor: the same storage on the database `${databaseName}-anchor`. */
  readonly anchor: AuditStorage;
  add(key: string, value: unknown): Promise<boolean>;
  close(): void;
}

/** Audit storage in IndexedDB (or the named in-memory database); INVALID_CONFIG without IndexedDB. */
export declare function createAuditStorage(options?: AuditStorageOptions): PersistentAuditStorage;

export declare function createSecurityPolicy(
  config?: SecurityConfiguration,
  options?: CreateSecurityPolicyOptions,
): Promise<SecurityPolicyHandle>;

/** The in-memory AuditStorage. */
export declare function createMemoryStorage(): AuditStorage;

// ---- PII engine (core.pii) ---------------------------------------------------------------

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
  | 'SECRET'
  | 'IT_FISCAL_CODE'
  | 'IN_AADHAAR'
  | 'IN_PAN'
  | 'PL_PESEL'
  | 'ES_NIF'
  | 'ES_NIE'
  | 'SG_NRIC_FIN'
  | 'AU_TFN'
  | 'AU_MEDICARE'
  | 'AU_ABN'
  | 'US_PASSPORT'
  | 'US_DRIVER_LICENSE'
  | 'BR_CPF'
  | 'BR_CNPJ'
  | 'NL_BSN'
  | 'SE_PERSONNUMMER'
  | 'FI_PERSONAL_IDENTITY_CODE'
  | 'FR_NIR'
  | 'DE_TAX_ID'
  | 'KR_RRN'
  | 'CN_RESIDENT_ID'
  | 'JP_MY_NUMBER'
  | 'CA_SIN';

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
  /**
   * The key of the encrypt operator (and of the 'ssn-encryption' rule): each value becomes
   * "<enc:TYPE:base64url>", an XChaCha20-Poly1305 envelope bound to the tenant and the type.
   * Defaults to the conversation's. Without any key, 'ssn-encryption' tokenizes inside a
   * conversation and replaces outside one.
   */
  encryption?: PiiEncryption;
}

/** A caller-held key for the encrypt operator and for sealed conversation exports. */
export interface PiiEncryption {
  /** 32 bytes, e.g. core.crypto.generateMasterKey(); keep it where you keep other keys. */
  key: Uint8Array;
  /** The organization id the values are bound to: another tenant cannot open them (INTEGRITY). */
  tenant: string;
}

export interface PiiDecryptOptions extends PiiEncryption {
  /** 'throw' (default): WRONG_KEY or INTEGRITY for the first tag that does not open. 'keep': leave it in the text. */
  onError?: 'throw' | 'keep';
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
  /**
   * The vault sealed under a key (default: the conversation's own), to store anywhere and
   * reopen with core.pii.importConversation after a reload.
   */
  export(encryption?: PiiEncryption): Uint8Array;
  /** Frees the vault; later calls throw CLOSED. Idempotent. */
  close(): void;
}

export interface PiiConversationOptions {
  /** Encrypt-operator key: mask() encrypts with it, unmask() opens "<enc:...>" tags, export() seals with it. */
  encryption?: PiiEncryption;
}

export interface PiiApi {
  detect(text: string, options?: PiiDetectOptions): PiiDetectResult;
  mask(text: string, options?: PiiMaskOptions): PiiMaskResult;
  unmask(text: string, conversation: PiiConversation): string;
  /** Opens every "<enc:TYPE:...>" tag of the encrypt operator. WRONG_KEY for another key, INTEGRITY for a damaged or moved tag. */
  decrypt(text: string, options: PiiDecryptOptions): string;
  /** Masks every string inside a JSON-like value (structure kept); values under keys such as password, secret, token, apiKey become '[REDACTED]'. */
  maskSensitiveData<T>(data: T, options?: PiiMaskOptions): T;
  createConversation(options?: PiiConversationOptions): PiiConversation;
  /** Reopens a conversation.export(): WRONG_KEY for another key, INTEGRITY for altered bytes or another tenant. */
  importConversation(sealed: Uint8Array, options: Required<PiiConversationOptions>): PiiConversation;
  defineRule(name: string, rule: PiiMaskingRule): void;
  /** Names of the rules available (built-in first). */
  readonly rules: string[];
  /** The built-in entity types. */
  readonly entityTypes: string[];
}

// ---- Scoped, encrypted memory (createMemoryScope) -----------------------------------------

export type MemoryEvent = 'change' | 'expired' | 'evicted' | 'quota' | 'error';

/** The seed's MemoryScopeConfig plus identity, key and storage. */
export interface MemoryScopeOptions {
  identity: { organizationId: string; userId: string; sessionId?: string; deviceId?: string };
  /**
   * The user's key: a passphrase (Argon2id; it unwraps this user's own root keyring), a
   * WebCrypto key-encryption key that does the same, or 32 random bytes. A wrong one fails with WRONG_KEY. `organizationKey` / `installKey`: 32 bytes
   * the organization's (install's) admin provisions; a user opens the organization (global)
   * scope once with it, after which their own key is enough. Without either, a user who was
   * not the first to open that scope gets WRONG_KEY from it.
   */
  key: (
    | { passphrase: string | Passphrase; argon2?: { opsLimit?: number; memLimitKiB?: number } }
    | { masterKey: Uint8Array }
    /** A non-extractable AES-GCM CryptoKey (encrypt, decrypt) that wraps this user's root keyring. */
    | { kek: CryptoKey }
  ) & { organizationKey?: Uint8Array; installKey?: Uint8Array };
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
  /**
   * Records at rest are always encrypted: `false` rejects with INVALID_ARGUMENT, except in the
   * ephemeral scope (memory only), which accepts it and seals anyway.
   */
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
