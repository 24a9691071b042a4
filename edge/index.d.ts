// copilot-package/edge: the gateway for Cloudflare Workers and workerd, and its Durable Objects.
import type { EnterpriseSecurityConfig, EnterprisePlatformConfig, WebhookConfig } from 'copilot-package/core';

type JsonWebKey = { kty: string; [member: string]: unknown };
type JwsAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512' | 'EdDSA';

/** The gateway configuration (JSON). Exactly one of `jwksUrl` and `jwks`. */
export interface GatewayConfig {
  auth: {
    jwksUrl?: string;
    jwks?: { keys: JsonWebKey[] };
    issuer: string | string[];
    audience: string | string[];
    /** Accepted signature algorithms; default ['RS256', 'ES256', 'EdDSA']. */
    algorithms?: JwsAlgorithm[];
    /** Default 5. */
    clockToleranceSeconds?: number;
    /** Refuse tokens issued longer ago than this (needs iat). */
    maxTokenAgeSeconds?: number;
    /** Claim names: organization (default 'org_id'), roles (default 'roles': an array or a space-separated string). */
    claims?: { organization?: string; roles?: string };
    /** Roles that administer webhooks; default ['admin']. */
    adminRoles?: string[];
    /** Roles that export and verify the audit trail; default ['admin', 'auditor']. */
    auditorRoles?: string[];
  };
  model: {
    provider: 'anthropic';
    /** The provider's base URL, e.g. 'https://api.anthropic.com'. The key comes from env ANTHROPIC_API_KEY. */
    upstream: string;
    /** Sent when the client sends none; default '2023-06-01'. */
    anthropicVersion?: string;
    /** A permission of `security.policies.userPermissions` the caller's roles must grant. */
    requiredPermission?: string;
    /** Default 4 MiB. */
    maxRequestBytes?: number;
    /** The wait for the provider's answer headers; default 120000. */
    timeoutMs?: number;
    /** Let image and document blocks through unscreened; default false (400 UNSUPPORTED_CONTENT). */
    allowMedia?: boolean;
  };
  /** The seed's enterprise.integrations: api (rateLimit in seconds, authentication) and webhooks (secrets 'whsec_...' or 'env:NAME'). */
  integrations?: Pick<NonNullable<EnterprisePlatformConfig['integrations']>, 'api' | 'webhooks' | 'sso'>;
  /** The seed's enterpriseSecurity. */
  security?: EnterpriseSecurityConfig;
  /** Policy rules (the seed's policy objects) evaluated on every prompt; an 'alert' action sends alert-fired. */
  policies?: import('copilot-package/core').SecurityPolicy[];
  /** A second limit shared by everyone of an organization (the org claim). */
  rateLimits?: { organization?: { requests: number; window: number } };
  webhookDelivery?: {
    /** Defaults: 5 failures in a row open the breaker; the first probe after 30000 ms, doubling. */
    breaker?: { failureThreshold?: number; cooldownMs?: number };
    /** Per delivery; default 10000. */
    timeoutMs?: number;
    /** The longest wait between retries or probes; default 3600000. */
    maxDelayMs?: number;
  };
  cors?: { origins: string[] };
  /** Event names clients may post to /v1/events (default: any). */
  clientEvents?: { allowed?: string[] };
}

/** Who a verified bearer token says the caller is. */
export interface GatewayIdentity {
  readonly subject: string;
  readonly organizationId: string | null;
  readonly roles: readonly string[];
  readonly claims: Readonly<Record<string, unknown>>;
}

/** Minimal Workers types, so the declarations need no @cloudflare/workers-types. */
export interface DurableObjectNamespaceLike {
  idFromName(name: string): unknown;
  get(id: unknown): unknown;
}
export interface ExecutionContextLike {
  waitUntil(promise: Promise<unknown>): void;
}
export type GatewayEnv = Record<string, unknown>;

/** What a route handler receives. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  env: GatewayEnv;
  requestId: string;
  settings: Readonly<Record<string, unknown>>;
  /** null on routes declared with { auth: false }. */
  identity: GatewayIdentity | null;
  waitUntil(promise: Promise<unknown>): void;
  /** Resolves once the caller's rate limit admitted the request (throws the 429 otherwise); see rateLimitInParallel. */
  admitted(): Promise<void>;
  log: { info(message: string, fields?: object): void; warn(message: string, fields?: object): void; error(message: string, fields?: object): void };
  core(): Promise<import('copilot-package/core').Core>;
  policy(): Promise<import('copilot-package/core').SecurityPolicyHandle>;
  /** Appends to the caller's organization's audit trail; 503 AUDIT_UNAVAILABLE when it cannot. */
  audit(type: string, data: Record<string, unknown>): Promise<{ seq: number; leafHash: string }>;
  /** Queues a webhook event for the subscribed endpoints; null when none is. */
  emit(type: string, data: Record<string, unknown>, options?: { source?: string }): Promise<{ id: string; type: string } | null>;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly auth: boolean;
  readonly rateLimited: boolean;
  readonly rateLimitInParallel: boolean;
}

