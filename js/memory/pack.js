// Packing many byte strings into one buffer plus offsets, the shape batches cross the wasm
// boundary in (one copy each way, whatever the count).
const encoder = new TextEncoder();

/** [Uint8Array | string] -> { data: Uint8Array, offsets: Uint8Array (bytes of a Uint32Array) }. */
export function pack(items) {
  const parts = items.map((item) => (typeof item === 'string' ? encoder.encode(item) : item));
  const offsets = new Uint32Array(parts.length + 1);
  let total = 0;
  parts.forEach((p, i) => {
    total += p.byteLength;
    offsets[i + 1] = total;
  });
  const data = new Uint8Array(total);
  parts.forEach((p, i) => data.set(p, offsets[i]));
  return { data, offsets: new Uint8Array(offsets.buffer) };
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
