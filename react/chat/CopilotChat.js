// <CopilotChat />: the guarded copilot. Shows each message's fate (blocked, waiting for
// confirmation, failed with the reason, streaming) and, in a panel, exactly what the model
// received. The draft in the input survives every failure.
import { createElement as h, useState } from 'react';
import { useCopilotChat } from './useCopilotChat.js';
import { CHAT_CSS } from './styles.js';

const STATUS_TEXT = {
  checking: 'Checking…',
  blocked: 'Blocked by policy',
  'needs-confirmation': 'Needs your confirmation',
  cancelled: 'Not sent',
  sent: 'Sent (masked)',
  streaming: 'Answering…',
  error: 'Failed',
};

export function CopilotChat({ className = '', showModelView = true, theme = 'light', ...options }) {
  const chat = useCopilotChat(options);
  const [draft, setDraft] = useState('');

  async function submit(event) {
    event.preventDefault();
    const text = draft;
    if (!text.trim() || chat.busy || !chat.ready) return;
    setDraft('');
    const state = await chat.send(text).catch(() => null);
    if (!state) setDraft(text); // refused outright: give the text back
  }

  return h(
    'div',
    { className: `cp-chat ${className}`.trim(), 'data-theme': theme === 'dark' ? 'dark' : 'light' },
    h('style', null, CHAT_CSS),
    chat.error ? h('p', { role: 'alert', className: 'cp-chat-error' }, `The copilot cannot start: ${chat.error.message}`) : null,
    h(
      'ol',
      { className: 'cp-chat-log', 'aria-live': 'polite', 'aria-label': 'Conversation' },
      chat.messages.map((message) => h(MessageItem, { key: message.id, message, chat })),
    ),
    h(
      'form',
      { className: 'cp-chat-form', onSubmit: submit },
      h('label', { htmlFor: 'cp-chat-input', className: 'cp-sr-only' }, 'Message'),
      h('textarea', {
        id: 'cp-chat-input',
        value: draft,
        rows: 2,
        placeholder: chat.ready ? 'Ask the copilot…' : 'Starting…',
        onChange: (e) => setDraft(e.target.value),
        onKeyDown: (e) => {
          if (e.key === 'Enter' && !e.shiftKey) submit(e);
        },
      }),
      chat.busy
        ? h('button', { type: 'button', onClick: chat.cancel }, 'Stop')
        : h('button', { type: 'submit', disabled: !chat.ready || !draft.trim() }, 'Send'),
    ),
    showModelView ? h(ModelView, { requests: chat.modelRequests }) : null,
  );
}

function MessageItem({ message, chat }) {
  const status = message.role === 'user' || message.status !== 'done' ? STATUS_TEXT[message.status] : null;
  return h(
    'li',
    { className: 'cp-msg', 'data-role': message.role, 'data-status': message.status, 'data-testid': `message-${message.role}` },
    h('div', { className: 'cp-msg-text' }, message.text || (message.status === 'streaming' ? '…' : '')),
    status ? h('div', { className: 'cp-msg-status' }, status) : null,
    message.reasons?.length ? h('ul', { className: 'cp-msg-reasons' }, message.reasons.map((r) => h('li', { key: r }, r))) : null,
    message.error ? h('div', { className: 'cp-msg-error', role: 'alert' }, `${message.error.message} (${message.error.code})`) : null,
    message.status === 'needs-confirmation'
      ? h(
          'div',
          { className: 'cp-msg-actions' },
          h('button', { type: 'button', onClick: () => chat.confirm(message.id) }, 'Send anyway'),
          h('button', { type: 'button', onClick: () => chat.dismiss(message.id) }, "Don't send"),
        )
      : null,
    message.role === 'user' && message.status === 'error'
      ? h('div', { className: 'cp-msg-actions' }, h('button', { type: 'button', onClick: () => chat.retry(message.id) }, 'Retry'))
      : null,
  );
}

function ModelView({ requests }) {
  const last = requests.at(-1);
  return h(
    'details',
    { className: 'cp-model-view' },
    h('summary', null, `What the model received (${requests.length} request${requests.length === 1 ? '' : 's'})`),
    last
      ? h('pre', { 'data-testid': 'model-view' }, JSON.stringify({ system: last.system, messages: last.messages }, null, 2))
      : h('p', null, 'Nothing has been sent yet.'),
  );
}
