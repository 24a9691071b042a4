// What goes inside a sealed record: one format byte, then JSON of [key, value], deflated
// (CompressionStream 'deflate-raw') when that saves bytes. The real key travels here, inside
// the envelope; the store only sees its keyed hash.
import { CopilotError } from '../errors.js';

const PLAIN = 0;
const DEFLATE = 1;
const COMPRESS_FROM = 512;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const canCompress = typeof CompressionStream === 'function';

/** Payload bytes of [key, json] (json already checked by serialise). */
export async function encodePayload(key, json, compress) {
  const text = encoder.encode(`[${JSON.stringify(key)},${json}]`);
  if (compress && canCompress && text.byteLength >= COMPRESS_FROM) {
    const deflated = await transform(new CompressionStream('deflate-raw'), text);
    if (deflated.byteLength + 1 < text.byteLength) return withFormat(DEFLATE, deflated);
  }
  return withFormat(PLAIN, text);
}

/** The [key, value] a payload holds; INTEGRITY if it does not parse. */
export async function decodePayload(bytes) {
  try {
    let body = bytes.subarray(1);
    if (bytes[0] === DEFLATE) body = await transform(new DecompressionStream('deflate-raw'), body);
    else if (bytes[0] !== PLAIN) throw new Error(`unknown payload format ${bytes[0]}`);
    const parsed = JSON.parse(decoder.decode(body));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') throw new Error('not a record');
    return parsed;
  } catch (error) {
    throw new CopilotError('INTEGRITY', `a stored record decrypted but does not parse: ${error.message}`);
  }
}

export function isCompressed(bytes) {
  return bytes[0] === DEFLATE;
}

function withFormat(format, body) {
  const out = new Uint8Array(body.byteLength + 1);
  out[0] = format;
  out.set(body, 1);
  return out;
}

async function transform(stream, bytes) {
  const response = new Response(new Blob([bytes]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}
