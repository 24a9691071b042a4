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
  await page.waitForFunction(() => document.getElementById('result').textContent !== 'running', null, { timeout: 15000 }).catch((error) => {
    throw new Error(`the smoke page did not finish: ${errors.join('; ') || error.message}`);
  });
  assertChecks(JSON.parse(await page.textContent('#result')));
  assert.equal(wasmResponses.length, 1, 'the module is fetched once');
  assert.equal(wasmResponses[0].headers()['content-type'], 'application/wasm');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the demo proxies /api/model to its local model server', async () => {
  const response = await fetch(`${demo.url}api/model/v1/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'copilot-local', max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] }),
  });
  assert.equal(response.status, 200);
  const message = await response.json();
  assert.equal(message.type, 'message');
  assert.match(message.content[0].text, /You asked: "hello"/);
  assert.equal(demo.model.received.at(-1).body.messages[0].content, 'hello');
});
