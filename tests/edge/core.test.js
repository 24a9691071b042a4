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

test('the encryption core works inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/crypto');
  assert.equal(response.status, 200);
  assertChecks((await response.json()).checks);
});

test('the security engine runs inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/security');
  assert.equal(response.status, 200);
  assertChecks((await response.json()).checks);
});

test('scoped memory (in-memory store) works inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/memory');
  assert.equal(response.status, 200);
  assertChecks((await response.json()).checks);
});

test('the PII engine works inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/pii');
  assert.equal(response.status, 200);
  assertChecks((await response.json()).checks);
});
