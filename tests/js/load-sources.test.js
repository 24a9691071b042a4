// loadCore({ wasm }) accepts the module in each form an application may hold it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { packageVersion } from '../shared/package-version.js';

const wasmUrl = new URL('../../dist/copilot-core.wasm', import.meta.url);

// Each case imports a fresh copy of the loader (a new module instance, so no cached core).
async function freshLoadCore() {
  const { loadCore } = await import(`../../js/core/load-core.js?case=${Math.random()}`);
  return loadCore;
}

test('from bytes', async () => {
  const loadCore = await freshLoadCore();
  const core = await loadCore({ wasm: await readFile(wasmUrl) });
  assert.equal(core.version, packageVersion);
});

test('from a compiled WebAssembly.Module', async () => {
  const loadCore = await freshLoadCore();
  const core = await loadCore({ wasm: await WebAssembly.compile(await readFile(wasmUrl)) });
  assert.equal(core.version, packageVersion);
});

test('without any source it says how to get one', async () => {
  const loadCore = await freshLoadCore();
  await assert.rejects(loadCore(), { code: 'LOAD_FAILED', message: /copilot-package\/core/ });
});
