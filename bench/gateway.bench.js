// The edge gateway's cost, measured in one run on this machine, all on loopback:
//   latency: a 2 KB prompt (with an e-mail address in it) sent one request at a time, directly
//     to the model upstream, through a pass-through worker, and through the gateway (JWT check,
//     exact rate limit in a Durable Object, threat scan + policy, PII tokenization, audit append
//     in the organization's Durable Object, unmasking), with masking off and on. The gateway's
//     added latency is its p50 minus the direct call's p50.
//   steps: the CPU time of the gateway's own steps inside workerd (bench/gateway-probe-worker.js),
//     the rest of its latency being the Durable Object round trips (rate limit, audit append).
//   throughput: requests per second with 16 clients at once (16 users of 16 organizations: each
//     user's rate limiter and each organization's audit trail is one Durable Object, which runs
//     one request at a time), per isolate (miniflare runs one), against the pass-through worker.
// Usage: npm run bench -- gateway
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { Miniflare } from 'miniflare';
import { measure, printTable } from './harness.js';
import { startDevIssuer } from '../demo/dev-issuer.js';
import { GATEWAY_ENTRY, bundleWorker, startLocalGateway } from '../edge/node/local-gateway.js';
import { startEchoUpstream } from '../tests/edge/helpers/echo-upstream.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ROUNDS = 3;
const CONCURRENCY = 16;

const paragraph = 'Our customer reported that the invoice for the March order was sent twice, and asks whether the second charge will be refunded automatically or needs a manual request to the billing team. ';
const PROMPT = `Please draft a reply to jordan.lee@example.com. ${paragraph.repeat(11)}`.slice(0, 2048);
const body = JSON.stringify({ model: 'claude-bench', max_tokens: 64, messages: [{ role: 'user', content: PROMPT }] });

const PASS_THROUGH = `
export default {
  async fetch(request, env) {
    const response = await fetch(env.UPSTREAM + '/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': env.ANTHROPIC_API_KEY, 'anthropic-version': '2023-06-01' },
      body: await request.text(),
    });
    return new Response(response.body, { status: response.status, headers: { 'content-type': response.headers.get('content-type') } });
  },
};`;

async function post(url, headers = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01', ...headers }, body });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  await response.arrayBuffer();
}

async function throughput(call) {
  let done = 0;
  const end = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async (_, client) => {
    while (performance.now() < end) {
      await call(client);
      done++;
    }
  }));
  return done / ((performance.now() - start) / 1000);
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

const upstream = await startEchoUpstream();
const issuer = await startDevIssuer();
const scriptPath = await bundleWorker(GATEWAY_ENTRY, new URL('../build/edge/bench', import.meta.url).pathname);
const config = (pii) => ({
  auth: { jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: issuer.audience },
  model: { provider: 'anthropic', upstream: upstream.url },
  integrations: { api: { rateLimit: { requests: 1e9, window: 60 } } },
  security: { threatDetection: { enabled: true, sensitivity: 'medium' }, audit: { enabled: true }, piiProtection: { enabled: pii } },
});
const env = { ANTHROPIC_API_KEY: 'bench-key' };
const [masking, plain] = await Promise.all([
  startLocalGateway({ config: config(true), port: 0, scriptPath, env, onLog: () => {} }),
  startLocalGateway({ config: config(false), port: 0, scriptPath, env, onLog: () => {} }),
]);
const passThrough = new Miniflare({ modules: true, script: PASS_THROUGH, compatibilityDate: '2026-04-01', bindings: { UPSTREAM: upstream.url, ...env }, port: 0, host: '127.0.0.1' });
const passUrl = String(await passThrough.ready).replace(/\/$/, '');
const auth = await Promise.all(Array.from({ length: CONCURRENCY }, async (_, i) => ({
  authorization: `Bearer ${await issuer.sign({ sub: `bench-${i}`, org_id: `bench-org-${i}`, roles: ['user'] }, { expiresIn: '2h' })}`,
})));

const cases = {
  'direct to the upstream': () => post(`${upstream.url}/v1/messages`, { 'x-api-key': 'bench-key' }),
  'pass-through worker': () => post(`${passUrl}/v1/messages`),
  'gateway, masking off': (client = 0) => post(`${plain.url}/v1/messages`, auth[client]),
  'gateway, masking on': (client = 0) => post(`${masking.url}/v1/messages`, auth[client]),
};

try {
  // The masked request really is masked: the upstream got a placeholder, not the address.
  await cases['gateway, masking on']();
  if (upstream.received.at(-1).raw.includes('jordan.lee@example.com')) throw new Error('the gateway did not mask the prompt');

  const latency = Object.fromEntries(Object.keys(cases).map((name) => [name, { p50: [], p99: [] }]));
  const rps = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(cases)) {
      const { p50, p99 } = await measure(() => fn(), { seconds: SECONDS });
      latency[name].p50.push(p50);
      latency[name].p99.push(p99);
      rps[name].push(await throughput(fn));
      upstream.received.length = 0;
    }
  }
  const direct = median(latency['direct to the upstream'].p50);
  const passRps = median(rps['pass-through worker']);
  printTable(`Gateway latency and throughput: 2 KB prompt, median of ${ROUNDS} interleaved rounds of ${SECONDS} s (Node ${process.versions.node}, workerd via miniflare)`,
    ['path', 'p50 ms', 'p99 ms', 'added p50 ms', `req/s (${CONCURRENCY} clients)`, 'vs pass-through'],
    Object.keys(cases).map((name) => ({
      path: name,
      'p50 ms': median(latency[name].p50),
      'p99 ms': median(latency[name].p99),
      'added p50 ms': median(latency[name].p50) - direct,
      [`req/s (${CONCURRENCY} clients)`]: median(rps[name]),
      'vs pass-through': `${(median(rps[name]) / passRps).toFixed(2)}x`,
    })));
  await stepCosts();
} finally {
  await Promise.all([masking.close(), plain.close(), passThrough.dispose(), upstream.close(), issuer.close()]);
}

async function stepCosts() {
  const probePath = await bundleWorker(fileURLToPath(new URL('./gateway-probe-worker.js', import.meta.url)), new URL('../build/edge/bench-probe', import.meta.url).pathname);
  const probe = new Miniflare({ modules: true, scriptPath: probePath, modulesRoot: new URL('../build/edge/bench-probe', import.meta.url).pathname,
    modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }], compatibilityDate: '2026-04-01' });
  try {
    await probe.ready;
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), alg: 'ES256' }] };
    const token = await new SignJWT({ sub: 'u' }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('1h').sign(privateKey);
    const run = async (step, n) => {
      const started = performance.now();
      await (await probe.dispatchFetch('http://probe/', { method: 'POST', body: JSON.stringify({ step, n, prompt: PROMPT, jwks, token }) })).text();
      return performance.now() - started;
    };
    const N = 200;
    const rows = [];
    for (const [step, name] of [['jwt', 'verify the ES256 bearer token (jose)'], ['policy', 'threat scan + policy decision, 2 KB'], ['mask', 'tokenize the PII of 2 KB']]) {
      await run(step, 20);
      const costs = [];
      for (let round = 0; round < ROUNDS; round++) costs.push(((await run(step, N)) - (await run('none', N))) / N);
      rows.push({ step: name, 'ms per request': median(costs) });
    }
    printTable(`The gateway's own steps inside workerd (median of ${ROUNDS} runs of ${N})`, ['step', 'ms per request'], rows);
  } finally {
    await probe.dispose();
  }
}
