// For test files that load fixture pages: Chromium and the static file server, started
// before the file's tests and stopped after them. Read `.browser` and `.files` inside tests.
import { after, before } from 'node:test';
import { launchChromium } from './chromium.js';
import { startStaticServer } from './static-server.js';

export function useChromiumWithFixtures() {
  const harness = { browser: null, files: null };
  before(async () => {
    [harness.browser, harness.files] = await Promise.all([launchChromium(), startStaticServer()]);
  });
  after(async () => {
    await Promise.all([harness.browser?.close(), harness.files?.close()]);
  });
  return harness;
}
