// createGateway(config): the Workers module handler. Per request: a request id, CORS, the
// route, the bearer token (auth.js), the caller's rate limits (RateLimiter), then the route's
// handler with a context; every answer carries the request id and RateLimit headers, every
// error is { error: { type, code, message } }, and one structured log line records it.
import { CopilotError } from '../js/errors.js';
import { createAuthenticator } from './auth.js';
import { parseGatewayConfig } from './config.js';
import { GatewayError, errorResponse } from './errors.js';
import { corsHeaders, preflight, rateLimitHeaders, requestIdOf, withHeaders } from './http.js';
import { createLogger } from './log.js';
import { coreRoutes } from './routes/index.js';
import { createRouter } from './routes/table.js';
import { core, decisionPolicy, gatewaySettings, registerGateway } from './runtime.js';
import { appendAudit, chargeRateLimits, checkBindings, emitEvent } from './services.js';

const log = createLogger({ component: 'gateway' });

/**
 * @param {object} config the gateway configuration (JSON; see docs/edge-gateway.md), checked now:
 *   a bad one throws CopilotError INVALID_CONFIG at startup
 * @param {{ routes?: object[], identity?: (claims, auth) => object }} [options] extra routes
 *   (route() values) and a claims-to-identity mapping other than the default
 * @returns {{ fetch(request, env, ctx): Promise<Response> }}
 */
export function createGateway(config, options = {}) {
  const settings = parseGatewayConfig(config);
  registerGateway(settings, options);
  return buildHandler(() => settings, options);
}

/**
 * The handler of edge/worker.js: the configuration comes from the GATEWAY_CONFIG binding (a
 * JSON string or object in wrangler.toml), read at the first request.
 */
export function createGatewayFromEnv(options = {}) {
  return buildHandler((env) => gatewaySettings(env), options);
}

function buildHandler(settingsOf, options) {
  if (options === null || typeof options !== 'object') throw new CopilotError('INVALID_CONFIG', 'createGateway(config, options): options is an object');
  const match = createRouter([...coreRoutes, ...(options.routes ?? [])]);
  let authenticate = null;
  let bindingsChecked = false;

  async function handle(request, env, executionContext, requestId, settings, state) {
    const url = new URL(request.url);
    const { route, params } = match(request.method, url.pathname);
    state.route = route.path;
    if (!bindingsChecked) {
      checkBindings(env);
      bindingsChecked = true;
    }
    if (!settings.api.enabled && route.auth) throw new GatewayError(503, 'API_DISABLED', 'the gateway API is disabled (integrations.api.enabled is false)');
    let identity = null;
    if (route.auth) {
      authenticate ??= createAuthenticator(settings.auth, { identity: options.identity });
      identity = await authenticate(request);
      state.subject = identity.subject;
      state.organizationId = identity.organizationId;
    }
    // The caller's quota is charged before the handler runs, or, for a route declared with
    // rateLimitInParallel, while its side-effect-free work runs (it awaits ctx.admitted()
    // before anything leaves): a refusal wins over whatever the handler did.
    let admission = null;
    if (route.rateLimited && identity) {
      admission = chargeRateLimits(env, settings.api, identity).then((outcome) => {
        state.rateLimit = outcome;
        if (outcome.allowed) return;
        for (const exceeded of outcome.firstRefusals) {
          executionContext?.waitUntil?.(emitEvent(env, settings, 'rate-limit-exceeded', { scope: exceeded.scope, subject: identity.subject, limit: exceeded.limit, window: exceeded.window },
            { organizationId: identity.organizationId }).catch((error) => log.error('event not queued', { requestId, reason: String(error?.message ?? error) })));
        }
        throw new GatewayError(429, 'RATE_LIMITED', `rate limit of ${outcome.limit} requests per ${outcome.window} s reached; retry after ${outcome.resetSeconds} s`);
      });
      admission.catch(() => {});
      if (!route.rateLimitInParallel) await admission;
    }
    const admitted = () => admission ?? Promise.resolve();
    const organizationId = identity?.organizationId ?? null;
    const waitUntil = (promise) => executionContext?.waitUntil?.(promise.catch((error) => log.error('background task failed', { requestId, reason: String(error?.message ?? error) })));
    let response;
    let failure = null;
    try {
      response = await route.handler({
        request, url, params, env, requestId, settings, identity, waitUntil,
        admitted,
        log: log.child({ requestId }),
        core,
        policy: () => decisionPolicy(settings),
        // Side effects wait for the caller's admission.
        audit: (type, data) => admitted().then(() => appendAudit(env, organizationId, type, { requestId, subject: identity?.subject ?? null, ...data })),
        emit: (type, data, extra = {}) => admitted().then(() => emitEvent(env, settings, type, data, { ...extra, organizationId })),
      });
    } catch (error) {
      failure = error;
    }
    if (admission) await admission;
    if (failure) throw failure;
    return response;
  }

  return {
    async fetch(request, env, executionContext) {
      const started = Date.now();
      const requestId = requestIdOf(request);
      const state = { route: null, rateLimit: null, subject: null, organizationId: null };
      let settings;
      let response;
      try {
        settings = settingsOf(env);
        if (request.method === 'OPTIONS') return preflight(request, settings.cors.origins);
        response = await handle(request, env, executionContext, requestId, settings, state);
      } catch (error) {
        if (!(error instanceof GatewayError)) {
          log.error('request failed', { requestId, route: state.route, code: error?.code ?? null, reason: String(error?.message ?? error) });
          // The details (which may quote configured values) stay in the log line above.
          if (error instanceof CopilotError && error.code === 'INVALID_CONFIG') error = new GatewayError(500, 'MISCONFIGURED', 'the gateway is misconfigured; its logs say what to fix');
        } else if (error.cause) {
          log.warn('request refused', { requestId, code: error.code, reason: String(error.cause?.message ?? error.cause) });
        }
        response = errorResponse(error, requestId);
      }
      response = withHeaders(response, {
        'request-id': requestId,
        ...rateLimitHeaders(state.rateLimit),
        ...(settings ? corsHeaders(request, settings.cors.origins) : {}),
      });
      log.info('request', {
        requestId, method: request.method, route: state.route, status: response.status,
        ms: Date.now() - started, subject: state.subject, organizationId: state.organizationId,
      });
      return response;
    },
  };
}
