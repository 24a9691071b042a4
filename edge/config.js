// The gateway's configuration: one JSON document, checked with valibot when createGateway()
// (or the CLI) starts, so a mistake is one clear INVALID_CONFIG error naming the field, never
// a failure on the first request. `integrations` and `security` are the seed's
// `enterprise.integrations` and `enterpriseSecurity`, checked by the same schemas as js/config;
// the sections only the gateway has are strict (a misspelt key is an error).
import * as v from 'valibot';
import { CopilotError } from '../js/errors.js';
import { enterpriseSectionSchema, securitySectionSchema } from '../js/config/schema.js';

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const EVENT_NAME = /^[a-z][a-z0-9._-]{0,63}$/;
const WHSEC = /^whsec_[A-Za-z0-9+/]+={0,2}$/;
const ENV_REF = /^env:[A-Za-z_][A-Za-z0-9_]*$/;

const text = v.pipe(v.string(), v.minLength(1));
const httpUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//, 'an http(s) URL'));
const count = (min, max) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const names = v.pipe(v.array(text), v.minLength(1));
const limit = v.strictObject({ requests: count(1, 1e9), window: count(1, 31 * 86400) });

const jwk = v.looseObject({ kty: text });
const authSchema = v.pipe(
  v.strictObject({
    jwksUrl: v.optional(httpUrl),
    jwks: v.optional(v.strictObject({ keys: v.pipe(v.array(jwk), v.minLength(1)) })),
    issuer: v.union([text, v.pipe(v.array(text), v.minLength(1))]),
    audience: v.union([text, v.pipe(v.array(text), v.minLength(1))]),
    algorithms: v.optional(v.pipe(v.array(v.picklist(ALGORITHMS)), v.minLength(1))),
    clockToleranceSeconds: v.optional(count(0, 300)),
    maxTokenAgeSeconds: v.optional(count(1, 7 * 86400)),
    claims: v.optional(v.strictObject({ organization: v.optional(text), roles: v.optional(text) })),
    adminRoles: v.optional(names),
    auditorRoles: v.optional(names),
  }),
  v.check((a) => (a.jwksUrl === undefined) !== (a.jwks === undefined), 'give exactly one of auth.jwksUrl and auth.jwks'),
);

const modelSchema = v.strictObject({
  provider: v.literal('anthropic'),
  upstream: httpUrl,
  anthropicVersion: v.optional(text),
  requiredPermission: v.optional(text),
  maxRequestBytes: v.optional(count(1024, 32 << 20)),
  timeoutMs: v.optional(count(100, 600_000)),
  allowMedia: v.optional(v.boolean()),
});

const breakerSchema = v.strictObject({
  failureThreshold: v.optional(count(1, 1000)),
  cooldownMs: v.optional(count(1, 86_400_000)),
});

const gatewaySchema = v.strictObject({
  auth: authSchema,
  model: modelSchema,
  integrations: v.optional(enterpriseSectionSchema.entries.integrations.wrapped),
  security: v.optional(securitySectionSchema),
  policies: v.optional(v.array(v.looseObject({ name: text }))),
  rateLimits: v.optional(v.strictObject({ organization: v.optional(limit) })),
  webhookDelivery: v.optional(v.strictObject({
    breaker: v.optional(breakerSchema),
    timeoutMs: v.optional(count(100, 120_000)),
    maxDelayMs: v.optional(count(1, 86_400_000)),
  })),
  cors: v.optional(v.strictObject({ origins: v.array(text) })),
  clientEvents: v.optional(v.strictObject({ allowed: v.optional(v.array(v.pipe(v.string(), v.regex(EVENT_NAME)))) })),
});

/** Defaults for what the configuration leaves out (documented in docs/edge-gateway.md). */
export const DEFAULTS = Object.freeze({
  algorithms: ['RS256', 'ES256', 'EdDSA'],
  clockToleranceSeconds: 5,
  organizationClaim: 'org_id',
  rolesClaim: 'roles',
  adminRoles: ['admin'],
  auditorRoles: ['admin', 'auditor'],
  anthropicVersion: '2023-06-01',
  maxRequestBytes: 4 << 20,
  modelTimeoutMs: 120_000,
  rateLimit: { requests: 600, window: 60 },
  retryPolicy: { maxRetries: 5, backoffMs: 2000 },
  breaker: { failureThreshold: 5, cooldownMs: 30_000 },
  webhookTimeoutMs: 10_000,
  maxDelayMs: 3_600_000,
});

function fail(path, message) {
  throw new CopilotError('INVALID_CONFIG', `gateway config${path ? ` ${path}` : ''}: ${message}`);
}

/**
 * Checks a gateway configuration and returns it normalised (defaults filled in, frozen).
 * Throws CopilotError INVALID_CONFIG naming the first field at fault, with every other problem
 * listed after it. Accepts the JSON text too (a wrangler [vars] string).
 */
