// The value sets a configuration may use. Shared by the schema, the defaults and the
// TypeScript declarations (js/index.d.ts mirrors them).
export const MEMORY_SCOPES = Object.freeze(['session', 'user', 'organization', 'global', 'ephemeral']);
export const ENCRYPTION_ALGORITHMS = Object.freeze(['XChaCha20-Poly1305', 'AES-256-GCM']);
export const SENSITIVITIES = Object.freeze(['low', 'medium', 'high']);
export const COMPLIANCE_FRAMEWORKS = Object.freeze(['gdpr', 'hipaa', 'sox', 'pci-dss']);
export const CONFLICT_RESOLUTIONS = Object.freeze(['timestamp-based', 'manual', 'last-write-wins', 'server-wins', 'client-wins']);
export const EVICTION_POLICIES = Object.freeze(['lru', 'lfu']);
/** Providers the guarded chat has adapters for; others validate with a warning. */
export const SUPPORTED_MODEL_PROVIDERS = Object.freeze(['anthropic', 'local']);
export const KNOWN_MODEL_PROVIDERS = Object.freeze(['anthropic', 'local', 'openai', 'ollama', 'custom']);
export const REPORT_SCHEDULES = Object.freeze(['hourly', 'daily', 'weekly', 'monthly']);
export const SSO_PROVIDERS = Object.freeze(['oauth', 'oidc', 'saml']);
export const API_AUTH_METHODS = Object.freeze(['bearer', 'apikey', 'basic', 'mtls']);

/** Audit retention (days) that each framework's record-keeping rules call for. */
export const MIN_AUDIT_RETENTION_DAYS = Object.freeze({ hipaa: 6 * 365, sox: 7 * 365, 'pci-dss': 365, gdpr: 0 });
