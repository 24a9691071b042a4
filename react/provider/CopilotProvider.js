// <CopilotProvider config identity unlock>: validates the configuration, loads the wasm
// core once, and makes both available to the hooks below it. An invalid configuration never
// reaches the core: the provider renders what is wrong instead of its children.
//
// StrictMode-safe: all work happens in an effect that can run twice (loadCore is cached);
// pass a `config` created outside render (or memoised), as its identity restarts the provider.
import { createElement as h, useEffect, useMemo, useState } from 'react';
import { loadCore, validatePhase5Config } from 'copilot-package/core';
import { CopilotContext } from './context.js';
import { ProviderError } from './ProviderError.js';

export function CopilotProvider({ config, identity = null, unlock = null, fallback = null, renderError, children }) {
  const validation = useMemo(() => validatePhase5Config(config), [config]);
  const [load, setLoad] = useState({ status: 'loading', core: null, error: null });

  useEffect(() => {
    if (!validation.valid) return undefined;
    let live = true;
    loadCore().then(
      (core) => live && setLoad({ status: 'ready', core, error: null }),
      (error) => live && setLoad({ status: 'error', core: null, error }),
    );
    return () => {
      live = false;
    };
  }, [validation]);

  const value = useMemo(
    () => (load.core ? Object.freeze({ config, core: load.core, identity, unlock }) : null),
    [config, load.core, identity, unlock],
  );

  const problem = !validation.valid
    ? { kind: 'config', errors: validation.errors }
    : load.status === 'error'
      ? { kind: 'load', error: load.error }
      : null;
  if (problem) return renderError ? renderError(problem) : h(ProviderError, { problem });
  if (!value) return fallback;
  return h(CopilotContext.Provider, { value }, children);
}
