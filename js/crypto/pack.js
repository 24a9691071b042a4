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

/** Checks `list` is an array of Uint8Array and packs it: { data, offsets (bytes of a Uint32Array) }. */
export function packBytes(list, what) {
  checkBytesList(list, what);
  const offsets = new Uint32Array(list.length + 1);
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    total += list[i].length;
    if (total > 0xffffffff) throw new CopilotError('TOO_LARGE', `${what} hold more than 4 GiB in one batch: split it`);
    offsets[i + 1] = total;
  }
  // One record crosses as it is: no concatenation copy (the core copies it in anyway).
  const data = list.length === 1 ? list[0] : new Uint8Array(total);
  if (list.length !== 1) for (let i = 0; i < list.length; i++) data.set(list[i], offsets[i]);
  return { data, offsets: new Uint8Array(offsets.buffer) };
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
