// The gateway's pure parts, in Node: configuration checks, the route table, retry timing and
// the circuit breaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGatewayConfig } from '../../edge/config.js';
import { createRouter, route } from '../../edge/routes/table.js';
import { breakerAfter, breakerAllows, initialBreaker, retryDelay } from '../../edge/webhooks/retry.js';
import { seedEnterpriseConfig } from '../js/fixtures/seed-enterprise-config.js';

const WHSEC = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
const base = () => ({
  auth: { jwksUrl: 'https://idp.example/jwks.json', issuer: 'https://idp.example/', audience: 'copilot' },
  model: { provider: 'anthropic', upstream: 'https://api.example/' },
});
const refused = (config, pattern) => assert.throws(() => parseGatewayConfig(config), (e) => e.code === 'INVALID_CONFIG' && pattern.test(e.message));

test("the seed's integrations and enterpriseSecurity are accepted as written, with defaults filled in", () => {
  const { integrations } = seedEnterpriseConfig.enterprise;
  const hooks = integrations.webhooks.map((h) => ({ ...h, secret: WHSEC }));
  const settings = parseGatewayConfig({ ...base(), integrations: { ...integrations, webhooks: hooks }, security: seedEnterpriseConfig.enterpriseSecurity });
  assert.deepEqual(settings.api.rateLimit, { requests: 10000, window: 3600 });
  assert.deepEqual(settings.webhooks[0].retryPolicy, { maxRetries: 5, backoffMs: 2000 });
  assert.equal(settings.model.upstream, 'https://api.example');
  assert.deepEqual(settings.auth.algorithms, ['RS256', 'ES256', 'EdDSA']);
  assert.ok(Object.isFrozen(settings));
  assert.deepEqual(parseGatewayConfig(JSON.stringify(base())).auth.adminRoles, ['admin']);
});

test('bad configurations are INVALID_CONFIG errors naming the field', () => {
  refused({ ...base(), auth: { ...base().auth, jwks: { keys: [{ kty: 'EC' }] } } }, /exactly one of auth.jwksUrl and auth.jwks/);
  refused({ ...base(), auth: { ...base().auth, audiense: 'x' } }, /auth\.audiense: unknown setting/);
  refused({ ...base(), auth: { ...base().auth, algorithms: ['HS256'] } }, /auth\.algorithms\.0/);
  refused({ ...base(), model: { provider: 'openai', upstream: 'https://x' } }, /model\.provider/);
  refused({ ...base(), model: { provider: 'anthropic', upstream: 'ftp://x' } }, /model\.upstream/);
  const hook = { id: 'a', url: 'https://h.example', events: ['threat-detected'] };
  refused({ ...base(), integrations: { webhooks: [{ ...hook, secret: 'webhook-secret' }] } }, /webhooks\[0\]\.secret: must be a Standard Webhooks secret/);
  refused({ ...base(), integrations: { webhooks: [hook] } }, /webhooks\[0\]\.secret: required/);
  refused({ ...base(), integrations: { webhooks: [{ ...hook, secret: `whsec_${Buffer.alloc(4).toString('base64')}` }] } }, /4 bytes/);
  refused({ ...base(), integrations: { webhooks: [{ ...hook, secret: WHSEC }, { ...hook, secret: 'env:X' }] } }, /two endpoints have the id 'a'/);
  refused({ ...base(), integrations: { api: { authentication: { required: false } } } }, /always requires a bearer token/);
  refused({ ...base(), rateLimits: { organization: { requests: 0, window: 60 } } }, /rateLimits\.organization\.requests/);
  refused('{ not json', /not JSON/);
  refused(null, /must be an object/);
});

test('the route table matches parameters and a trailing *, and answers 404 and 405', () => {
  const ok = () => new Response('x');
  const match = createRouter([route('GET', '/v1/a/:id', ok), route('POST', '/v1/a/:id/replay', ok), route('GET', '/v1/sync/*', ok, { auth: false })]);
  assert.deepEqual(match('GET', '/v1/a/x%2Fy').params, { id: 'x/y' });
  assert.deepEqual(match('GET', '/v1/sync/org/acme/pull').params, { '*': 'org/acme/pull' });
  assert.equal(match('GET', '/v1/sync/x').route.auth, false);
  assert.equal(match('HEAD', '/v1/a/1').route.method, 'GET');
  assert.throws(() => match('GET', '/v1/a/1/replay'), (e) => e.status === 405 && e.headers.Allow === 'POST');
  assert.throws(() => match('GET', '/v1/a'), (e) => e.status === 404);
  assert.throws(() => match('GET', '/v1/a/%E0'), (e) => e.status === 404);
  assert.throws(() => createRouter([route('GET', '/x', ok), route('GET', '/x', ok)]), /two routes for GET \/x/);
  assert.throws(() => route('TRACE', '/x', ok), /method/);
});

test('retry delays grow exponentially with at most +50% jitter, and are capped', () => {
  const policy = { maxRetries: 5, backoffMs: 1000 };
  for (let attempt = 1; attempt <= 6; attempt++) {
    const low = retryDelay(attempt, policy, 1e9, () => 0);
    const high = retryDelay(attempt, policy, 1e9, () => 0.999);
    assert.equal(low, 1000 * 2 ** (attempt - 1));
    assert.ok(high < low * 1.5 + 1);
    if (attempt > 1) assert.ok(low > retryDelay(attempt - 1, policy, 1e9, () => 0.999), 'a retry delay can be shorter than the one before');
  }
  assert.equal(retryDelay(40, policy, 60_000), 60_000);
});

test('the breaker opens after the threshold, lets one probe through after its cooldown, and doubles the wait after a failed probe', () => {
  const policy = { failureThreshold: 3, cooldownMs: 1000 };
  let b = initialBreaker();
  b = breakerAfter(b, false, 0, policy, 1e9);
  b = breakerAfter(b, false, 0, policy, 1e9);
  assert.equal(b.state, 'closed');
  b = breakerAfter(b, false, 10, policy, 1e9);
  assert.deepEqual([b.state, b.probeAt], ['open', 1010]);
  assert.equal(breakerAllows(b, 1009), false);
  assert.equal(breakerAllows(b, 1010), true);
  b = breakerAfter(b, false, 1010, policy, 1e9);
  assert.deepEqual([b.state, b.probeAt], ['open', 3010]);
  b = breakerAfter(b, true, 3010, policy, 1e9);
  assert.deepEqual(b, initialBreaker());
  assert.equal(breakerAfter(initialBreaker(), false, 0, { failureThreshold: 1, cooldownMs: 5 }, 3).probeAt, 3);
});
