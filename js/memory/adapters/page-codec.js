// Pages: how the IndexedDB adapter packs many rows (contract.js) into one stored value. A
// record id is its partition id followed by a 32-character key hash; the rows whose hash
// starts with the same two characters (256 buckets per partition) share one page, stored as
//   { id: partition + bucket, b: Uint8Array }
// so that storing or cloning a page is one copy of bytes, not work per field per row. The
// bytes (all integers little-endian):
//   u8 version (1) | u32 count | u32 textBytes
//   count x { u16 suffixChars, u16 scopeChars, u16 hlcChars, f64 size, f64 updated,
//             f64 accessed, f64 hits, f64 expires, f64 keyId, u32 envBytes }
//   text: UTF-8 of every row's id suffix, scope and hlc, back to back
//   envelopes, back to back (so a page's envelopes cross into wasm as one buffer)
// decodePage checks the framing (lengths add up to the page exactly) and throws a
// PageError when it does not; an altered byte inside an envelope is not the codec's business:
// the envelope's authentication reports it for that record alone.

export const HASH_CHARS = 32;
const VERSION = 1;
const HEADER = 9;
const ENTRY = 58;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class PageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PageError';
  }
}

/** A page written by a newer version of the package: not broken, and never to be overwritten. */
export class PageFormatError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PageFormatError';
  }
}

/** The page a record id lives in: its partition followed by the first two characters of its key hash. */
export function pageIdOf(id) {
  return id.slice(0, id.length - HASH_CHARS + 2);
}

/** The partition of a page id. */
export function partOfPage(pageId) {
  return pageId.slice(0, -2);
}

/** Bytes of `rows` (all of one page; ids share its page id). */
export function encodePage(rows) {
  const count = rows.length;
  // The text goes to a scratch buffer first, so the page is allocated once at its exact size.
  let text = 0;
  let envBytes = 0;
  const scope = repeatedText();
  const hlc = repeatedText();
  for (let i = 0; i < count; i++) {
    const r = rows[i];
    envBytes += r.env.byteLength;
    text = writeText(text, r.id, r.id.length - HASH_CHARS);
    text = scope(text, r.scope);
    text = hlc(text, r.hlc);
  }
  const textStart = HEADER + count * ENTRY;
  const bytes = new Uint8Array(textStart + text + envBytes);
  bytes.set(scratch.subarray(0, text), textStart);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint32(1, count, true);
  view.setUint32(5, text, true);
  let at = HEADER;
  let env = textStart + text;
  for (let i = 0; i < count; i++) {
    const r = rows[i];
    view.setUint16(at, HASH_CHARS, true);
    view.setUint16(at + 2, r.scope.length, true);
    view.setUint16(at + 4, r.hlc.length, true);
    view.setFloat64(at + 6, r.size, true);
    view.setFloat64(at + 14, r.updated, true);
    view.setFloat64(at + 22, r.accessed, true);
    view.setFloat64(at + 30, r.hits, true);
    view.setFloat64(at + 38, r.expires, true);
    view.setFloat64(at + 46, r.keyId, true);
    view.setUint32(at + 54, r.env.byteLength, true);
    bytes.set(r.env, env);
    env += r.env.byteLength;
    at += ENTRY;
  }
  return bytes;
}

let scratch = new Uint8Array(64 * 1024);

// Grows the scratch buffer, keeping its first `at` bytes, so `bytes` more fit after them
// (copyWithin never grows a buffer: it would cut a repeated text short).
function reserve(at, bytes) {
  if (at + bytes <= scratch.length) return;
  const grown = new Uint8Array(Math.max(at + bytes, scratch.length * 2));
  grown.set(scratch.subarray(0, at));
  scratch = grown;
}

// A writer of one text field into the scratch buffer: a batch's rows share their scope and
// clock reading, so a value equal to the previous row's is copied, not re-encoded. Returns
// (at, value) => the end of what it wrote.
function repeatedText() {
  let last = null;
  let lastAt = 0;
  let length = 0;
  return (at, value) => {
    if (value === last) {
      reserve(at, length);
      scratch.copyWithin(at, lastAt, lastAt + length);
    } else {
      last = value;
      lastAt = at;
      length = writeText(at, value, 0) - at;
    }
    return at + length;
  };
}

