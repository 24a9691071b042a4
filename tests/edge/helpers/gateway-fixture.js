// Starts what a gateway test needs on loopback: the dev token issuer (its JWKS), the echo
// upstream, a webhook receiver, and the gateway itself in workerd through miniflare, bundled
// once per test file as edge/worker.js is bundled for a deployment.
import { fileURLToPath } from 'node:url';
import { startDevIssuer } from '../../../demo/dev-issuer.js';
import { GATEWAY_ENTRY, bundleWorker, startLocalGateway } from '../../../edge/node/local-gateway.js';

export const API_KEY = 'sk-ant-test-0123456789abcdef-never-leak';
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export async function bundleOnce(name) {
  return bundleWorker(GATEWAY_ENTRY, `${repoRoot}build/edge/${name}`);
}

export { startDevIssuer };

/** Starts the gateway with `config`; its logs go to `logs` (an array) instead of the console. */
export async function startGateway({ config, scriptPath, persist, env = {}, logs = [] }) {
  return startLocalGateway({ config, port: 0, scriptPath, persist, env: { ANTHROPIC_API_KEY: API_KEY, ...env }, onLog: (line) => logs.push(line) });
}

/** fetch() with a bearer token and JSON. */
export function caller(baseUrl) {
  return (path, { token, body, headers = {}, method = body === undefined ? 'GET' : 'POST' } = {}) => fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Reads an SSE response into its events and the text of its deltas. */
export async function readEvents(response) {
  const text = await response.text();
  const events = text.split('\n\n').filter(Boolean).map((frame) => {
    const event = /^event: (.*)$/m.exec(frame)?.[1];
    const data = /^data: (.*)$/m.exec(frame)?.[1];
    return { event, data: data ? JSON.parse(data) : null };
  });
  const deltas = events.filter((e) => e.event === 'content_block_delta').map((e) => e.data.delta.text);
  return { events, deltas, text: deltas.join('') };
}
