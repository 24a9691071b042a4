// The same wasm build in real Chromium: loaded by the package's browser entry (streaming
// compilation over HTTP), and shown by the demo dashboard that `npm run demo` serves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, collectPageErrors } from './chromium.js';
import { startStaticServer } from './static-server.js';
import { freePort } from './free-port.js';
import { startDemoServer } from '../../demo/server.js';
import { packageVersion } from '../shared/package-version.js';
import { assertChecks } from '../shared/assert-checks.js';

let browser;
let files;
let demo;

before(async () => {
  [browser, files, demo] = await Promise.all([
    launchChromium(),
    startStaticServer(),
    freePort().then((port) => startDemoServer({ port, logLevel: 'silent' })),
  ]);
});

after(async () => {
  await Promise.all([browser?.close(), files?.close(), demo?.close()]);
});

test('the shared core scenario passes in Chromium', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  const wasmResponses = [];
  page.on('response', (response) => response.url().endsWith('.wasm') && wasmResponses.push(response));
  await page.goto(`${files.url}/tests/browser/fixtures/smoke.html?expect=${packageVersion}`);
  await page.waitForFunction(() => document.getElementById('result').textContent !== 'running');
  assertChecks(JSON.parse(await page.textContent('#result')));
  assert.equal(wasmResponses.length, 1, 'the module is fetched once');
  assert.equal(wasmResponses[0].headers()['content-type'], 'application/wasm');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the demo dashboard shows the wasm core version', async () => {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(demo.resolvedUrls.local[0]);
  const version = page.getByTestId('core-version');
  await version.waitFor();
  assert.equal(await version.textContent(), packageVersion);
  assert.match(await page.getByTestId('core-libraries').textContent(), /libsodium/);
  assert.deepEqual(errors, []);
  await page.close();
});
