// Response helpers: JSON bodies, the request id, the IETF RateLimit headers and CORS. Every
// response the gateway sends passes through finish() once.

/** A JSON response. */
export function json(body, status = 200, headers = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A request id: the caller's when it sent a sane one (so its traces join ours), else a fresh one. */
export function requestIdOf(request) {
  const given = request.headers.get('x-request-id');
  if (given && /^[A-Za-z0-9._:-]{8,128}$/.test(given)) return given;
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `req_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * RateLimit headers (draft-ietf-httpapi-ratelimit-headers): the policy, and the remaining
 * quota of the tightest limit with seconds until it resets. `outcome` from the rate limiter.
 */
export function rateLimitHeaders(outcome) {
  if (!outcome) return {};
  const headers = {
    'RateLimit-Limit': String(outcome.limit),
    'RateLimit-Remaining': String(outcome.remaining),
    'RateLimit-Reset': String(outcome.resetSeconds),
    'RateLimit-Policy': outcome.policies.map((p) => `${p.limit};w=${p.window}`).join(', '),
  };
  if (!outcome.allowed) headers['Retry-After'] = String(outcome.resetSeconds);
  return headers;
}

/** CORS headers for an allowed origin (config.cors.origins; '*' allows any). */
export function corsHeaders(request, origins) {
  const origin = request.headers.get('origin');
  if (!origin || origins.length === 0) return {};
  if (!origins.includes('*') && !origins.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': 'request-id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy, Retry-After, WWW-Authenticate',
    Vary: 'Origin',
  };
}

/** The answer to a CORS preflight. */
export function preflight(request, origins) {
  const cors = corsHeaders(request, origins);
  if (!cors['Access-Control-Allow-Origin']) return new Response(null, { status: 403 });
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': 'authorization, content-type, anthropic-version, anthropic-beta, x-request-id, copilot-confirm',
      'Access-Control-Max-Age': '600',
    },
  });
}

/** Adds headers to a response (re-wrapping it when its headers are immutable, as fetch()'s are). */
export function withHeaders(response, headers) {
  const entries = Object.entries(headers);
  if (entries.length === 0) return response;
  let out = response;
  try {
    for (const [k, val] of entries) out.headers.set(k, val);
  } catch {
    out = new Response(response.body, response);
    for (const [k, val] of entries) out.headers.set(k, val);
  }
  return out;
}
