import { createContext, useContext, useSyncExternalStore } from 'react';
import { emptySnapshot } from 'copilot-package/core';

/** The dashboard store shared by the widgets inside an EnterpriseDashboard or CustomDashboard. */
export const DashboardContext = createContext(null);

const EMPTY = { snapshot: emptySnapshot(), loading: false, error: null };
const noStore = { subscribe: () => () => {}, getSnapshot: () => EMPTY };

/** { snapshot, loading, error, store }: from the surrounding dashboard, or empty without one. */
export function useDashboard() {
  const store = useContext(DashboardContext) ?? noStore;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...state, store: store === noStore ? null : store };
}
