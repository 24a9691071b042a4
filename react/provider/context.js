import { createContext, useContext } from 'react';
import { CopilotError } from 'copilot-package/core';

/** What CopilotProvider shares with the hooks below it once it is ready. */
export const CopilotContext = createContext(null);

/**
 * The provider's ready session: { config, core, identity, unlock, security, memory, guard,
 * latency }. Throws a CopilotError with code INVALID_ARGUMENT outside a ready <CopilotProvider>.
 */
export function useCopilotContext() {
  const value = useContext(CopilotContext);
  if (!value) {
    throw new CopilotError('INVALID_ARGUMENT', 'this hook must be used inside <CopilotProvider config={...}>');
  }
  return value;
}
