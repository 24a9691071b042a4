// The memory benchmark inside Chromium: the page loads the package's browser entry and
// Dexie's ES module, and measures both on the browser's real IndexedDB in the same run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium } from '../tests/browser/chromium.js';
import { startStaticServer } from '../tests/browser/static-server.js';

const dexieModule = createRequire(import.meta.url).resolve('dexie/dist/dexie.mjs');

export async function runInChromium({ count, seconds }) {
  const [browser, files] = await Promise.all([launchChromium(), startStaticServer()]);
  try {
    const page = await browser.context.newPage();
    const dexieSource = await readFile(dexieModule);
    await page.route('**/bench-dexie.mjs', (route) => route.fulfill({ body: dexieSource, contentType: 'text/javascript' }));
    await page.goto(`${files.url}/tests/browser/fixtures/memory.html`);
    await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
    return await page.evaluate(pageBench, { count, seconds });
  } finally {
    await Promise.all([browser.close(), files.close()]);
  }
}

// Runs in the page (serialised by Playwright: no closures over Node values).
async function pageBench({ count, seconds }) {
  const { default: Dexie } = await import('/bench-dexie.mjs');
  const measure = async (fn, unitsPerCall, budget) => {
    for (const end = performance.now() + 300; performance.now() < end; ) await fn();
    const latencies = [];
    const start = performance.now();
    while (performance.now() - start < budget * 1000) {
      const t0 = performance.now();
      await fn();
      latencies.push(performance.now() - t0);
    }
    const elapsed = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
    return { rate: (latencies.length * unitsPerCall) / elapsed, p50: pct(50), p99: pct(99) };
  };
  const data = {};
  for (let i = 0; i < count; i++) {
    let s = '';
    while (s.length < 254) s += Math.random().toString(36).slice(2);
    data[`record-${i}`] = s.slice(0, 254);
  }
  const keys = Object.keys(data);
  const rows = keys.map((key) => ({ key, value: data[key] }));
  const memory = await window.copilot.createMemoryScope({
    databaseName: 'bench-memory',
    identity: { organizationId: 'bench', userId: 'u' },
    key: { masterKey: crypto.getRandomValues(new Uint8Array(32)) },
    retention: { compression: false },
  });
  const dexie = new Dexie('bench-dexie');
  dexie.version(1).stores({ records: 'key' });
  await dexie.open();
  const out = {};
  out.setBatch = await measure(() => memory.setBatch(data, 'user'), count, seconds);
  out.bulkPut = await measure(() => dexie.records.bulkPut(rows), count, seconds);
  out.getBatch = await measure(() => memory.getBatch(keys, 'user'), count, seconds);
  out.bulkGet = await measure(() => dexie.records.bulkGet(keys), count, seconds);
  let i = 0;
  out.setData = await measure(() => memory.setData(keys[i++ % count], data[keys[i % count]], 'user'), 1, seconds);
  out.getData = await measure(() => memory.getData(keys[i++ % count], 'user'), 1, seconds);
  out.dexiePut = await measure(() => dexie.records.put(rows[i++ % count]), 1, seconds);
  out.dexieGet = await measure(() => dexie.records.get(keys[i++ % count]), 1, seconds);
  memory.close();
  dexie.close();
  return out;
}
