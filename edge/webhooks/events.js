// Webhook events: their names, the message every endpoint receives, and the fan-out to the
// outbox of each endpoint subscribed to the event. Payloads carry ids, entity types,
// decisions and counts, never the text that held personal data.
import { DURABLE_OBJECTS } from '../bindings.js';

/** Events the gateway itself sends. Endpoints may also subscribe to client events (POST /v1/events) or '*'. */
export const GATEWAY_EVENTS = Object.freeze([
  'threat-detected',
  'policy-violation',
  'challenge-issued',
  'pii-detected',
  'alert-fired',
  'audit-verification-failed',
  'rate-limit-exceeded',
]);

const OUTBOX = DURABLE_OBJECTS.find((d) => d.className === 'WebhookOutbox').binding;

function randomId(prefix) {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Standard Webhooks message: { type, timestamp, data }, with its webhook-id. */
export function webhookMessage(type, data, { organizationId = null, source = 'gateway' } = {}) {
  const id = randomId('msg_');
  const payload = { type, timestamp: new Date().toISOString(), data: { ...data, organizationId, source } };
  return { id, type, organizationId, body: JSON.stringify(payload) };
}

/** The endpoints subscribed to `type`. */
export function subscribers(settings, type) {
  return settings.webhooks.filter((hook) => hook.enabled && (hook.events.includes(type) || hook.events.includes('*')));
}

/** The outbox Durable Object of an endpoint. */
export function outboxOf(env, endpointId) {
  const namespace = env[OUTBOX];
  return namespace.get(namespace.idFromName(`endpoint:${endpointId}`));
}

/**
 * Queues `type` for every subscribed endpoint (in each endpoint's durable outbox) and returns
 * the message (its id is the webhook-id of every delivery and retry), or null when no endpoint
 * wants it. options: { organizationId, source, exclude: endpoint id }.
 */
export async function emitEvent(env, settings, type, data, options = {}) {
  const endpoints = subscribers(settings, type).filter((hook) => hook.id !== options.exclude);
  if (endpoints.length === 0) return null;
  const message = webhookMessage(type, data, options);
  await Promise.all(endpoints.map((hook) => outboxOf(env, hook.id).enqueue(hook.id, message)));
  return message;
}