// Writes s.slice(from) as UTF-8 into the scratch buffer at `at` (growing it); returns the end.
// ASCII (ids, scopes, clocks) is written directly; anything else goes through TextEncoder.
function writeText(at, s, from) {
  reserve(at, (s.length - from) * 3);
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return at + encoder.encodeInto(s.slice(i), scratch.subarray(at)).written;
    scratch[at++] = c;
  }
  return at;
}

/** What the rows of a stored page count for in the simulated quota (contract.js rowBytes), from the framing alone. */
export function pageRowBytes(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.length >= HEADER ? view.getUint32(1, true) : 0;
  let used = 0;
  for (let i = 0, at = HEADER; i < count && at + ENTRY <= bytes.length; i++, at += ENTRY) used += view.getUint32(at + 54, true) + 96;
  return used;
}

/**
 * The rows of a stored page. Their envelopes are views into `bytes` (a fresh clone from
 * IndexedDB, owned by nobody else). `skip(suffix)`, when given, leaves out the rows whose id
 * suffix (the key hash) it is true for (a write about to replace them) without building them. Throws PageError when the
 * framing does not add up.
 */
export function decodePage(pageId, bytes, skip) {
  // ArrayBuffer.isView, not instanceof: a page read through another realm's IndexedDB is one.
  if (!ArrayBuffer.isView(bytes) || bytes.BYTES_PER_ELEMENT !== 1 || bytes.length < HEADER) throw new PageError(`page ${pageId} is not a page`);
  bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) > VERSION) throw new PageFormatError(`page ${pageId} is in format ${view.getUint8(0)}, newer than this version of copilot-package reads (${VERSION})`);
  const count = view.getUint32(1, true);
  const textBytes = view.getUint32(5, true);
  const textStart = HEADER + count * ENTRY;
  if (view.getUint8(0) !== VERSION || textStart + textBytes > bytes.length) throw new PageError(`page ${pageId} has a broken header`);
  let text;
  try {
    text = decoder.decode(bytes.subarray(textStart, textStart + textBytes));
  } catch {
    throw new PageError(`page ${pageId} has broken text`);
  }
  const part = partOfPage(pageId);
  const bucket = pageId.slice(part.length);
  const rows = [];
  let at = HEADER;
  let chars = 0;
  let env = textStart + textBytes;
  for (let i = 0; i < count; i++) {
    const suffixEnd = chars + view.getUint16(at, true);
    const scopeEnd = suffixEnd + view.getUint16(at + 2, true);
    const hlcEnd = scopeEnd + view.getUint16(at + 4, true);
    const envEnd = env + view.getUint32(at + 54, true);
    if (hlcEnd > text.length || envEnd > bytes.length) throw new PageError(`page ${pageId} has a broken entry`);
    const suffix = text.slice(chars, suffixEnd);
    if (suffix.length !== HASH_CHARS || !suffix.startsWith(bucket)) throw new PageError(`page ${pageId} holds a row of another page`);
    chars = hlcEnd;
    const envStart = env;
    const entry = at;
    env = envEnd;
    at += ENTRY;
    if (skip?.(suffix)) continue;
    rows.push({
      id: part + suffix,
      scope: text.slice(suffixEnd, scopeEnd),
      env: bytes.subarray(envStart, envEnd),
      size: view.getFloat64(entry + 6, true),
      updated: view.getFloat64(entry + 14, true),
      accessed: view.getFloat64(entry + 22, true),
      hits: view.getFloat64(entry + 30, true),
      expires: view.getFloat64(entry + 38, true),
      keyId: view.getFloat64(entry + 46, true),
      hlc: text.slice(scopeEnd, hlcEnd),
    });
  }
  if (chars !== text.length || env !== bytes.length) throw new PageError(`page ${pageId} has trailing bytes`);
  return rows;
}
