// The guarded copilot conversation as a framework-free store (subscribe/getSnapshot), which
// useCopilotChat and <CopilotChat> render. Every user message passes the guard before any
// of it leaves the page:
//
//   typed text -> guard.inspect (threat scan + policy decision) -> deny: blocked, with reasons
//                                                               -> challenge: waits for confirm()
//              -> guard.protect (PII tokenized) -> model adapter (sees only masked text)
//              -> streamed answer through guard.reveal (placeholders restored locally)
//              -> guard.remember (conversation stored encrypted) ; guard.audit at each step
//
// The text a user typed is never lost: a blocked, cancelled or failed message keeps it, and
// retry() sends it again.
import { CopilotError } from '../errors.js';

let nextId = 1;
const newId = (prefix) => `${prefix}-${Date.now().toString(36)}-${(nextId++).toString(36)}`;

/**
 * @param {object} options
 * @param {{ stream(request): AsyncIterable<string> }} options.adapter the model
 * @param {object} options.guard { inspect, protect, reveal, remember?, audit? } (see README)
 * @param {string} [options.systemPrompt]
 * @param {string} [options.firstMessage] shown as the assistant's greeting, never sent to the model
 * @param {(ms: number, ok: boolean) => void} [options.onModelCall] told each reply's duration
 */
export function createChatStore({ adapter, guard, systemPrompt = '', firstMessage = '', onModelCall }) {
  if (!adapter || typeof adapter.stream !== 'function') {
    throw new CopilotError('INVALID_ARGUMENT', 'createChatStore needs a model adapter with stream()');
  }
  for (const step of ['inspect', 'protect', 'reveal']) {
    if (typeof guard?.[step] !== 'function') {
      throw new CopilotError('INVALID_ARGUMENT', `createChatStore needs guard.${step}()`);
    }
  }
  const listeners = new Set();
  let state = {
    messages: firstMessage ? [{ id: newId('m'), role: 'assistant', text: firstMessage, status: 'done', greeting: true }] : [],
    /** Exactly what the model received, request by request. */
    modelRequests: [],
    busy: false,
  };
  let controller = null;

  const emit = () => listeners.forEach((listener) => listener());
  const update = (patch) => {
    state = { ...state, ...patch };
    emit();
  };
  const patchMessage = (id, patch) =>
    update({ messages: state.messages.map((m) => (m.id === id ? { ...m, ...patch } : m)) });
  const audit = (event) => {
    try {
      guard.audit?.(event);
    } catch {
      // an audit sink that fails must not take the conversation down; it reports on its own
    }
  };

  async function send(text) {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new CopilotError('INVALID_ARGUMENT', 'a message must be a non-empty string');
    }
    if (state.busy) throw new CopilotError('INVALID_ARGUMENT', 'wait for the current reply, or cancel it');
    const id = newId('m');
    update({ messages: [...state.messages, { id, role: 'user', text, status: 'checking' }] });
    return process(id);
  }

  async function process(id, { confirmed = false } = {}) {
    const message = state.messages.find((m) => m.id === id);
    update({ busy: true });
    try {
      const verdict = await guard.inspect(message.text);
      audit({ type: 'message_inspected', messageId: id, decision: verdict.decision, threat: verdict.threat?.detected ?? false });
      if (verdict.decision === 'deny') {
        patchMessage(id, { status: 'blocked', reasons: verdict.reasons ?? [] });
        return state;
      }
      if (verdict.decision === 'challenge' && !confirmed) {
        patchMessage(id, { status: 'needs-confirmation', reasons: verdict.reasons ?? [] });
        return state;
      }
      const masked = await guard.protect(message.text);
      patchMessage(id, { status: 'sent', maskedText: masked.text, entities: masked.entities ?? [] });
      audit({ type: 'prompt_masked', messageId: id, entities: (masked.entities ?? []).map((e) => e.type) });
      await answer(id, confirmed);
    } catch (error) {
      patchMessage(id, { status: 'error', error: describe(error) });
      audit({ type: 'message_failed', messageId: id, code: error.code ?? 'INTERNAL' });
    } finally {
      update({ busy: false });
    }
    return state;
  }

  async function answer(userMessageId, confirmed) {
    const history = state.messages
      .filter((m) => !m.greeting && ((m.role === 'user' && m.maskedText) || (m.role === 'assistant' && m.status === 'done')))
      .map((m) => ({ role: m.role, content: m.role === 'user' ? m.maskedText : m.modelText }));
    const request = { system: systemPrompt || undefined, messages: history };
    update({ modelRequests: [...state.modelRequests, { messageId: userMessageId, ...request }] });
    const replyId = newId('m');
    update({ messages: [...state.messages, { id: replyId, role: 'assistant', text: '', modelText: '', status: 'streaming' }] });
    controller = new AbortController();
    const reveal = guard.reveal();
    let modelText = '';
    const started = Date.now();
    try {
      for await (const chunk of adapter.stream({ ...request, signal: controller.signal, ...(confirmed ? { confirmed: true } : {}) })) {
        modelText += chunk;
        const visible = reveal.push(chunk);
        const current = state.messages.find((m) => m.id === replyId);
        patchMessage(replyId, { text: current.text + visible, modelText });
      }
      const rest = reveal.end();
      const current = state.messages.find((m) => m.id === replyId);
      patchMessage(replyId, { text: current.text + rest, modelText, status: 'done' });
      onModelCall?.(Date.now() - started, true);
      audit({ type: 'reply_received', messageId: replyId, characters: modelText.length });
      await guard.remember?.(state.messages.filter((m) => m.status === 'done' || m.status === 'sent'));
    } catch (error) {
      const current = state.messages.find((m) => m.id === replyId);
      patchMessage(replyId, { text: current.text + reveal.end(), modelText, status: 'error', error: describe(error) });
      if (error?.code !== 'ABORTED') onModelCall?.(Date.now() - started, false);
      throw error;
    } finally {
      controller = null;
    }
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send,
    /** Sends a message the policy challenged, after the user confirmed it. */
    confirm(id) {
      const message = state.messages.find((m) => m.id === id);
      if (message?.status !== 'needs-confirmation') {
        throw new CopilotError('INVALID_ARGUMENT', `message ${id} is not waiting for confirmation`);
      }
      audit({ type: 'challenge_confirmed', messageId: id });
      return process(id, { confirmed: true });
    },
    /** Drops a challenged message without sending it (its text stays visible). */
    dismiss(id) {
      patchMessage(id, { status: 'cancelled' });
      audit({ type: 'challenge_declined', messageId: id });
    },
    /** Sends a failed message again. */
    retry(id) {
      const message = state.messages.find((m) => m.id === id);
      if (message?.role !== 'user' || message.status !== 'error') {
        throw new CopilotError('INVALID_ARGUMENT', `message ${id} did not fail, so there is nothing to retry`);
      }
      // The failed reply (if any) goes; the user's message stays and is processed again.
      const index = state.messages.indexOf(message);
      update({ messages: state.messages.filter((m, i) => i <= index || m.role === 'user') });
      patchMessage(id, { status: 'checking', error: undefined });
      return process(id);
    },
    /** Stops the reply being streamed. */
    cancel() {
      controller?.abort();
    },
  };
}

function describe(error) {
  return { code: error?.code ?? 'INTERNAL', message: error?.message ?? String(error) };
}
