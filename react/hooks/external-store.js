// Turns an engine's event subscription into what useSyncExternalStore needs: a subscribe
// function and a snapshot that changes identity exactly when one of `events` fires.
// One adapter per engine object, shared by every component that reads it.
const adapters = new WeakMap();

export function eventStore(engine, events, read) {
  let adapter = adapters.get(engine);
  if (adapter) return adapter;
  const listeners = new Set();
  let snapshot = read(engine);
  let unsubscribers = [];
  const refresh = () => {
    snapshot = read(engine);
    listeners.forEach((listener) => listener());
  };
  adapter = {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        unsubscribers = events.map((event) => engine.subscribe(event, refresh));
        if (typeof globalThis.addEventListener === 'function') {
          globalThis.addEventListener('online', refresh);
          globalThis.addEventListener('offline', refresh);
        }
        refresh();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribers.forEach((off) => off());
          unsubscribers = [];
          globalThis.removeEventListener?.('online', refresh);
          globalThis.removeEventListener?.('offline', refresh);
        }
      };
    },
    getSnapshot: () => snapshot,
  };
  adapters.set(engine, adapter);
  return adapter;
}
