// A model upstream on loopback for the gateway's tests: it keeps every request it receives
// (headers and body, as the provider would see them) and answers in the Messages API format
// with "You said: " and the last user text it got, streamed in chunks of `chunkSize`
// characters, one event per chunk, so placeholders are cut between chunks.
// `mode`: 'ok' | 'fail' (HTTP 500 echoing the API key it got) | 'unauthorized' (401).
import { createServer } from 'node:http';

export async function startEchoUpstream({ chunkSize = 3 } = {}) {
  const received = [];
  const sentChunks = [];
  const state = { mode: 'ok' };
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (c) => (raw += c));
    request.on('end', async () => {
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        response.writeHead(400).end();
        return;
      }
      received.push({ headers: request.headers, body, raw });
      if (state.mode === 'fail') {
        response.writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: `internal failure with key ${request.headers['x-api-key']}` } }));
        return;
      }
      if (state.mode === 'unauthorized') {
        response.writeHead(401, { 'content-type': 'application/json' })
          .end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: `invalid x-api-key ${request.headers['x-api-key']}` } }));
        return;
      }
      const last = [...body.messages].reverse().find((m) => m.role === 'user');
      const said = typeof last.content === 'string' ? last.content : last.content.filter((b) => b.type === 'text').map((b) => b.text).join('');
      const text = `You said: ${said}`;
      if (!body.stream) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
          id: 'msg_echo', type: 'message', role: 'assistant', model: body.model, content: [{ type: 'text', text }], stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 },
        }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (event, data) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      send('message_start', { type: 'message_start', message: { id: 'msg_echo', type: 'message', role: 'assistant', model: body.model, content: [] } });
      send('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } });
      for (let i = 0; i < text.length; i += chunkSize) {
        const chunk = text.slice(i, i + chunkSize);
        sentChunks.push(chunk);
        send('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: chunk } });
        if (i % (chunkSize * 8) === 0) await new Promise((r) => setImmediate(r));
      }
      send('content_block_stop', { type: 'content_block_stop', index: 0 });
      send('message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 1 } });
      send('message_stop', { type: 'message_stop' });
      response.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, received, sentChunks, state, close: () => new Promise((r) => server.close(r)) };
}
