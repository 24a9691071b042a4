// Reports each check of a shared scenario as its own assertion, naming the one that failed.
import assert from 'node:assert/strict';

export function assertChecks(checks) {
  assert.ok(Array.isArray(checks) && checks.length > 0, 'the scenario ran no check');
  for (const { name, pass, detail } of checks) assert.ok(pass, `${name}: ${detail}`);
}
