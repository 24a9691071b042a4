import { useEffect, useState } from 'react';
import { loadCore } from 'copilot-package/core';

/**
 * @typedef {{ status: 'loading' }
 *   | { status: 'ready', core: import('copilot-package/core').Core }
 *   | { status: 'error', error: import('copilot-package/core').CopilotError }} CoreState
 */

/**
 * The demo's one loader: loadCore() is cached, so StrictMode's double effects load once.
 * @returns {CoreState}
 */
export function useCore() {
  const [state, setState] = useState(/** @type {CoreState} */ ({ status: 'loading' }));
  useEffect(() => {
    let live = true;
    loadCore().then(
      (core) => live && setState({ status: 'ready', core }),
      (error) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
