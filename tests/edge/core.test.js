// The core inside workerd (Cloudflare's Workers runtime), driven through miniflare: the worker
// is bundled as for a deployment and gets the wasm as a compiled module import.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { packageVersion } from '../shared/package-version.js';
import { assertChecks } from '../shared/assert-checks.js';
import { bundleWorker } from './bundle-worker.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let worker;

before(async () => {
  const scriptPath = await bundleWorker(fileURLToPath(new URL('./worker.js', import.meta.url)), `${repoRoot}build/edge`);
  worker = new Miniflare({
    modules: true,
    scriptPath,
    modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
    compatibilityDate: '2026-04-01',
  });
  await worker.ready;
});

after(() => worker?.dispose());

test('the worker answers a request with the core version', async () => {
  const response = await worker.dispatchFetch('http://localhost/version');
  assert.equal(response.status, 200);
  assert.equal(await response.text(), packageVersion);
});

test('the shared core scenario passes inside workerd', async () => {
  const response = await worker.dispatchFetch(`http://localhost/?expect=${packageVersion}`);
  assert.equal(response.status, 200);
  const { checks, runtime } = await response.json();
  assert.equal(runtime, 'Cloudflare-Workers');
  assertChecks(checks);
});

// Each engine's shared scenario (tests/shared/*-smoke.js), answered by the worker's routes.
const scenarios = {
  crypto: 'the encryption core',
  security: 'the security engine',
  memory: 'scoped memory (in-memory store)',
  pii: 'the PII engine',
};
for (const [route, name] of Object.entries(scenarios)) {
  test(`${name} works inside workerd`, async () => {
    const response = await worker.dispatchFetch(`http://localhost/${route}`);
    assert.equal(response.status, 200);
    assertChecks((await response.json()).checks);
  });
}
