// The model adapters against a real HTTP server on loopback that speaks the Anthropic
// Messages streaming format (the demo's model server), including its simulated faults.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startModelServer } from '../../demo/model-server.js';
import { createModelAdapter } from '../../js/chat/model-adapter.js';
import { localReply } from '../../js/chat/local-model.js';

const conversation = { system: 'Be brief.', messages: [{ role: 'user', content: 'Write to <EMAIL_ADDRESS_1> please' }] };

async function collect(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

describe('anthropic adapter', () => {
  let server;
  before(async () => {
    server = await startModelServer({ chunkDelayMs: 0 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.received.length = 0;
    Object.assign(server.faults, { unavailable: 0, stallMs: 0, malformed: false });
  });

  const adapter = (options = {}) =>
    createModelAdapter({ provider: 'anthropic', endpoint: server.url, model: 'claude-test', timeoutMs: 2000, ...options });

  test('streams the reply and sends a well-formed Messages API request', async () => {
    const text = await collect(adapter({ headers: { authorization: 'Bearer app-session' } }).stream(conversation));
    assert.equal(text, localReply(conversation));
    assert.equal(server.received.length, 1);
    const { headers, body } = server.received[0];
    assert.equal(headers['anthropic-version'], '2023-06-01');
    assert.equal(headers.authorization, 'Bearer app-session');
    assert.equal(headers['x-api-key'], undefined, 'no provider key leaves the page');
    assert.deepEqual(body, { model: 'claude-test', max_tokens: 1024, stream: true, messages: conversation.messages, system: 'Be brief.' });
  });

  test('retries once when the endpoint is unavailable, then succeeds', async () => {
    server.faults.unavailable = 1;
    const text = await collect(adapter().stream(conversation));
    assert.equal(text, localReply(conversation));
    assert.equal(server.received.length, 2);
  });

  test('gives up after one retry with MODEL_UNAVAILABLE', async () => {
    server.faults.unavailable = 5;
    await assert.rejects(collect(adapter().stream(conversation)), { code: 'MODEL_UNAVAILABLE', message: /HTTP 503.*outage/ });
    assert.equal(server.received.length, 2);
  });

  test('times out a silent endpoint, retries once, and says how long it waited', async () => {
    server.faults.stallMs = 400;
    const started = Date.now();
    await assert.rejects(collect(adapter({ timeoutMs: 100 }).stream(conversation)), {
      code: 'MODEL_UNAVAILABLE',
      message: /sent nothing for 100 ms/,
    });
    assert.equal(server.received.length, 2);
    assert.ok(Date.now() - started < 2000);
  });

  test('a malformed event after text has arrived ends the reply with MODEL_STREAM, without a retry', async () => {
    server.faults.malformed = true;
    const seen = [];
    await assert.rejects(
      (async () => {
        for await (const chunk of adapter().stream(conversation)) seen.push(chunk);
      })(),
      { code: 'MODEL_STREAM' },
    );
    assert.ok(seen.length > 0, 'the text before the fault was delivered');
    assert.equal(server.received.length, 1);
  });

  test('a request the provider rejects is MODEL_ERROR with its message, not retried', async () => {
    const bad = createModelAdapter({ provider: 'anthropic', endpoint: server.url, model: 'x', maxTokens: 0 });
    await assert.rejects(collect(bad.stream(conversation)), { code: 'MODEL_ERROR', message: /HTTP 400: max_tokens/ });
    assert.equal(server.received.length, 1);
  });

  test('an endpoint that is down is MODEL_UNAVAILABLE', async () => {
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = probe.address().port;
    await new Promise((resolve) => probe.close(resolve));
    const down = createModelAdapter({ provider: 'anthropic', endpoint: `http://127.0.0.1:${port}`, model: 'x' });
    await assert.rejects(collect(down.stream(conversation)), { code: 'MODEL_UNAVAILABLE', message: /could not reach/ });
  });

  test('the caller can cancel a reply', async () => {
    const controller = new AbortController();
    server.faults.stallMs = 300;
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(collect(adapter().stream({ ...conversation, signal: controller.signal })), { code: 'ABORTED' });
  });

  test('an error event in the stream is reported with the provider message', async () => {
    const errorServer = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('event: error\ndata: {"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long"}}\n\n');
    });
    await new Promise((resolve) => errorServer.listen(0, '127.0.0.1', resolve));
    const failing = createModelAdapter({ provider: 'anthropic', endpoint: `http://127.0.0.1:${errorServer.address().port}`, model: 'x' });
    await assert.rejects(collect(failing.stream(conversation)), { code: 'MODEL_ERROR', message: /invalid_request_error: prompt is too long/ });
    await new Promise((resolve) => errorServer.close(resolve));
  });
});

describe('adapter selection and configuration errors', () => {
  test('local provider streams the offline reply in several chunks', async () => {
    const chunks = [];
    for await (const chunk of createModelAdapter({ provider: 'local' }).stream(conversation)) chunks.push(chunk);
    assert.ok(chunks.length > 3);
    assert.equal(chunks.join(''), localReply(conversation));
    assert.match(chunks.join(''), /<EMAIL_ADDRESS_1>/);
  });

  test('unknown providers and missing endpoint or model are INVALID_CONFIG', () => {
    assert.throws(() => createModelAdapter({ provider: 'openai' }), { code: 'INVALID_CONFIG', message: /anthropic.*local/ });
    assert.throws(() => createModelAdapter({ provider: 'anthropic', model: 'x' }), { code: 'INVALID_CONFIG', message: /endpoint/ });
    assert.throws(() => createModelAdapter({ provider: 'anthropic', endpoint: '/api' }), { code: 'INVALID_CONFIG', message: /model/ });
  });
});
