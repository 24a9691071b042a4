// The shared scenarios of each engine (tests/shared/*-smoke.js, also run in Node and
// workerd) in real Chromium: each fixture page loads the package through its browser entry and
// reports its checks. crypto: XChaCha20-Poly1305 in wasm and AES-256-GCM through Chromium's
// WebCrypto reading each other's envelopes; pii: core.pii.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, collectPageErrors } from './chromium.js';
import { startStaticServer } from './static-server.js';
import { assertChecks } from '../shared/assert-checks.js';

let browser;
let files;

before(async () => {
  [browser, files] = await Promise.all([launchChromium(), startStaticServer()]);
});

after(async () => {
  await Promise.all([browser?.close(), files?.close()]);
});

for (const fixture of ['crypto', 'pii']) {
  test(`the shared ${fixture} scenario passes in Chromium`, async () => {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${files.url}/tests/browser/fixtures/${fixture}.html`);
    await page.waitForFunction(() => document.getElementById('result').textContent !== 'running');
    assertChecks(JSON.parse(await page.textContent('#result')));
    assert.deepEqual(errors, []);
    await page.close();
  });
}
