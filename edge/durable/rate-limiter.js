// RateLimiter: one Durable Object per limited key (a subject, or an organization). A Durable
// Object runs one request at a time and its storage writes are confirmed before its answer
// leaves, so the count is exact across every isolate and every restart: a fixed window of
// `window` seconds aligned to the epoch, at most `limit` requests in each. (A fixed window
// lets a client spend two windows' quota around a boundary; the headers say when it resets.)
import { DurableObject } from 'cloudflare:workers';

const STATE_KEY = 'window';

export class RateLimiter extends DurableObject {
  /**
   * Charges one request. Returns { allowed, limit, remaining, resetSeconds, window, firstRefusal }
   * (firstRefusal: this is the window's first refused request, so an alert goes out once per window).
   * @param {{ limit: number, window: number }} policy window in seconds
   */
  async take({ limit, window }) {
    if (!(Number.isInteger(limit) && limit > 0 && Number.isInteger(window) && window > 0)) {
      throw new TypeError('RateLimiter.take({ limit, window }): positive integers');
    }
    const now = Date.now();
    const start = Math.floor(now / (window * 1000)) * window * 1000;
    this.state ??= (await this.ctx.storage.get(STATE_KEY)) ?? null;
    const current = this.state && this.state.start === start && this.state.window === window ? this.state : { count: 0, refused: 0 };
    const allowed = current.count < limit;
    this.state = { start, window, count: current.count + (allowed ? 1 : 0), refused: (current.refused ?? 0) + (allowed ? 0 : 1) };
    await this.ctx.storage.put(STATE_KEY, this.state);
    const resetSeconds = Math.max(1, Math.ceil((start + window * 1000 - now) / 1000));
    return { allowed, limit, remaining: Math.max(0, limit - this.state.count), resetSeconds, window, firstRefusal: !allowed && this.state.refused === 1 };
  }
}
