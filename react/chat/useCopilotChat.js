// useCopilotChat(options): the guarded conversation for React, a thin useSyncExternalStore
// layer over createChatStore. The store lives as long as the component (created in an
// effect, so StrictMode's double mount is harmless).
import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { CopilotError, createChatStore, createModelAdapter } from 'copilot-package/core';
import { CopilotContext } from '../provider/context.js';

const IDLE = { messages: [], modelRequests: [], busy: false };
const idleStore = { subscribe: () => () => {}, getSnapshot: () => IDLE };

/**
 * Options: firstMessage, systemPrompt, modelProvider ('anthropic' | 'local'), model, endpoint,
 * headers, and guard (the provider's, by default). Values missing here come from the
 * CopilotProvider's config.
 */
export function useCopilotChat(options = {}) {
  const context = useContext(CopilotContext);
  const config = context?.config ?? {};
  const guard = options.guard ?? context?.guard ?? null;
  const provider = options.modelProvider ?? config.modelProvider ?? 'local';
  const model = options.model ?? config.model;
  const endpoint = options.endpoint ?? config.modelEndpoint;
  const systemPrompt = options.systemPrompt ?? config.systemPrompt ?? '';
  const firstMessage = options.firstMessage ?? config.firstMessage ?? '';
  const headers = options.headers;
  const [setup, setSetup] = useState({ store: null, error: null });

  useEffect(() => {
    if (!guard) {
      // Inside a provider the guard is on its way; outside one there will never be one, and
      // an unguarded chat is exactly what this package exists to prevent.
      const error = context
        ? null
        : new CopilotError('INVALID_ARGUMENT', 'the chat needs a <CopilotProvider> around it (or a guard option)');
      setSetup({ store: null, error });
      return undefined;
    }
    try {
      const adapter = options.adapter ?? createModelAdapter({ provider, model, endpoint, headers });
      const onModelCall = context?.latency ? (ms, ok) => context.latency.record(ms, ok) : undefined;
      const store = createChatStore({ adapter, guard, systemPrompt, firstMessage, onModelCall });
      setSetup({ store, error: null });
      return () => store.cancel();
    } catch (error) {
      setSetup({ store: null, error });
      return undefined;
    }
    // headers and adapter are read when the store is made; pass stable values to change them
  }, [context, guard, provider, model, endpoint, systemPrompt, firstMessage]);

  const store = setup.store ?? idleStore;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const ready = Boolean(setup.store);
  const unavailable = () => Promise.reject(setup.error ?? new Error('the copilot is not ready yet'));
  return {
    ...state,
    ready,
    error: setup.error,
    send: ready ? setup.store.send : unavailable,
    confirm: ready ? setup.store.confirm : unavailable,
    dismiss: ready ? setup.store.dismiss : () => {},
    retry: ready ? setup.store.retry : unavailable,
    cancel: ready ? setup.store.cancel : () => {},
  };
}
