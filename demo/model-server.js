// A local model server that speaks the Anthropic Messages API's streaming format, on
// loopback only. `npm run demo` starts it so the guarded chat works offline, and the tests
// use it to prove what a model provider would receive: every request is kept in `received`.
//
// `faults` simulates a bad day for the demo and tests: { unavailable: n } answers the next n
// requests with 503, { stallMs } waits before answering, { malformed: true } breaks the stream.
import { createServer } from 'node:http';
import { chunkText, localReply } from '../js/chat/local-model.js';

const MAX_BODY = 1 << 20;

export async function startModelServer({ port = 0, reply = localReply, chunkDelayMs = 15 } = {}) {
  const received = [];
  const faults = { unavailable: 0, stallMs: 0, malformed: false };
  let nextId = 1;

  const server = createServer(async (request, response) => {
    if (request.method !== 'POST' || new URL(request.url, 'http://x').pathname !== '/v1/messages') {
      return sendError(response, 404, 'not_found_error', 'only POST /v1/messages is served here');
    }
    let body;
    try {
      body = JSON.parse(await readBody(request));
    } catch (error) {
      return sendError(response, 400, 'invalid_request_error', `request body is not JSON: ${error.message}`);
    }
    received.push({ headers: request.headers, body });
    const problem = checkRequest(request, body);
    if (problem) return sendError(response, 400, 'invalid_request_error', problem);
    if (faults.unavailable > 0) {
      faults.unavailable--;
      return sendError(response, 503, 'overloaded_error', 'the local model is simulating an outage');
    }
    if (faults.stallMs > 0) await sleep(faults.stallMs);
    const text = reply({ system: body.system, messages: body.messages });
    const id = `msg_local_${nextId++}`;
    if (!body.stream) return sendJson(response, 200, message(id, body.model, text, 'end_turn'));
    await streamReply(response, { id, model: body.model, text, malformed: faults.malformed, chunkDelayMs });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    faults,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function checkRequest(request, body) {
  if (!request.headers['anthropic-version']) return 'the anthropic-version header is required';
  if (typeof body.model !== 'string' || !body.model) return 'model: a model name is required';
  if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1) return 'max_tokens: a positive integer is required';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required';
  for (const [i, m] of body.messages.entries()) {
    if (m?.role !== 'user' && m?.role !== 'assistant') return `messages.${i}.role: must be "user" or "assistant"`;
  }
  return null;
}

async function streamReply(response, { id, model, text, malformed, chunkDelayMs }) {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const send = (event, data) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('message_start', { type: 'message_start', message: { ...message(id, model, '', null), content: [] } });
  send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
  send('ping', { type: 'ping' });
  const chunks = chunkText(text);
  for (const [i, chunk] of chunks.entries()) {
    if (malformed && i === Math.floor(chunks.length / 2)) {
      response.write('event: content_block_delta\ndata: {"type": "content_block_delta", "delta": {\n\n');
      response.end();
      return;
    }
    send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: chunk } });
    if (chunkDelayMs > 0) await sleep(chunkDelayMs);
  }
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: chunks.length } });
  send('message_stop', { type: 'message_stop' });
  response.end();
}

function message(id, model, text, stopReason) {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 0, output_tokens: 0 },
  };
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const parts = [];
    request.on('data', (part) => {
      size += part.length;
      if (size > MAX_BODY) {
        reject(new Error(`larger than ${MAX_BODY} bytes`));
        request.destroy();
      } else {
        parts.push(part);
      }
    });
    request.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sendError(response, status, type, message) {
  sendJson(response, status, { type: 'error', error: { type, message } });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
