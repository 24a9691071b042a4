// The call to the model provider: the masked request with the gateway's API key (env
// ANTHROPIC_API_KEY, never a client's header), the answer unmasked on its way back. The
// provider's failures become the gateway's errors without ever carrying the key: network
// failures, timeouts, 5xx and a refused key are 502; the provider's 4xx are passed on with its
// message (scrubbed of the key), 429 with its Retry-After.
import { SECRETS } from '../bindings.js';
import { GatewayError } from '../errors.js';
import { unmaskEventStream, unmaskMessage } from './response.js';

const PASSED_HEADERS = ['anthropic-beta'];

function scrub(text, key) {
  const clean = String(text ?? '').slice(0, 500);
  return key ? clean.split(key).join('[redacted]') : clean;
}

async function providerMessage(response, key) {
  try {
    const body = await response.json();
    return scrub(body?.error?.message ?? '', key);
  } catch {
    return '';
  }
}

async function failure(response, key) {
  const message = await providerMessage(response, key);
  const said = message ? `: ${message}` : '';
  if (response.status === 401 || response.status === 403) {
    return new GatewayError(502, 'UPSTREAM_AUTH', `the model provider refused the gateway's credentials (HTTP ${response.status}); check ${SECRETS.anthropicKey}`);
  }
  if (response.status === 429) {
    const retry = response.headers.get('retry-after');
    return new GatewayError(429, 'UPSTREAM_RATE_LIMITED', `the model provider is rate limiting the gateway${said}`, { headers: retry ? { 'Retry-After': retry } : {} });
  }
  if (response.status >= 400 && response.status < 500) {
    return new GatewayError(response.status === 413 ? 413 : 400, 'UPSTREAM_REJECTED', `the model provider refused the request (HTTP ${response.status})${said}`);
  }
  return new GatewayError(502, 'UPSTREAM_FAILED', `the model provider failed (HTTP ${response.status})${said}`);
}

/** Sends `body` (already masked) upstream; returns the client's Response. Owns `conversation` (closes it). */
export async function forwardToModel(ctx, body, conversation) {
  const { settings, env, request } = ctx;
  const key = env[SECRETS.anthropicKey];
  let owned = true;
  try {
    if (typeof key !== 'string' || key === '') {
      throw new GatewayError(503, 'MODEL_NOT_CONFIGURED', `the gateway has no model API key: set the ${SECRETS.anthropicKey} secret`);
    }
    const headers = {
      'content-type': 'application/json',
      'x-api-key': key,
      'anthropic-version': request.headers.get('anthropic-version') ?? settings.model.anthropicVersion,
    };
    for (const name of PASSED_HEADERS) {
      const value = request.headers.get(name);
      if (value) headers[name] = value;
    }
    // The timeout covers the wait for the answer's headers; a stream then runs as long as it sends.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), settings.model.timeoutMs);
    let response;
    try {
      response = await fetch(`${settings.model.upstream}/v1/messages`, { method: 'POST', headers, body: JSON.stringify(body), signal: abort.signal });
    } catch (error) {
      const reason = abort.signal.aborted ? `no answer within ${settings.model.timeoutMs} ms` : 'unreachable';
      throw new GatewayError(502, 'UPSTREAM_UNREACHABLE', `the model provider is ${reason}`, { cause: new Error(scrub(error?.message, key)) });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw await failure(response, key);
    const type = response.headers.get('content-type') ?? '';
    if (body.stream && type.startsWith('text/event-stream') && response.body) {
      const stream = unmaskEventStream(response.body, conversation, () => conversation.close());
      owned = false;
      return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
    }
    let message;
    try {
      message = await response.json();
    } catch {
      throw new GatewayError(502, 'UPSTREAM_FAILED', 'the model provider sent an answer that is not JSON');
    }
    return new Response(JSON.stringify(unmaskMessage(message, conversation)), { status: 200, headers: { 'content-type': 'application/json' } });
  } finally {
    if (owned) conversation.close();
  }
}
