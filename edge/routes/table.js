// The route table: each route is { method, path, handler, auth, rateLimited }. Paths are
// literal segments and `:name` parameters, with an optional trailing `*` that matches the
// rest (`params['*']`). Features add routes by exporting an array of route() values and
// listing it in routes/index.js (or an app passes its own to createGateway's options.routes).
import { GatewayError } from '../errors.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * @param {string} method GET, POST, PUT, PATCH or DELETE
 * @param {string} path e.g. '/v1/webhooks/:endpoint/dead-letters'
 * @param {(ctx) => Promise<Response>} handler
 * @param {{ auth?: boolean, rateLimited?: boolean, rateLimitInParallel?: boolean }} [options]
 *   auth and rateLimited default to true: the handler sees ctx.identity, and the caller's quota
 *   was charged before it runs. With rateLimitInParallel the charge runs while the handler
 *   does work without side effects; ctx.audit and ctx.emit wait for it, and anything else that
 *   leaves the gateway must `await ctx.admitted()` first (it throws the 429).
 */
export function route(method, path, handler, { auth = true, rateLimited = auth, rateLimitInParallel = false } = {}) {
  if (!METHODS.includes(method)) throw new TypeError(`route: method is one of ${METHODS.join(', ')}`);
  if (typeof path !== 'string' || !path.startsWith('/')) throw new TypeError('route: path starts with /');
  if (typeof handler !== 'function') throw new TypeError('route: handler is a function');
  const segments = path.split('/').slice(1);
  segments.forEach((s, i) => {
    if (s === '*' && i !== segments.length - 1) throw new TypeError(`route ${path}: * only at the end`);
  });
  return Object.freeze({ method, path, handler, auth, rateLimited, rateLimitInParallel: rateLimited && rateLimitInParallel, segments });
}

function matchSegments(segments, parts) {
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s === '*') {
      params['*'] = parts.slice(i).join('/');
      return params;
    }
    if (i >= parts.length) return null;
    if (s.startsWith(':')) {
      if (parts[i] === '') return null;
      try {
        params[s.slice(1)] = decodeURIComponent(parts[i]);
      } catch {
        return null;
      }
    } else if (s !== parts[i]) return null;
  }
  return parts.length === segments.length ? params : null;
}

/** Builds the matcher. Two routes with the same method and path are a startup error. */
export function createRouter(routes) {
  const seen = new Set();
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) throw new TypeError(`two routes for ${key}`);
    seen.add(key);
  }
  return function match(method, pathname) {
    const parts = pathname.split('/').slice(1);
    const allowed = [];
    for (const r of routes) {
      const params = matchSegments(r.segments, parts);
      if (!params) continue;
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { route: r, params };
      allowed.push(r.method);
    }
    if (allowed.length > 0) {
      throw new GatewayError(405, 'METHOD_NOT_ALLOWED', `${method} is not served on ${pathname}; use ${allowed.join(', ')}`, { headers: { Allow: allowed.join(', ') } });
    }
    throw new GatewayError(404, 'NOT_FOUND', `no route for ${pathname}`);
  };
}
