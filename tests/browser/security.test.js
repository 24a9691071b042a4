// The audit trail in Chromium's real IndexedDB: written before a page reload, it verifies
// after it under the same device signing key (sealed in the store under the caller's key).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectPageErrors } from './chromium.js';
import { useChromiumWithFixtures } from './fixture-harness.js';

const harness = useChromiumWithFixtures();

const ready = (page) => page.waitForFunction(() => document.getElementById('status').textContent !== 'loading');

// Runs in the page: opens the security policy on the audit database, appends, verifies.
const SESSION = `async (appendCount) => {
  const storage = window.copilot.createAuditStorage({ databaseName: 'audit-reload' });
  const security = await window.copilot.createSecurityPolicy({ auditSettings: { enabled: true } },
    { storage, key: { passphrase: 'page passphrase', argon2: { opsLimit: 1, memLimitKiB: 8192 } } });
  await security.evaluateRequest({ user: 'alice', action: 'read' });
  for (let i = 0; i < appendCount; i++) await security.audit.append('test', { i });
  const verified = await security.audit.verify();
  const out = { publicKey: security.audit.publicKey, size: security.audit.size, verified,
    types: (await security.audit.entries()).map((e) => e.type) };
  security.close();
  storage.close();
  return out;
}`;

test('the audit trail survives a page reload and verifies under the same signing key', async () => {
  const page = await harness.browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${harness.files.url}/tests/browser/fixtures/security.html`);
  await ready(page);
  assert.equal(await page.textContent('#status'), 'ready');
  const first = await page.evaluate(`(${SESSION})(3)`);
  assert.equal(first.verified.ok, true, JSON.stringify(first.verified.problems));

  await page.reload();
  await ready(page);
  const second = await page.evaluate(`(${SESSION})(0)`);
  assert.equal(second.publicKey, first.publicKey);
  assert.equal(second.verified.ok, true, JSON.stringify(second.verified.problems));
  assert.equal(second.size, first.size + 2, 'the earlier entries are still there, plus config_loaded and the decision');
  assert.deepEqual(second.types.slice(0, first.types.length), first.types);
  assert.equal(second.verified.head.publicKey, first.publicKey);
  assert.deepEqual(errors, []);
  await page.close();
});
