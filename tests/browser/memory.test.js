// Scoped, encrypted memory in Chromium's real IndexedDB: data survives a reload, session data
// stays with its tab, a second tab hears a change, nothing is readable at rest, and the
// fault cases (wrong key, altered record, another organization) behave as in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectPageErrors } from './chromium.js';
import { useChromiumWithFixtures } from './fixture-harness.js';

const harness = useChromiumWithFixtures();

async function openPage() {
  const page = await harness.browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${harness.files.url}/tests/browser/fixtures/memory.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'loading');
  assert.equal(await page.textContent('#status'), 'ready');
  return { page, errors };
}

// Runs in the page: opens a scope for an identity on database `db`. The default key: the
// user's own, plus the organization's provisioned key (see js/memory/keys.js).
const OPEN = `(db, org, user, key) => window.copilot.createMemoryScope({
  databaseName: db,
  identity: { organizationId: org, userId: user },
  key: key ?? { masterKey: new Uint8Array(32).fill(user.length), organizationKey: new Uint8Array(32).fill(org.charCodeAt(0)) },
})`;

test('data survives a reload; session data stays with its tab; nothing is readable at rest', async () => {
  const { page, errors } = await openPage();
  await page.evaluate(`(async () => {
    const m = await (${OPEN})('reload', 'acme', 'alice');
    await m.setData('pref-key-secret', { theme: 'dark-value-secret' }, 'user');
    await m.setData('plan-key-secret', 'org-value-secret', 'organization');
    await m.setData('draft-key-secret', 'session-value-secret', 'session');
    await m.setData('temp-key-secret', 'ephemeral-value-secret', 'ephemeral');
    m.close();
  })()`);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  const afterReload = await page.evaluate(`(async () => {
    const m = await (${OPEN})('reload', 'acme', 'alice');
    const out = {
      user: await m.getData('pref-key-secret', 'user'),
      org: await m.getData('plan-key-secret', 'organization'),
      session: await m.getData('draft-key-secret', 'session'),
      ephemeral: await m.getData('temp-key-secret', 'ephemeral'),
    };
    m.close();
    return out;
  })()`);
  assert.deepEqual(afterReload, { user: { theme: 'dark-value-secret' }, org: 'org-value-secret', session: 'session-value-secret', ephemeral: null });

  // What IndexedDB holds, every object store, as text.
  const atRest = await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('reload');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const all = await Promise.all(names.map((n) => new Promise((res) => (tx.objectStore(n).getAll().onsuccess = (e) => res(e.target.result)))));
    db.close();
    const latin1 = new TextDecoder('latin1');
    const utf8 = new TextDecoder();
    return { names, text: JSON.stringify(all, (k, v) => (v instanceof Uint8Array ? latin1.decode(v) + utf8.decode(v) : v)) };
  })()`);
  assert.deepEqual(atRest.names.sort(), ['meta', 'outbox', 'pages']);
  assert.ok(atRest.text.length > 300);
  for (const s of ['key-secret', 'value-secret', 'acme', 'alice']) assert.equal(atRest.text.includes(s), false, `${s} readable at rest`);

  // A new tab is a new browser session: it does not see the first tab's session scope.
  const { page: other, errors: otherErrors } = await openPage();
  const inNewTab = await other.evaluate(`(async () => {
    const m = await (${OPEN})('reload', 'acme', 'alice');
    const out = [await m.getData('draft-key-secret', 'session'), await m.getData('plan-key-secret', 'organization')];
    m.close();
    return out;
  })()`);
  assert.deepEqual(inNewTab, [null, 'org-value-secret']);
  assert.deepEqual([...errors, ...otherErrors], []);
  await Promise.all([page.close(), other.close()]);
});

test('a second tab hears a change and reads it', async () => {
  const [a, b] = await Promise.all([openPage(), openPage()]);
  await b.page.evaluate(`(async () => {
    window.m = await (${OPEN})('tabs', 'acme', 'bob');
    window.heard = new Promise((resolve) => window.m.subscribe('change', resolve));
  })()`);
  await a.page.evaluate(`(async () => {
    const m = await (${OPEN})('tabs', 'acme', 'alice');
    await m.setData('announcement', 'hello from tab A', 'organization');
    m.close();
  })()`);
  const seen = await b.page.evaluate(`(async () => {
    const event = await window.heard;
    return { event, value: await window.m.getData('announcement', 'organization') };
  })()`);
  assert.equal(seen.event.scope, 'organization');
  assert.equal(seen.event.source, 'remote');
  assert.equal(seen.value, 'hello from tab A');
  assert.deepEqual([...a.errors, ...b.errors], []);
  await Promise.all([a.page.close(), b.page.close()]);
});

test('wrong passphrase, altered record and another organization, in real IndexedDB', async () => {
  const { page, errors } = await openPage();
  const result = await page.evaluate(`(async () => {
    const open = ${OPEN};
    const pass = { passphrase: 'right one', argon2: { opsLimit: 1, memLimitKiB: 8 } };
    const m = await open('faults', 'acme', 'alice', pass);
    await m.setBatch({ good: 'fine', bad: 'to be altered' }, 'user');
    await m.setData('plan', 'acme only', 'organization');
    m.close();
    const out = {};
    try { await open('faults', 'acme', 'alice', { passphrase: 'wrong one', argon2: { opsLimit: 1, memLimitKiB: 8 } }); out.wrong = 'opened'; }
    catch (e) { out.wrong = e.code; }
    // Alter one byte of one record at a time, inside its stored page (records share pages:
    // js/memory/adapters/page-codec.js), then read both keys.
    const { decodePage, encodePage } = await import('/js/memory/adapters/page-codec.js');
    const db = await new Promise((res) => { const r = indexedDB.open('faults'); r.onsuccess = () => res(r.result); });
    const pages = await new Promise((res) => (db.transaction('pages').objectStore('pages').getAll().onsuccess = (e) => res(e.target.result)));
    db.close();
    const again = await open('faults', 'acme', 'alice', pass);
    out.reopened = await again.getData('good', 'user');
    const codes = [];
    const putPage = async (page) => {
      const d = await new Promise((res) => { const r = indexedDB.open('faults'); r.onsuccess = () => res(r.result); });
      await new Promise((res) => { const tx = d.transaction('pages', 'readwrite'); tx.objectStore('pages').put(page); tx.oncomplete = res; });
      d.close();
    };
    for (const page of pages) {
      const rows = decodePage(page.id, page.b);
      for (let i = 0; i < rows.length; i++) {
        const altered = rows.map((r, j) => (j === i ? { ...r, env: r.env.map((x, n) => (n === r.env.length - 3 ? x ^ 1 : x)) } : r));
        await putPage({ id: page.id, b: encodePage(altered) });
        let good, bad;
        try { good = await again.getData('good', 'user'); } catch (e) { good = e.code; }
        try { bad = await again.getData('bad', 'user'); } catch (e) { bad = e.code; }
        codes.push([good, bad]);
        await putPage(page);
      }
    }
    out.codes = codes;
    const mallory = await open('faults', 'globex', 'mallory', pass);
    out.mallory = [await mallory.getData('plan', 'organization'), (await mallory.search('')).length, JSON.parse(await mallory.exportData('organization')).records.length];
    again.close();
    mallory.close();
    return out;
  })()`);
  assert.equal(result.wrong, 'WRONG_KEY');
  assert.equal(result.reopened, 'fine');
  // Altering one record breaks exactly that record: the other key still reads.
  assert.ok(result.codes.some(([good, bad]) => good === 'fine' && bad === 'INTEGRITY'), JSON.stringify(result.codes));
  assert.ok(result.codes.some(([good, bad]) => good === 'INTEGRITY' && bad === 'to be altered'), JSON.stringify(result.codes));
  assert.deepEqual(result.mallory, [null, 0, 0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('isOnline follows the browser going offline and back', async () => {
  const { page, errors } = await openPage();
  await page.evaluate(`(async () => { window.m = await (${OPEN})('online', 'acme', 'alice'); })()`);
  assert.equal(await page.evaluate('window.m.isOnline'), true);
  await harness.browser.context.setOffline(true);
  await page.waitForFunction('window.m.isOnline === false');
  await harness.browser.context.setOffline(false);
  await page.waitForFunction('window.m.isOnline === true');
  await page.evaluate('window.m.close()');
  assert.deepEqual(errors, []);
  await page.close();
});
