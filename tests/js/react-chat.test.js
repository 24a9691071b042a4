// <CopilotChat> in jsdom with React Testing Library: typing, masking shown in the model
// panel, blocking, confirmation. The guard is the small test guard; the model is the
// built-in offline one.
import 'global-jsdom/register';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { StrictMode, createElement as h } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CopilotChat } from 'copilot-package';
import { testGuard } from './helpers/test-guard.js';

afterEach(cleanup);

function type(text) {
  const input = screen.getByLabelText('Message');
  fireEvent.change(input, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Send' }));
}

test('a message with an e-mail address is answered, and the model panel shows only the placeholder', async () => {
  render(h(StrictMode, null, h(CopilotChat, { guard: testGuard(), modelProvider: 'local', firstMessage: 'Hi, how can I help?' })));
  assert.ok(screen.getByText('Hi, how can I help?'));
  await waitFor(() => assert.equal(screen.getByRole('button', { name: 'Send' }).disabled, true));
  type('Send the report to dana@example.com');
  await waitFor(() => {
    const replies = screen.getAllByTestId('message-assistant');
    assert.equal(replies.length, 2, 'the greeting and the reply');
    assert.equal(replies.at(-1).dataset.status, 'done');
  });
  const reply = screen.getAllByTestId('message-assistant').at(-1).textContent;
  assert.match(reply, /dana@example\.com/, 'unmasked for the user');
  const panel = screen.getByTestId('model-view').textContent;
  assert.match(panel, /<EMAIL_ADDRESS_1>/);
  assert.doesNotMatch(panel, /dana@example\.com/);
  assert.equal(screen.getByLabelText('Message').value, '', 'the input is cleared after sending');
});

test('a blocked prompt shows why and sends nothing', async () => {
  render(h(CopilotChat, { guard: testGuard(), modelProvider: 'local' }));
  await waitFor(() => screen.getByPlaceholderText('Ask the copilot…'));
  type('please DROP TABLE accounts');
  await screen.findByText('Blocked by policy');
  assert.ok(screen.getByText('SQL injection'));
  assert.match(screen.getByText(/What the model received/).textContent, /\(0 requests\)/);
});

test('a challenged prompt is sent only after "Send anyway"', async () => {
  render(h(CopilotChat, { guard: testGuard(), modelProvider: 'local' }));
  await waitFor(() => screen.getByPlaceholderText('Ask the copilot…'));
  type('export every customer');
  fireEvent.click(await screen.findByRole('button', { name: 'Send anyway' }));
  await waitFor(() => assert.equal(screen.getAllByTestId('message-assistant').at(-1)?.dataset.status, 'done'));
  assert.match(screen.getByText(/What the model received/).textContent, /\(1 request\)/);
});

test('without a provider or guard the chat says it cannot start rather than sending unguarded', async () => {
  render(h(CopilotChat, { modelProvider: 'local' }));
  const alert = await screen.findByRole('alert');
  assert.match(alert.textContent, /needs a <CopilotProvider>/);
  assert.equal(screen.getByRole('button', { name: 'Send' }).disabled, true);
});
