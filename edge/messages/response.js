// The model's answer on its way back: placeholders the request's conversation made are
// restored. A streamed answer is rewritten event by event: each text block's deltas go
// through a streaming unmasker, which holds back a placeholder cut between two chunks until
// it is whole, and what it still holds when the block stops is sent before the stop. Every
// other event passes through as it came.
import { createParser } from 'eventsource-parser';

const encoder = new TextEncoder();
const frame = (event, data) => encoder.encode(`${event ? `event: ${event}\n` : ''}data: ${data}\n\n`);

/** Unmasks the text blocks of a non-streamed Messages response. */
export function unmaskMessage(message, conversation) {
  if (!Array.isArray(message?.content)) return message;
  return { ...message, content: message.content.map((b) => (b?.type === 'text' && typeof b.text === 'string' ? { ...b, text: conversation.unmask(b.text) } : b)) };
}

/**
 * A ReadableStream of the upstream SSE body with text deltas unmasked. `done()` runs once when
 * the stream ends, fails or is cancelled (the conversation is closed there).
 */
export function unmaskEventStream(body, conversation, done) {
  const unmaskers = new Map();
  const decoder = new TextDecoder();
  let controller;
  let sent = 0;
  const send = (bytes) => {
    sent++;
    controller.enqueue(bytes);
  };
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    done();
  };
  const delta = (index, text) => frame('content_block_delta', JSON.stringify({ type: 'content_block_delta', index, delta: { type: 'text_delta', text } }));

  const parser = createParser({
    onEvent(event) {
      const type = event.event;
      if (type !== 'content_block_start' && type !== 'content_block_delta' && type !== 'content_block_stop') {
        send(frame(type, event.data));
        return;
      }
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        send(frame(type, event.data));
        return;
      }
      const index = data.index;
      if (type === 'content_block_start') {
        if (data.content_block?.type === 'text') {
          unmaskers.set(index, conversation.createStreamingUnmasker());
          if (data.content_block.text) data.content_block.text = unmaskers.get(index).push(data.content_block.text);
          send(frame(type, JSON.stringify(data)));
        } else send(frame(type, event.data));
        return;
      }
      const unmasker = unmaskers.get(index);
      if (type === 'content_block_delta') {
        if (!unmasker || data.delta?.type !== 'text_delta' || typeof data.delta.text !== 'string') {
          send(frame(type, event.data));
          return;
        }
        const ready = unmasker.push(data.delta.text);
        if (ready) {
          data.delta.text = ready;
          send(frame(type, JSON.stringify(data)));
        }
        return;
      }
      // content_block_stop: what the unmasker still holds goes out first.
      if (unmasker) {
        const rest = unmasker.flush();
        unmaskers.delete(index);
        if (rest) send(delta(index, rest));
      }
      send(frame(type, event.data));
    },
  });

  const reader = body.getReader();
  return new ReadableStream({
    start(c) {
      controller = c;
    },
    // A pull that enqueues nothing is not called again (the stream would stall while the
    // unmasker holds a placeholder back), so it reads until it has something to send.
    async pull(c) {
      try {
        const before = sent;
        while (sent === before) {
          const { value, done: ended } = await reader.read();
          if (ended) {
            parser.feed(decoder.decode());
            for (const [index, unmasker] of unmaskers) {
              const rest = unmasker.flush();
              if (rest) c.enqueue(delta(index, rest));
            }
            unmaskers.clear();
            finish();
            c.close();
            return;
          }
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch (error) {
        c.enqueue(frame('error', JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'the model stream broke off' } })));
        finish();
        c.close();
        reader.cancel(error).catch(() => {});
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
}
