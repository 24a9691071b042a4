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
  /** Prompt threat detection (stateless). */
  readonly security: SecurityCore;
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
  rule: string;
  weight: number;
  start: number;
  end: number;
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

export type ComplianceFramework = 'gdpr' | 'hipaa' | 'sox' | 'pci-dss';

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
}

export interface SecurityConfiguration {
  threatDetection?: { enabled?: boolean; sensitivity?: Sensitivity; realTimeMonitoring?: boolean };
  auditSettings?: { enabled?: boolean; retention?: number; realTimeAlerts?: boolean };
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
  /** Delegates to core.pii; UNSUPPORTED when the core was built without it. */
  detectPII(text: string): Promise<unknown>;
  maskSensitiveData(data: unknown, rules?: string[]): Promise<unknown>;
  getDashboardMetrics(): Promise<SecurityDashboardMetrics>;
}

export interface SecurityPolicyHandle extends SecurityHookResult {
  subscribe(event: SecurityEventName, callback: (data: any) => void): () => void;
  exportSecurityReport(format: 'csv' | 'json'): Promise<string>;
  readonly audit: AuditLog;
  /** Policies from the configuration that were refused, with their error codes. */
  readonly policyErrors: { index: number; code: ErrorCode; message: string }[];
  close(): void;
}

export interface CreateSecurityPolicyOptions {
  /** Where the audit trail lives; default: in memory. */
  storage?: AuditStorage;
  /** 32 bytes: the audit signing key's seed. Default: a fresh random key per instance. */
  signingSeed?: Uint8Array;
  now?: () => number;
}

export declare function createSecurityPolicy(
  config?: SecurityConfiguration,
  options?: CreateSecurityPolicyOptions,
): Promise<SecurityPolicyHandle>;

/** The in-memory AuditStorage. */
export declare function createMemoryStorage(): AuditStorage;
