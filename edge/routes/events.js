// POST /v1/events: an authenticated client reports an event ({ type, data }), which the
// gateway signs and delivers to the webhook endpoints subscribed to it, as it does its own.
// The data is masked first (personal data replaced by its entity type, secret-looking keys
// redacted), and the payload names the client's verified subject as its source.
import { GatewayError } from '../errors.js';
import { json } from '../http.js';
import { route } from './table.js';

const EVENT_NAME = /^[a-z][a-z0-9._-]{0,63}$/;
const MAX_EVENT_BYTES = 64 * 1024;

async function postEvent(ctx) {
  const { request, settings, identity } = ctx;
  const text = await request.text();
  if (text.length > MAX_EVENT_BYTES) throw new GatewayError(413, 'TOO_LARGE', `an event is limited to ${MAX_EVENT_BYTES} bytes`);
  let event;
  try {
    event = JSON.parse(text);
  } catch {
    throw new GatewayError(400, 'INVALID_REQUEST', 'the body is JSON: { "type": "...", "data": { ... } }');
  }
  if (event === null || typeof event !== 'object' || typeof event.type !== 'string' || !EVENT_NAME.test(event.type)) {
    throw new GatewayError(400, 'INVALID_REQUEST', 'type: an event name (lower-case letters, digits, . _ -), e.g. "alert-fired"');
  }
  if (event.data !== undefined && (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data))) {
    throw new GatewayError(400, 'INVALID_REQUEST', 'data: an object');
  }
  const allowed = settings.clientEvents.allowed;
  if (allowed && !allowed.includes(event.type)) {
    throw new GatewayError(403, 'EVENT_NOT_ALLOWED', `clients may post ${allowed.join(', ')}; not '${event.type}'`);
  }
  const core = await ctx.core();
  const data = core.pii.maskSensitiveData(event.data ?? {});
  const message = await ctx.emit(event.type, { client: data, subject: identity.subject, requestId: ctx.requestId }, { source: 'client' });
  await ctx.audit('client_event', { type: event.type, webhookId: message?.id ?? null });
  return json({ accepted: true, id: message?.id ?? null, delivered: message !== null }, 202);
}

export const eventRoutes = [route('POST', '/v1/events', postEvent)];
