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

/**
 * The payload of [key, json] (json already checked by serialise): its text when it is stored
 * plain (UTF-8 of the text is the payload; a batch encodes all of them into one buffer),
 * its bytes when compression was weighed but does not apply, else a promise of its bytes.
 */
export function encodePayload(key, json, compress) {
  const text = plainPayload(key, json);
  if (!compress || !canCompress || text.length * 3 <= COMPRESS_FROM) return text;
  const plain = encoder.encode(text);
  if (plain.byteLength > COMPRESS_FROM) return deflate(plain.subarray(1));
  return plain;
}

// The payload of a record that is not compressed, as text: the format byte PLAIN (0) is its
// first character, so UTF-8 encoding the text gives the payload bytes.
function plainPayload(key, json) {
  return `\u0000[${JSON.stringify(key)},${json}]`;
}

async function deflate(text) {
  const deflated = await transform(new CompressionStream('deflate-raw'), text);
  return deflated.byteLength + 1 < text.byteLength ? withFormat(DEFLATE, deflated) : withFormat(PLAIN, text);
}

/**
 * The [key, value] a payload holds, or a CopilotError INTEGRITY if it does not parse;
 * a promise of either for a compressed payload.
 */
export function decodePayload(bytes) {
  if (bytes[0] === DEFLATE) {
    return transform(new DecompressionStream('deflate-raw'), bytes.subarray(1)).then(parse, (error) => corrupt(error));
  }
  if (bytes[0] !== PLAIN) return corrupt(new Error(`unknown payload format ${bytes[0]}`));
  return parse(bytes.subarray(1));
}

function parse(body) {
  try {
    const parsed = JSON.parse(decoder.decode(body));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string') throw new Error('not a record');
    return parsed;
  } catch (error) {
    return corrupt(error);
  }
}

function corrupt(error) {
  return new CopilotError('INTEGRITY', `a stored record decrypted but does not parse: ${error.message}`);
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
