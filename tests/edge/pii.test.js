// core.pii inside workerd (Cloudflare's Workers runtime), driven through miniflare.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import { assertChecks } from '../shared/assert-checks.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let worker;

before(async () => {
  worker = new Miniflare({
    modules: true,
    scriptPath: fileURLToPath(new URL('./pii-worker.js', import.meta.url)),
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

test('the PII checks pass inside workerd', async () => {
  const response = await worker.dispatchFetch('http://localhost/');
  assert.equal(response.status, 200);
  const { checks, runtime } = await response.json();
  assert.equal(runtime, 'Cloudflare-Workers');
  assertChecks(checks);
});
