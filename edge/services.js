// The gateway's calls into its Durable Objects, as the route handlers use them through ctx:
// rate limits, the organization's audit trail and webhook events.
import { DURABLE_OBJECTS } from './bindings.js';
import { GatewayError } from './errors.js';
import { emitEvent } from './webhooks/events.js';

const binding = (className) => DURABLE_OBJECTS.find((d) => d.className === className).binding;
const LIMITER = binding('RateLimiter');
const AUDIT = binding('AuditTrail');

function stub(env, name, key) {
  const namespace = env[name];
  return namespace.get(namespace.idFromName(key));
}

/** Throws a clear 500 once per isolate when a Durable Object binding is missing from env. */
export function checkBindings(env) {
  const missing = DURABLE_OBJECTS.filter((d) => !env?.[d.binding] || typeof env[d.binding].idFromName !== 'function');
  if (missing.length > 0) {
    throw new GatewayError(500, 'MISCONFIGURED', `Durable Object bindings missing: ${missing.map((d) => `${d.binding} (class ${d.className})`).join(', ')}; see the gateway's wrangler.toml`);
  }
}

/**
 * Charges one request to the subject's limit and, when configured, to its organization's.
 * Returns the combined outcome for the RateLimit headers (the tightest limit), with
 * firstRefusals: the limits ({ scope: 'subject' | 'organization', limit, window }) this request
 * was the first in their window to exceed.
 */
export async function chargeRateLimits(env, api, identity) {
  const scopes = ['subject'];
  const checks = [stub(env, LIMITER, `subject:${identity.subject}`).take({ limit: api.rateLimit.requests, window: api.rateLimit.window })];
  if (api.organizationRateLimit && identity.organizationId) {
    const { requests, window } = api.organizationRateLimit;
    scopes.push('organization');
    checks.push(stub(env, LIMITER, `organization:${identity.organizationId}`).take({ limit: requests, window }));
  }
  const outcomes = (await Promise.all(checks)).map((o, i) => ({ ...o, scope: scopes[i] }));
  const refused = outcomes.filter((o) => !o.allowed);
  // Refused: the limit that frees up last. Allowed: the one with the least left.
  const tightest = refused.length
    ? refused.reduce((a, b) => (b.resetSeconds > a.resetSeconds ? b : a))
    : outcomes.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  // firstRefusals: the limits this request was the first in their window to exceed (one alert each).
  return { ...tightest, allowed: refused.length === 0, firstRefusals: refused.filter((o) => o.firstRefusal), policies: outcomes.map((o) => ({ limit: o.limit, window: o.window })) };
}

/** The audit trail of an organization (one Durable Object each; requests without one share ''). */
export function auditTrailOf(env, organizationId) {
  return stub(env, AUDIT, `organization:${organizationId ?? ''}`);
}

/** Appends to the organization's trail; a failure is a 503 (the request is refused, never left unrecorded). */
export async function appendAudit(env, organizationId, type, data) {
  try {
    return await auditTrailOf(env, organizationId).append(organizationId, type, data);
  } catch (error) {
    throw new GatewayError(503, 'AUDIT_UNAVAILABLE', 'the audit trail could not record this request, so it was not forwarded; try again', { cause: error });
  }
}

export { emitEvent };