/**
 * A route: literal segments, `:name` parameters and an optional trailing `*`. With
 * rateLimitInParallel the quota is charged while the handler works; ctx.audit / ctx.emit wait
 * for it, anything else that leaves the gateway must await ctx.admitted() first.
 */
export function route(
  method: Route['method'],
  path: string,
  handler: (ctx: RouteContext) => Promise<Response> | Response,
  options?: { auth?: boolean; rateLimited?: boolean; rateLimitInParallel?: boolean },
): Route;

export interface GatewayOptions {
  /** Routes beyond the built-in ones. */
  routes?: Route[];
  /** Maps verified claims to the identity (default: identityFromClaims). */
  identity?: (claims: Record<string, unknown>, auth: Readonly<Record<string, unknown>>) => GatewayIdentity;
}

export interface GatewayHandler {
  fetch(request: Request, env: GatewayEnv, ctx?: ExecutionContextLike): Promise<Response>;
}

/** The Workers module handler. Throws CopilotError INVALID_CONFIG for a bad configuration. */
export function createGateway(config: GatewayConfig, options?: GatewayOptions): GatewayHandler;
/** The handler whose configuration is the GATEWAY_CONFIG binding (JSON text or object). */
export function createGatewayFromEnv(options?: GatewayOptions): GatewayHandler;
/** Checks and normalises a configuration (what createGateway does first). */
export function parseGatewayConfig(config: GatewayConfig | string): Readonly<Record<string, unknown>>;
export function identityFromClaims(claims: Record<string, unknown>, auth: { organizationClaim: string; rolesClaim: string }): GatewayIdentity;

/** Thrown by route handlers; answered as { error: { type, code, message } } with `status`. */
export class GatewayError extends Error {
  constructor(status: number, code: string, message: string, options?: { headers?: Record<string, string>; details?: Record<string, unknown>; cause?: unknown });
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  readonly details: Record<string, unknown>;
}

/** The events the gateway sends itself. */
export const GATEWAY_EVENTS: readonly ['threat-detected', 'policy-violation', 'challenge-issued', 'pii-detected', 'alert-fired', 'audit-verification-failed', 'rate-limit-exceeded'];
/** Binding name and class of every Durable Object the gateway needs (see wrangler.toml). */
export const DURABLE_OBJECTS: ReadonlyArray<{ readonly binding: string; readonly className: string }>;

declare abstract class GatewayDurableObject {
  constructor(ctx: unknown, env: GatewayEnv);
}

export interface RateLimitOutcome {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetSeconds: number;
  window: number;
}

/** One per limited key (a subject or an organization): exact fixed-window counts. */
export class RateLimiter extends GatewayDurableObject {
  take(policy: { limit: number; window: number }): Promise<RateLimitOutcome>;
}

export interface DeadLetter {
  id: string;
  type: string;
  attempts: number;
  createdAt: number;
  deadAt: number;
  reason: string;
  history: Array<{ at: number; status: number; error?: string }>;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
}

export interface BreakerState {
  state: 'closed' | 'open' | 'half-open';
  failures: number;
  opens: number;
  openedAt: number;
  probeAt: number;
}

/** One per webhook endpoint: the durable outbox, its retries, circuit breaker and dead letters. */
export class WebhookOutbox extends GatewayDurableObject {
  enqueue(endpointId: string, message: { id: string; type: string; organizationId: string | null; body: string }): Promise<{ queued: boolean }>;
  deadLetters(organizationId?: string | null): Promise<DeadLetter[]>;
  replay(id: string, organizationId?: string | null): Promise<boolean>;
  status(): Promise<{ endpoint: string | null; breaker: BreakerState; queued: Array<{ id: string; type: string; organizationId: string | null; attempts: number; nextAt: number; lastError: string | null }>; deadLetters: number }>;
  alarm(): Promise<void>;
}

/** One per organization: the gateway's audit trail (the package's signed Merkle log). */
export class AuditTrail extends GatewayDurableObject {
  append(organizationId: string | null, type: string, data: Record<string, unknown>): Promise<{ seq: number; leafHash: string }>;
  exportLog(): Promise<import('copilot-package/core').AuditExport>;
  verify(organizationId: string | null): Promise<{ ok: boolean; size: number; root: string; problems: Array<{ index: number | null; kind: string; detail: string }> }>;
  /** The daily verification. */
  alarm(): Promise<void>;
}
