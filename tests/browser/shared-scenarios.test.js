// The shared scenarios of each engine (tests/shared/*-smoke.js, also run in Node and
// workerd) in real Chromium: each fixture page loads the package through its browser entry and
// reports its checks. crypto: XChaCha20-Poly1305 in wasm and AES-256-GCM through Chromium's
// WebCrypto reading each other's envelopes; pii: core.pii.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectPageErrors } from './chromium.js';
import { useChromiumWithFixtures } from './fixture-harness.js';
import { assertChecks } from '../shared/assert-checks.js';

const harness = useChromiumWithFixtures();

for (const fixture of ['crypto', 'pii']) {
  test(`the shared ${fixture} scenario passes in Chromium`, async () => {
    const page = await harness.browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${harness.files.url}/tests/browser/fixtures/${fixture}.html`);
    await page.waitForFunction(() => document.getElementById('result').textContent !== 'running');
    assertChecks(JSON.parse(await page.textContent('#result')));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
