// A framework-free store behind EnterpriseDashboard (zustand-style: subscribe/getSnapshot).
// It calls `collect()` now and every `refreshInterval` seconds while someone is subscribed,
// keeps the last good snapshot when a collection fails (and says so in `error`), and keeps
// each alert's acknowledge/resolve state across refreshes.
import { CopilotError } from '../errors.js';
import { emptySnapshot, sortAlerts } from './snapshot.js';

export function createDashboardStore({ collect, refreshInterval = 30, onAlertChange } = {}) {
  if (typeof collect !== 'function') {
    throw new CopilotError('INVALID_ARGUMENT', 'createDashboardStore needs collect: () => snapshot | Promise<snapshot>');
  }
  if (!(Number.isFinite(refreshInterval) && refreshInterval > 0)) {
    throw new CopilotError('INVALID_ARGUMENT', `refreshInterval is in seconds and must be positive, got ${refreshInterval}`);
  }
  const listeners = new Set();
  const alertStatus = new Map();
  let state = { snapshot: emptySnapshot(), loading: true, error: null };
  let timer = null;
  let inFlight = null;

  const emit = () => listeners.forEach((listener) => listener());
  const set = (patch) => {
    state = { ...state, ...patch };
    emit();
  };
  const withAlertStatus = (snapshot) => ({
    ...snapshot,
    alerts: sortAlerts(snapshot.alerts.map((a) => ({ ...a, status: alertStatus.get(a.id) ?? a.status ?? 'open' }))),
  });

  function refresh() {
    inFlight ??= Promise.resolve()
      .then(collect)
      .then(
        (snapshot) => set({ snapshot: withAlertStatus({ ...emptySnapshot(), ...snapshot }), loading: false, error: null }),
        (error) => set({ loading: false, error }),
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  function changeAlert(id, status) {
    if (!state.snapshot.alerts.some((a) => a.id === id)) {
      throw new CopilotError('INVALID_ARGUMENT', `no alert with id "${id}"`);
    }
    alertStatus.set(id, status);
    set({ snapshot: withAlertStatus(state.snapshot) });
    onAlertChange?.(id, status);
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        refresh();
        timer = setInterval(refresh, refreshInterval * 1000);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    refresh,
    acknowledgeAlert: (id) => changeAlert(id, 'acknowledged'),
    resolveAlert: (id) => changeAlert(id, 'resolved'),
  };
}
