// Batches cross the wasm boundary as one buffer plus offsets (src/crypto/record_cipher.h's
// PackedRecords): one copy each way, whatever the number of records.
import { CopilotError } from '../errors.js';

const utf8 = new TextEncoder();

/** Bytes of a per-record associated data value: a Uint8Array as is, a string as UTF-8. */
export function adBytes(ad, what) {
  if (ad === undefined || ad === null) return EMPTY;
  if (ad instanceof Uint8Array) return ad;
  if (typeof ad === 'string') return utf8.encode(ad);
  throw new CopilotError('INVALID_ARGUMENT', `${what} must be a Uint8Array or a string`);
}

export const EMPTY = new Uint8Array(0);

/** Throws INVALID_ARGUMENT unless `list` is an array of Uint8Array. */
export function checkBytesList(list, what) {
  if (!Array.isArray(list)) throw new CopilotError('INVALID_ARGUMENT', `${what} must be an array of Uint8Array`);
  for (let i = 0; i < list.length; i++) {
    if (!(list[i] instanceof Uint8Array)) {
      throw new CopilotError('INVALID_ARGUMENT', `${what}[${i}] must be a Uint8Array, got ${describe(list[i])}`);
    }
  }
}

/**
 * Checks `list` is an array of Uint8Array and packs it: { data, offsets (bytes of a Uint32Array),
 * copied }. Records that already lie back to back in one buffer (views a caller cut from its
 * own packed buffer, or a single record) cross as that buffer: `copied` is false and `data`
 * is the caller's memory. Otherwise `data` is a fresh concatenation (`copied` true).
 */
export function packBytes(list, what) {
  checkBytesList(list, what);
  const offsets = new Uint32Array(list.length + 1);
  const first = list[0];
  let contiguous = true;
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (contiguous && (item.buffer !== first.buffer || item.byteOffset !== first.byteOffset + total)) contiguous = false;
    total += item.length;
    if (total > 0xffffffff) throw new CopilotError('TOO_LARGE', `${what} hold more than 4 GiB in one batch: split it`);
    offsets[i + 1] = total;
  }
  const packedOffsets = new Uint8Array(offsets.buffer);
  if (list.length === 0) return { data: EMPTY, offsets: packedOffsets, copied: false };
  if (contiguous) return { data: new Uint8Array(first.buffer, first.byteOffset, total), offsets: packedOffsets, copied: false };
  const data = new Uint8Array(total);
  for (let i = 0; i < list.length; i++) data.set(list[i], offsets[i]);
  return { data, offsets: packedOffsets, copied: true };
}

/** Packs per-record associated data; `ads` may be omitted (none), else one per record. */
export function packAds(ads, count, what) {
  if (ads === undefined || ads === null) return { data: EMPTY, offsets: EMPTY };
  if (!Array.isArray(ads) || ads.length !== count) {
    throw new CopilotError('INVALID_ARGUMENT', `${what} must be an array with one entry per record (${count})`);
  }
  return packBytes(
    ads.map((ad, i) => adBytes(ad, `${what}[${i}]`)),
    what,
  );
}

/** Splits packed output into one copied Uint8Array per record (copies: a view would keep the whole batch alive). */
export function unpack(data, offsets) {
  // `data` is already a fresh copy owned by the caller: a single record can be it.
  if (offsets.length === 2 && offsets[0] === 0 && offsets[1] === data.length) return [data];
  const out = new Array(offsets.length - 1);
  for (let i = 0; i < out.length; i++) out[i] = data.slice(offsets[i], offsets[i + 1]);
  return out;
}

export function describe(value) {
  if (value === null) return 'null';
  if (ArrayBuffer.isView(value)) return value.constructor.name;
  return typeof value;
}
