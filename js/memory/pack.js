// Packing many strings or byte strings into one buffer plus offsets, the shape batches
// cross the wasm boundary in (one copy, whatever the count).
const encoder = new TextEncoder();

/** [Uint8Array | string] -> { data: Uint8Array, offsets: Uint32Array }. */
export function pack(items) {
  const offsets = new Uint32Array(items.length + 1);
  const ascii = items.length > 1 ? packAscii(items, offsets) : null;
  if (ascii) return { data: ascii, offsets };
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

// A batch of strings that are all ASCII (ids' labels, most JSON) is encoded in one call: one
// UTF-8 byte per UTF-16 unit, so the offsets are the strings' lengths. Null when an item is
// not a string or not ASCII (the caller then encodes item by item).
function packAscii(items, offsets) {
  let chars = 0;
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') return null;
    chars += items[i].length;
    offsets[i + 1] = chars;
  }
  const data = new Uint8Array(chars);
  const { read, written } = encoder.encodeInto(items.join(''), data);
  if (read === chars && written === chars) return data;
  data.fill(0); // it may hold part of a plaintext
  return null;
}
