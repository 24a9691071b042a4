// The core inside workerd (Cloudflare's Workers runtime), driven through miniflare: the worker
// imports the package's workerd entry, which gets the wasm as a compiled module import.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { packageVersion } from '../shared/package-version.js';
import { assertChecks } from '../shared/assert-checks.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let worker;

before(async () => {
  worker = new Miniflare({
    modules: true,
    scriptPath: fileURLToPath(new URL('./worker.js', import.meta.url)),
    modulesRoot: repoRoot,
    modulesRules: [
      { type: 'ESModule', include: ['**/*.js', '**/*.mjs'] },
      { type: 'CompiledWasm', include: ['**/*.wasm'] },
    ],
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

test('scoped memory (in-memory store) works inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/memory');
  assert.equal(response.status, 200);
  assertChecks((await response.json()).checks);
});