export function parseGatewayConfig(input) {
  let config = input;
  if (typeof input === 'string') {
    try {
      config = JSON.parse(input);
    } catch (error) {
      fail('', `not JSON (${error.message})`);
    }
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) fail('', 'must be an object');
  const parsed = v.safeParse(gatewaySchema, config, { abortEarly: false });
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${describe(issue)}`);
    fail('', problems.join('; '));
  }
  return Object.freeze(normalise(config));
}

function describe(issue) {
  if (issue.expected === 'never') return 'unknown setting (misspelt?)';
  return issue.message.replace(/^Invalid (type|value|key|length): /, '');
}

function normalise(config) {
  const auth = config.auth;
  const api = config.integrations?.api ?? {};
  if (api.authentication?.required === false) fail('integrations.api.authentication.required', 'the gateway always requires a bearer token (set it to true or leave it out)');
  if (api.authentication?.methods && !api.authentication.methods.includes('bearer')) {
    fail('integrations.api.authentication.methods', "the gateway authenticates with 'bearer' JWTs: include 'bearer'");
  }
  const webhooks = (config.integrations?.webhooks ?? []).map((hook, i) => normaliseWebhook(hook, i));
  const ids = new Set();
  for (const hook of webhooks) {
    if (ids.has(hook.id)) fail(`integrations.webhooks`, `two endpoints have the id '${hook.id}'`);
    ids.add(hook.id);
  }
  return {
    auth: {
      jwksUrl: auth.jwksUrl,
      jwks: auth.jwks,
      issuer: auth.issuer,
      audience: auth.audience,
      algorithms: auth.algorithms ?? DEFAULTS.algorithms,
      clockToleranceSeconds: auth.clockToleranceSeconds ?? DEFAULTS.clockToleranceSeconds,
      maxTokenAgeSeconds: auth.maxTokenAgeSeconds,
      organizationClaim: auth.claims?.organization ?? DEFAULTS.organizationClaim,
      rolesClaim: auth.claims?.roles ?? DEFAULTS.rolesClaim,
      adminRoles: auth.adminRoles ?? DEFAULTS.adminRoles,
      auditorRoles: auth.auditorRoles ?? DEFAULTS.auditorRoles,
    },
    model: {
      provider: 'anthropic',
      upstream: config.model.upstream.replace(/\/+$/, ''),
      anthropicVersion: config.model.anthropicVersion ?? DEFAULTS.anthropicVersion,
      requiredPermission: config.model.requiredPermission,
      maxRequestBytes: config.model.maxRequestBytes ?? DEFAULTS.maxRequestBytes,
      timeoutMs: config.model.timeoutMs ?? DEFAULTS.modelTimeoutMs,
      allowMedia: config.model.allowMedia ?? false,
    },
    api: {
      enabled: api.enabled !== false,
      version: api.version ?? null,
      rateLimit: { requests: api.rateLimit?.requests ?? DEFAULTS.rateLimit.requests, window: api.rateLimit?.window ?? DEFAULTS.rateLimit.window },
      organizationRateLimit: config.rateLimits?.organization ?? null,
    },
    webhooks,
    delivery: {
      breaker: { ...DEFAULTS.breaker, ...config.webhookDelivery?.breaker },
      timeoutMs: config.webhookDelivery?.timeoutMs ?? DEFAULTS.webhookTimeoutMs,
      maxDelayMs: config.webhookDelivery?.maxDelayMs ?? DEFAULTS.maxDelayMs,
    },
    security: config.security ?? {},
    policies: config.policies ?? [],
    cors: { origins: config.cors?.origins ?? [] },
    clientEvents: { allowed: config.clientEvents?.allowed ?? null },
  };
}

function normaliseWebhook(hook, i) {
  const at = `integrations.webhooks[${i}]`;
  if (!/^https?:\/\//.test(hook.url)) fail(`${at}.url`, 'an http(s) URL');
  if (hook.secret === undefined) fail(`${at}.secret`, "required: a Standard Webhooks secret 'whsec_<base64>' or 'env:NAME' (a secret binding)");
  if (!ENV_REF.test(hook.secret)) checkWhsec(hook.secret, `${at}.secret`);
  for (const event of hook.events) {
    if (event !== '*' && !EVENT_NAME.test(event)) fail(`${at}.events`, `'${event}' is not an event name (lower-case letters, digits, . _ -)`);
  }
  return Object.freeze({
    id: hook.id,
    url: hook.url,
    events: Object.freeze([...hook.events]),
    secret: hook.secret,
    enabled: hook.enabled !== false,
    retryPolicy: Object.freeze({
      maxRetries: hook.retryPolicy?.maxRetries ?? DEFAULTS.retryPolicy.maxRetries,
      backoffMs: hook.retryPolicy?.backoffMs ?? DEFAULTS.retryPolicy.backoffMs,
    }),
  });
}

/** A whsec_ secret's key must be base64 of 16 to 64 bytes (Standard Webhooks asks for 24 to 64). */
export function checkWhsec(secret, path) {
  if (!WHSEC.test(secret)) {
    fail(path, "must be a Standard Webhooks secret: 'whsec_' followed by base64 of 24 to 64 random bytes (or 'env:NAME')");
  }
  let bytes = 0;
  try {
    bytes = atob(secret.slice(6)).length;
  } catch {
    fail(path, 'the part after whsec_ is not valid base64');
  }
  if (bytes < 16 || bytes > 64) fail(path, `the key is ${bytes} bytes; use 24 to 64 random bytes`);
}
