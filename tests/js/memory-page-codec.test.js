// The page format of the IndexedDB adapter (js/memory/adapters/page-codec.js): rows come back
// exactly as written, and no damage to a stored page can make the decoder do anything but
// return well-formed rows or throw PageError (the adapter turns that into INTEGRITY).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePage, encodePage, pageIdOf, PageError, PageFormatError, pageRowBytes } from '../../js/memory/adapters/page-codec.js';

const PART = 'part-7:';
const hex = (n) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => b.toString(16).padStart(2, '0')).join('');
function rowsOfOnePage(count) {
  const bucket = 'a7';
  return Array.from({ length: count }, (_, i) => ({
    id: PART + bucket + hex(15),
    scope: i % 3 === 0 ? 'organization' : 'user',
    env: crypto.getRandomValues(new Uint8Array(1 + ((i * 37) % 300))),
    size: 100 + i,
    updated: 1_764_000_000_000 + i,
    accessed: 1_764_000_000_500 + i,
    hits: i,
    expires: i % 2 ? 0 : 1_764_100_000_000,
    keyId: 1 + (i % 3),
    // clocks are ASCII in practice; one with non-ASCII text checks the UTF-8 lengths
    hlc: i === 5 ? 'horloge-é-ü-中' : `0mf3x8k2a:${String(i).padStart(4, '0')}:dev`,
  }));
}

test('a page gives back exactly the rows written, in order, and skips the ones a write replaces', () => {
  const rows = rowsOfOnePage(40);
  const pageId = pageIdOf(rows[0].id);
  assert.equal(pageId, `${PART}a7`);
  const bytes = encodePage(rows);
  const back = decodePage(pageId, bytes);
  assert.deepEqual(back.map((r) => ({ ...r, env: [...r.env] })), rows.map((r) => ({ ...r, env: [...r.env] })));
  const replaced = new Set([rows[3].id.slice(PART.length), rows[20].id.slice(PART.length)]);
  assert.deepEqual(decodePage(pageId, bytes, (suffix) => replaced.has(suffix)).map((r) => r.id), rows.filter((_, i) => i !== 3 && i !== 20).map((r) => r.id));
  assert.equal(pageRowBytes(bytes), rows.reduce((sum, r) => sum + r.env.length + 96, 0));
  assert.deepEqual(decodePage(pageId, encodePage([])), []);
});

test('no damage to a page makes the decoder throw anything but PageError or return a malformed row', () => {
  const rows = rowsOfOnePage(12);
  const pageId = pageIdOf(rows[0].id);
  const good = encodePage(rows);
  const random = (n) => Math.floor(Math.random() * n);
  const damages = [
    (b) => ((b[random(b.length)] ^= 1 << random(8)), b), // one bit
    (b) => b.subarray(0, random(b.length)), // truncated
    (b) => { const c = new Uint8Array(b.length + 1 + random(40)); c.set(b); return c; }, // extended
    (b) => (crypto.getRandomValues(b.subarray(random(9 + 12 * 58), 9 + 12 * 58)), b), // entry table scrambled
    (b) => (new DataView(b.buffer).setUint32(1 + 4 * random(2), random(2 ** 32), true), b), // count or text size
  ];
  let refused = 0;
  for (let n = 0; n < 5000; n++) {
    const bytes = damages[n % damages.length](good.slice());
    let out;
    try {
      out = decodePage(pageId, bytes);
    } catch (error) {
      // A version byte above the format's is a page of a newer format, not a broken one.
      if (error instanceof PageFormatError && bytes[0] > 1) {
        refused++;
        continue;
      }
      assert.ok(error instanceof PageError, `${error?.name}: ${error?.message}`);
      assert.match(error.message, /a7/);
      refused++;
      continue;
    }
    for (const r of out) {
      assert.ok(r.id.startsWith(pageId) && r.id.length === PART.length + 32, r.id);
      assert.equal(r.env.buffer, bytes.buffer, 'envelopes are views into the page itself');
      assert.ok(r.env.byteOffset + r.env.length <= bytes.byteOffset + bytes.length);
      assert.equal(typeof r.scope, 'string');
      assert.equal(typeof r.hlc, 'string');
    }
  }
  assert.ok(refused > 2500, `most damage is caught by the framing (${refused} of 5000)`);
  assert.throws(() => decodePage(pageId, 'not bytes'), PageError);
  assert.throws(() => decodePage(pageId, new Uint8Array(3)), PageError);
});

test('a page with more text than the encoder first reserves keeps every repeated scope and clock whole', async () => {
  // A batch shares one scope and one clock reading; long device ids make long clocks, and the
  // copies of a repeated clock cross the encoder's first (64 KiB) scratch boundary at some
  // lengths. The scratch buffer lives in the module and only grows, so each length gets a fresh
  // copy of the module.
  for (let clockLength = 20; clockLength <= 140; clockLength++) {
    const { encodePage, decodePage } = await import(`../../js/memory/adapters/page-codec.js?clock=${clockLength}`);
    const hlc = `0mf3x8k2a:0001:${'d'.repeat(clockLength - 15)}`;
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      id: `${PART}a7${hex(15)}`, scope: 'organization', env: new Uint8Array([i & 255]), size: 1, updated: 1, accessed: 1, hits: 0, expires: 0, keyId: 1, hlc,
    }));
    const back = decodePage(`${PART}a7`, encodePage(rows));
    assert.equal(back.length, rows.length);
    assert.ok(back.every((r) => r.hlc === hlc && r.scope === 'organization'), `clock of ${hlc.length} characters`);
  }
});
