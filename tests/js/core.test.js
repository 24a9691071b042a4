import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, CopilotError, ERROR_CODES } from '../../js/entry/node.js';
import { runCoreSmoke } from '../shared/core-smoke.js';
import { packageVersion } from '../shared/package-version.js';
import { assertChecks } from '../shared/assert-checks.js';

test('the shared core scenario passes in Node', async () => {
  assertChecks(await runCoreSmoke(packageVersion));
});

test('concurrent loadCore() calls share one instance', async () => {
  const [a, b, c] = await Promise.all([loadCore(), loadCore(), loadCore()]);
  assert.equal(a, b);
  assert.equal(b, c);
  assert.equal(a.version, packageVersion);
});

test('the core cannot be modified by a caller', async () => {
  const core = await loadCore();
  assert.throws(() => {
    'use strict';
    core.version = 'hacked';
  }, TypeError);
  assert.equal(core.version, packageVersion);
});

test('CopilotError carries a stable code and is an Error', () => {
  const error = new CopilotError('WRONG_KEY', 'the passphrase does not open this store');
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'CopilotError');
  assert.equal(error.code, 'WRONG_KEY');
  assert.ok(ERROR_CODES.includes('WRONG_KEY'));
  assert.ok(Object.isFrozen(ERROR_CODES));
});
