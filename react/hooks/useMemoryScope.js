// useMemoryScope(config): the seed's MemoryScopeHookResult over the provider's encrypted
// memory store (opened with the provider's identity and key). `config.defaultScope` and
// `config.enabledScopes` shape this component's view: scope arguments default to the former
// and must be among the latter. isOnline, pendingChanges, conflicts and lastSyncTime re-render
// the component when they change.
import { useMemo, useSyncExternalStore } from 'react';
import { CopilotError } from 'copilot-package/core';
import { useCopilotContext } from '../provider/context.js';
import { eventStore } from './external-store.js';

const MEMORY_EVENTS = ['change', 'expired', 'evicted', 'quota', 'error'];
const readMemory = (memory) => ({
  isOnline: memory.isOnline,
  pendingChanges: memory.pendingChanges,
  conflicts: memory.conflicts,
  lastSyncTime: memory.lastSyncTime,
});

// The memory methods that take a scope, and the position of that argument.
const SCOPE_ARGUMENT = {
  getData: 1,
  setData: 2,
  removeData: 1,
  clearScope: 0,
  getBatch: 1,
  setBatch: 1,
  search: 1,
  exportData: 0,
  syncData: 0,
  getStats: 0,
  optimizeStorage: 0,
};

export function useMemoryScope(config = {}) {
  const { memory } = useCopilotContext();
  if (!memory) {
    throw new CopilotError(
      'INVALID_ARGUMENT',
      'useMemoryScope needs <CopilotProvider identity={...} unlock={...}>: memory is encrypted under the identity’s keys',
    );
  }
  const defaultScope = config.defaultScope ?? config.scopes?.default;
  const enabled = config.enabledScopes ?? config.scopes?.enabled;
  const enabledKey = enabled ? enabled.join(',') : '';
  const store = eventStore(memory, MEMORY_EVENTS, readMemory);
  const reactive = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  const methods = useMemo(() => {
    const scoped = {};
    for (const [name, index] of Object.entries(SCOPE_ARGUMENT)) {
      scoped[name] = (...args) => {
        if (args[index] === undefined && defaultScope !== undefined) args[index] = defaultScope;
        const scope = args[index];
        if (enabled && scope !== undefined && !enabled.includes(scope)) {
          throw new CopilotError('INVALID_ARGUMENT', `scope "${scope}" is not enabled for this component (${enabled.join(', ')})`);
        }
        return memory[name](...args);
      };
    }
    return {
      ...scoped,
      resolveConflict: (...args) => memory.resolveConflict(...args),
      subscribe: (event, callback) => memory.subscribe(event, callback),
      getCurrentScope: () => defaultScope ?? memory.getCurrentScope(),
    };
    // enabledKey stands for `enabled`'s contents, so a new array with the same scopes is the same view
  }, [memory, defaultScope, enabledKey]);

  // One object per change, so components may list it in effect dependencies.
  return useMemo(() => ({ ...methods, ...reactive }), [methods, reactive]);
}
