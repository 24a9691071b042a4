// <CopilotProvider config identity unlock>: validates the configuration, opens a copilot
// session (the wasm core, a security policy, the identity's encrypted memory unlocked with
// `unlock`, and the chat's guard) and shares it with the hooks and components below it.
// An invalid configuration never reaches the core, and a wrong passphrase is an error state
// of its own: the provider renders what is wrong instead of its children.
//
// StrictMode-safe: the session is opened in an effect and closed by its cleanup (loadCore is
// cached). Pass `config`, `identity` and `unlock` created outside render (or memoised): a new
// object means a new session.
import { createElement as h, useEffect, useMemo, useState } from 'react';
import { openCopilotSession, validatePhase5Config } from 'copilot-package/core';
import { CopilotContext } from './context.js';
import { ProviderError } from './ProviderError.js';

export function CopilotProvider({
  config,
  identity = null,
  unlock = null,
  indexedDB,
  IDBKeyRange,
  fallback = null,
  renderError,
  children,
}) {
  const validation = useMemo(() => validatePhase5Config(config), [config]);
  const [load, setLoad] = useState({ status: 'loading', session: null, error: null });

  useEffect(() => {
    if (!validation.valid) return undefined;
    let live = true;
    let opened = null;
    setLoad({ status: 'loading', session: null, error: null });
    openCopilotSession({ config, identity, unlock, indexedDB, IDBKeyRange }).then(
      (session) => {
        if (!live) return session.close();
        opened = session;
        setLoad({ status: 'ready', session, error: null });
      },
      (error) => live && setLoad({ status: 'error', session: null, error }),
    );
    return () => {
      live = false;
      opened?.close();
    };
  }, [validation, config, identity, unlock, indexedDB, IDBKeyRange]);

  const value = useMemo(() => (load.session ? Object.freeze({ ...load.session }) : null), [load.session]);

  const problem = !validation.valid
    ? { kind: 'config', errors: validation.errors }
    : load.status === 'error'
      ? { kind: load.error?.code === 'WRONG_KEY' ? 'unlock' : 'load', error: load.error }
      : null;
  if (problem) return renderError ? renderError(problem) : h(ProviderError, { problem });
  if (!value) return fallback;
  return h(CopilotContext.Provider, { value }, children);
}
