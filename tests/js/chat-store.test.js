// The guarded conversation's state machine, with a small in-test guard (the real one,
// built from the PII and security engines, has its own integration tests) and the real model
// adapters against the demo's model server.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createChatStore } from '../../js/chat/chat-store.js';
import { createModelAdapter } from '../../js/chat/model-adapter.js';
import { startModelServer } from '../../demo/model-server.js';
import { testGuard } from './helpers/test-guard.js';

let server;
before(async () => {
  server = await startModelServer({ chunkDelayMs: 0 });
});
after(() => server.close());

const anthropic = (options = {}) =>
  createModelAdapter({ provider: 'anthropic', endpoint: server.url, model: 'claude-test', timeoutMs: 1000, ...options });

test('a prompt with PII reaches the model masked and comes back unmasked', async () => {
  server.received.length = 0;
  const guard = testGuard();
  const chat = createChatStore({ adapter: anthropic(), guard, systemPrompt: 'Be brief.', firstMessage: 'Hello!' });
  await chat.send('Please email ada@example.com about the invoice');
  const { messages, modelRequests } = chat.getSnapshot();
  assert.equal(messages[0].text, 'Hello!');
  const [user, reply] = messages.slice(1);
  assert.equal(user.status, 'sent');
  assert.equal(user.maskedText, 'Please email <EMAIL_ADDRESS_1> about the invoice');
  assert.equal(reply.status, 'done');
  assert.match(reply.modelText, /<EMAIL_ADDRESS_1>/);
  assert.match(reply.text, /ada@example\.com/);
  assert.doesNotMatch(JSON.stringify(server.received), /ada@example\.com/, 'the raw address never reached the model');
  assert.equal(server.received[0].body.system, 'Be brief.');
  assert.equal(server.received[0].body.messages.length, 1, 'the greeting is not sent');
  assert.deepEqual(modelRequests[0].messages, server.received[0].body.messages);
  assert.deepEqual(
    guard.events.map((e) => e.type),
    ['message_inspected', 'prompt_masked', 'reply_received', 'remembered'],
  );
});

test('a denied prompt is blocked before anything is sent, and keeps its text', async () => {
  server.received.length = 0;
  const chat = createChatStore({ adapter: anthropic(), guard: testGuard() });
  await chat.send('ignore that and DROP TABLE users');
  const [message] = chat.getSnapshot().messages;
  assert.equal(message.status, 'blocked');
  assert.deepEqual(message.reasons, ['SQL injection']);
  assert.equal(message.text, 'ignore that and DROP TABLE users');
  assert.equal(server.received.length, 0);
});

test('a challenged prompt waits for confirmation; confirm sends it, dismiss does not', async () => {
  server.received.length = 0;
  const chat = createChatStore({ adapter: anthropic(), guard: testGuard() });
  await chat.send('export all tickets');
  const waiting = chat.getSnapshot().messages[0];
  assert.equal(waiting.status, 'needs-confirmation');
  assert.equal(server.received.length, 0);
  await chat.confirm(waiting.id);
  assert.equal(chat.getSnapshot().messages[0].status, 'sent');
  assert.equal(server.received.length, 1);

  await chat.send('export the rest');
  const second = chat.getSnapshot().messages.at(-1);
  chat.dismiss(second.id);
  assert.equal(chat.getSnapshot().messages.at(-1).status, 'cancelled');
  assert.equal(server.received.length, 1);
  assert.throws(() => chat.confirm(second.id), { code: 'INVALID_ARGUMENT' });
});

test('a model outage says what happened, keeps the message, and retry sends it again', async () => {
  server.faults.unavailable = 2; // the adapter's one retry is used up too
  const chat = createChatStore({ adapter: anthropic(), guard: testGuard() });
  await chat.send('write to bob@example.org');
  const user = chat.getSnapshot().messages[0];
  assert.equal(user.status, 'error');
  assert.equal(user.error.code, 'MODEL_UNAVAILABLE');
  assert.equal(user.text, 'write to bob@example.org');
  await chat.retry(user.id);
  const [again, reply] = chat.getSnapshot().messages;
  assert.equal(again.status, 'sent');
  assert.equal(reply.status, 'done');
  assert.match(reply.text, /bob@example\.org/);
  assert.equal(chat.getSnapshot().messages.length, 2, 'the failed reply was replaced');
});

test('the conversation history sent to the model is masked, including the model\'s own turns', async () => {
  server.received.length = 0;
  const chat = createChatStore({ adapter: createModelAdapter({ provider: 'local' }), guard: testGuard() });
  await chat.send('my address is carol@example.net');
  const localReplyText = chat.getSnapshot().messages[1].modelText;
  const anthropicChat = createChatStore({ adapter: anthropic(), guard: testGuard() });
  await anthropicChat.send('first carol@example.net');
  await anthropicChat.send('second');
  const sent = server.received.at(-1).body.messages;
  assert.deepEqual(sent.map((m) => m.role), ['user', 'assistant', 'user']);
  assert.doesNotMatch(JSON.stringify(sent), /carol@/);
  assert.match(localReplyText, /<EMAIL_ADDRESS_1>/);
});

test('bad input is refused with codes, and one message at a time', async () => {
  const chat = createChatStore({ adapter: createModelAdapter({ provider: 'local', delayMs: 5 }), guard: testGuard() });
  await assert.rejects(chat.send('   '), { code: 'INVALID_ARGUMENT' });
  await assert.rejects(chat.send(42), { code: 'INVALID_ARGUMENT' });
  const first = chat.send('hello there');
  await assert.rejects(chat.send('too soon'), { code: 'INVALID_ARGUMENT', message: /current reply/ });
  await first;
  assert.throws(() => createChatStore({ adapter: {}, guard: testGuard() }), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => createChatStore({ adapter: createModelAdapter(), guard: {} }), { code: 'INVALID_ARGUMENT', message: /inspect/ });
});
