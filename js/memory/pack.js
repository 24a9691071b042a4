// Packing many byte strings into one buffer plus offsets, the shape batches cross the wasm
// boundary in (one copy each way, whatever the count).
const encoder = new TextEncoder();

/** [Uint8Array | string] -> { data: Uint8Array, offsets: Uint32Array }. */
export function pack(items) {
  const offsets = new Uint32Array(items.length + 1);
  // Strings are encoded straight into one buffer (UTF-8 takes at most 3 bytes per UTF-16 unit).
  let capacity = 0;
  for (const item of items) capacity += typeof item === 'string' ? item.length * 3 : item.byteLength;
  const data = new Uint8Array(capacity);
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string') {
      at += encoder.encodeInto(item, data.subarray(at)).written;
    } else {
      data.set(item, at);
      at += item.byteLength;
    }
    offsets[i + 1] = at;
  }
  return { data: data.subarray(0, at), offsets };
}

/** The inverse: views into `data` (which the caller owns; it was copied out of wasm). */
export function unpack(data, offsets) {
  const out = new Array(offsets.length - 1);
  for (let i = 0; i < out.length; i++) out[i] = data.subarray(offsets[i], offsets[i + 1]);
  return out;
}

/** Splits sealed output whose record i is lengths[i] + overhead bytes long. */
export function split(data, lengths, overhead) {
  const out = new Array(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + lengths[i] + overhead;
    out[i] = data.slice(at, end);
    at = end;
  }
  return out;
}
