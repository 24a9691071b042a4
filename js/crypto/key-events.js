// Key operations, reported to listeners (core.crypto.onKeyEvent) for the audit trail: which
// operation, on which key ids, for which scope and algorithm, and whether it succeeded. Never
// key material: an event holds only numbers (key ids), short names and a status code.
//
//   { operation: 'create' | 'add' | 'derive' | 'wrap' | 'unwrap' | 'rotate' | 'destroy' | 'delete' | 'collect',
//     keyIds: number[], keyId?, scope?, algorithm?, outcome: 'ok' | 'error', code?, at }
//
// 'create' is a new random master key (generateMasterKey, or the first key of an empty
// keyring); 'add' a given key put into a keyring; 'rotate' a new primary key (rotate() or
// setPrimary()); 'derive' is a record cipher made for a scope (its per-scope subkeys); 'delete' a keyring
// freed by delete(); 'collect' a keyring nobody deleted, wiped by the garbage collector's
// safety net (js/crypto/lifetime.js).
export function createKeyEvents() {
  const listeners = new Set();
  return {
    /** Calls `listener(event)` for every key operation of this core; returns an unsubscribe function. */
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('onKeyEvent takes a function');
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(fields) {
      if (listeners.size === 0) return;
      const event = Object.freeze({ ...fields, keyIds: Object.freeze([...(fields.keyIds ?? [])]), at: Date.now() });
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // a failing listener must not fail the key operation it is told about
        }
      }
    },
  };
}

/** Runs `operation`, reports it (ok or error with its code) through `emit`, and returns its result. */
export function reported(emit, fields, operation) {
  let result;
  try {
    result = operation();
  } catch (error) {
    emit({ ...fields(undefined), outcome: 'error', code: error?.code ?? 'INTERNAL' });
    throw error;
  }
  emit({ ...fields(result), outcome: 'ok' });
  return result;
}
