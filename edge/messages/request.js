// The Messages API request as the gateway reads it: checked for the shape the proxy relies on,
// the text a policy looks at gathered, and every text the model would see tokenized (PII
// replaced by placeholders such as <EMAIL_ADDRESS_1> that only this request's conversation
// can restore). Blocks that carry no text the gateway can read (images, documents) are
// refused unless model.allowMedia, since PII in them could not be masked.
import { GatewayError } from '../errors.js';

const MEDIA = new Set(['image', 'document']);
const bad = (message) => new GatewayError(400, 'INVALID_REQUEST', message);

/** Reads the JSON body, bounded by `maxBytes` (413 beyond). */
export async function readJsonBody(request, maxBytes) {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) throw new GatewayError(413, 'TOO_LARGE', `the request body is limited to ${maxBytes} bytes`);
  const text = await request.text();
  if (text.length > maxBytes) throw new GatewayError(413, 'TOO_LARGE', `the request body is limited to ${maxBytes} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    throw bad('the request body is not JSON');
  }
}

/** Checks the fields the proxy depends on; other fields pass through to the model unchanged. */
export function checkMessagesBody(body, { allowMedia }) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw bad('the body is a Messages API request object');
  if (typeof body.model !== 'string' || body.model === '') throw bad('model: a model name is required');
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) throw bad('max_tokens: a positive integer is required');
  if (!Array.isArray(body.messages) || body.messages.length === 0) throw bad('messages: at least one message is required');
  if (body.stream !== undefined && typeof body.stream !== 'boolean') throw bad('stream: true or false');
  if (body.system !== undefined && typeof body.system !== 'string' && !Array.isArray(body.system)) throw bad('system: a string or text blocks');
  body.messages.forEach((m, i) => {
    if (m === null || typeof m !== 'object') throw bad(`messages.${i}: an object`);
    if (m.role !== 'user' && m.role !== 'assistant') throw bad(`messages.${i}.role: "user" or "assistant"`);
    if (typeof m.content !== 'string' && !Array.isArray(m.content)) throw bad(`messages.${i}.content: a string or content blocks`);
    if (Array.isArray(m.content)) {
      m.content.forEach((block, j) => {
        if (block === null || typeof block !== 'object' || typeof block.type !== 'string') throw bad(`messages.${i}.content.${j}: a content block with a type`);
        if (MEDIA.has(block.type) && !allowMedia) {
          throw new GatewayError(400, 'UNSUPPORTED_CONTENT', `messages.${i}.content.${j}: ${block.type} blocks cannot be screened for personal data; the gateway refuses them (model.allowMedia enables them)`);
        }
      });
    }
  });
  return body;
}

// Calls visit(text, set) for every text the model will read; set(newText) replaces it.
function eachText(body, visit, { roles = ['user', 'assistant'], system = true } = {}) {
  const blocks = (list, owner) => list.forEach((block, k) => {
    if (block?.type === 'text' && typeof block.text === 'string') visit(block.text, (t) => { owner[k] = { ...block, text: t }; });
    else if (block?.type === 'tool_result') {
      if (typeof block.content === 'string') visit(block.content, (t) => { owner[k] = { ...block, content: t }; });
      else if (Array.isArray(block.content)) {
        const inner = block.content.slice();
        blocks(inner, inner);
        owner[k] = { ...block, content: inner };
      }
    }
  });
  if (system && body.system !== undefined) {
    if (typeof body.system === 'string') visit(body.system, (t) => { body.system = t; });
    else {
      body.system = body.system.slice();
      blocks(body.system, body.system);
    }
  }
  body.messages.forEach((m, i) => {
    if (!roles.includes(m.role)) return;
    if (typeof m.content === 'string') visit(m.content, (t) => { body.messages[i] = { ...m, content: t }; });
    else {
      const content = m.content.slice();
      blocks(content, content);
      body.messages[i] = { ...m, content };
    }
  });
}

/**
 * The text users (and their tools) wrote: `latest`, the last user turn (the new input, which
 * policies judge), and `earlier`, every user turn before it (the client sends the history
 * again with each request, so it is scanned for threats too: a client could forge it).
 */
export function userText(body) {
  const collect = (messages) => {
    const parts = [];
    eachText({ messages: messages.slice() }, (text) => parts.push(text), { roles: ['user'], system: false });
    return parts.join('\n');
  };
  let last = body.messages.length - 1;
  while (last > 0 && body.messages[last].role !== 'user') last--;
  return { latest: collect(body.messages.slice(last)), earlier: collect(body.messages.slice(0, last)) };
}

/**
 * A copy of `body` with every text tokenized in `conversation`; returns { body, entities }
 * (entities: counts per type, e.g. { EMAIL_ADDRESS: 1 }).
 */
export function maskBody(pii, body, conversation) {
  const copy = { ...body, messages: body.messages.slice() };
  const entities = {};
  eachText(copy, (text, set) => {
    const masked = pii.mask(text, { operator: 'tokenize', conversation });
    if (masked.entities.length === 0) return;
    for (const e of masked.entities) entities[e.type] = (entities[e.type] ?? 0) + 1;
    set(masked.text);
  });
  return { body: copy, entities };
}
