// A small typed event hub for subscribe(event, callback). A throwing subscriber never breaks
// a write: its error is reported on 'error' (or, for 'error' subscribers, dropped).
import { checkEvent } from './checks.js';

export class Events {
  #subs = new Map();

  subscribe(event, callback) {
    checkEvent(event, callback);
    let set = this.#subs.get(event);
    if (!set) this.#subs.set(event, (set = new Set()));
    const entry = { callback };
    set.add(entry);
    return () => set.delete(entry);
  }

  emit(event, data) {
    for (const { callback } of [...(this.#subs.get(event) ?? [])]) {
      try {
        callback(data);
      } catch (error) {
        if (event !== 'error') this.emit('error', { code: 'SUBSCRIBER', message: String(error?.message ?? error), error });
      }
    }
  }

  clear() {
    this.#subs.clear();
  }
}
