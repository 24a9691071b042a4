// Runs in its own process (node --test isolates files), so this loadCore() is the first one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, CopilotError } from '../../js/entry/node.js';
import { packageVersion } from '../shared/package-version.js';

test('bytes that are not wasm fail with LOAD_FAILED, and a later load still works', async () => {
  await assert.rejects(loadCore({ wasm: new Uint8Array([0, 1, 2, 3]) }), (error) => {
    assert.ok(error instanceof CopilotError);
    assert.equal(error.code, 'LOAD_FAILED');
    assert.match(error.message, /copilot-core\.wasm/);
    return true;
  });
  const core = await loadCore();
  assert.equal(core.version, packageVersion);
});
