// WebhookOutbox: one Durable Object per webhook endpoint. Messages wait in its storage until
// delivered; an alarm drives delivery, retries (the seed's retryPolicy as exponential backoff
// with jitter) and the endpoint's circuit breaker, whose state is stored too, so eviction or a
// restart resumes exactly where it was. A message that used up its retries goes to the
// dead-letter list, from which an admin replays it (same webhook-id).
//
// Storage: 'endpoint' (its id), 'breaker', 'msg/<id>' (queued), 'dead/<id>' (dead letters).
import { DurableObject } from 'cloudflare:workers';
import { gatewaySettings } from '../runtime.js';
import { createLogger } from '../log.js';
import { deliver, endpointSecret } from '../webhooks/deliver.js';
import { emitEvent } from '../webhooks/events.js';
import { OPEN, breakerAfter, breakerAllows, initialBreaker, retryDelay } from '../webhooks/retry.js';

const BATCH = 25; // deliveries per alarm; the next alarm follows at once when more are due
const MSG = 'msg/';
const DEAD = 'dead/';
const log = createLogger({ component: 'webhook-outbox' });

export class WebhookOutbox extends DurableObject {
  async load() {
    if (this.loaded) return;
    const storage = this.ctx.storage;
    this.endpointId = (await storage.get('endpoint')) ?? null;
    this.breaker = (await storage.get('breaker')) ?? initialBreaker();
    this.queue = new Map([...(await storage.list({ prefix: MSG }))].map(([key, value]) => [key.slice(MSG.length), value]));
    this.loaded = true;
  }

  /** Queues a message (webhookMessage()) for this endpoint; idempotent by message id. */
  async enqueue(endpointId, message) {
    await this.load();
    if (this.endpointId === null) {
      this.endpointId = endpointId;
      await this.ctx.storage.put('endpoint', endpointId);
    }
    if (this.queue.has(message.id) || (await this.ctx.storage.get(DEAD + message.id))) return { queued: false };
    const record = { ...message, attempts: 0, createdAt: Date.now(), nextAt: Date.now(), lastError: null, history: [] };
    this.queue.set(message.id, record);
    await this.ctx.storage.put(MSG + message.id, record);
    await this.schedule();
    return { queued: true };
  }

  // The next alarm: when the earliest message is due, but not before an open breaker's probe.
  async schedule() {
    if (this.queue.size === 0) return;
    let at = Infinity;
    for (const m of this.queue.values()) at = Math.min(at, m.nextAt);
    if (this.breaker.state === OPEN) at = Math.max(at, this.breaker.probeAt);
    const current = await this.ctx.storage.getAlarm();
    if (current === null || current > at) await this.ctx.storage.setAlarm(at);
  }

  async alarm() {
    await this.load();
    const settings = gatewaySettings(this.env);
    const endpoint = settings.webhooks.find((h) => h.id === this.endpointId);
    if (!endpoint) {
      for (const m of [...this.queue.values()]) await this.bury(m, 'the endpoint is no longer in the gateway configuration');
      return;
    }
    if (!endpoint.enabled) return; // held until the endpoint is enabled again and a new message arrives
    let secret;
    try {
      secret = endpointSecret(endpoint, this.env);
    } catch (error) {
      log.error('webhook secret missing', { endpoint: endpoint.id, reason: error.message });
      await this.ctx.storage.setAlarm(Date.now() + 60_000);
      return;
    }
    const { breaker: breakerPolicy, timeoutMs, maxDelayMs } = settings.delivery;
    const due = [...this.queue.values()].filter((m) => m.nextAt <= Date.now()).sort((a, b) => a.nextAt - b.nextAt || a.createdAt - b.createdAt);
    for (const message of due.slice(0, BATCH)) {
      const now = Date.now();
      if (!breakerAllows(this.breaker, now)) break;
      const wasOpen = this.breaker.state !== 'closed';
      const result = await deliver(endpoint, secret, message, { timeoutMs });
      const after = Date.now();
      message.attempts += 1;
      message.history = [...message.history.slice(-9), { at: now, status: result.status, ...(result.error ? { error: result.error } : {}) }];
      const before = this.breaker.state;
      this.breaker = breakerAfter(this.breaker, result.ok, after, breakerPolicy, maxDelayMs);
      await this.ctx.storage.put('breaker', this.breaker);
      if (result.ok) {
        this.queue.delete(message.id);
        await this.ctx.storage.delete(MSG + message.id);
        if (wasOpen) log.info('webhook endpoint recovered', { endpoint: endpoint.id });
        continue;
      }
      message.lastError = result.error;
      if (message.attempts > endpoint.retryPolicy.maxRetries) {
        await this.bury(message, `no success after ${message.attempts} attempts (last: ${result.error})`);
      } else {
        message.nextAt = after + retryDelay(message.attempts, endpoint.retryPolicy, maxDelayMs);
        await this.ctx.storage.put(MSG + message.id, message);
      }
      if (before !== OPEN && this.breaker.state === OPEN && this.breaker.opens === 1) {
        log.warn('webhook circuit opened', { endpoint: endpoint.id, failures: this.breaker.failures });
        this.ctx.waitUntil(emitEvent(this.env, settings, 'alert-fired', { alert: 'webhook-endpoint-failing', endpoint: endpoint.id, failures: this.breaker.failures }, { exclude: endpoint.id })
          .catch((error) => log.error('alert not queued', { reason: String(error?.message ?? error) })));
      }
    }
    await this.schedule();
  }

  async bury(message, reason) {
    this.queue.delete(message.id);
    await this.ctx.storage.put(DEAD + message.id, { ...message, deadAt: Date.now(), reason });
    await this.ctx.storage.delete(MSG + message.id);
    log.warn('webhook dead-lettered', { endpoint: this.endpointId, webhookId: message.id, type: message.type, reason });
  }

  /** Dead letters, oldest first; only those of `organizationId` unless it is undefined (the whole install). */
  async deadLetters(organizationId) {
    const out = [];
    for (const [, m] of await this.ctx.storage.list({ prefix: DEAD })) {
      if (organizationId !== undefined && m.organizationId !== organizationId) continue;
      out.push({ id: m.id, type: m.type, attempts: m.attempts, createdAt: m.createdAt, deadAt: m.deadAt, reason: m.reason, history: m.history, payload: JSON.parse(m.body) });
    }
    return out.sort((a, b) => a.deadAt - b.deadAt);
  }

  /** Queues a dead letter again, with its webhook-id and fresh retries. False when there is none (for this organization). */
  async replay(id, organizationId) {
    await this.load();
    const m = await this.ctx.storage.get(DEAD + id);
    if (!m || (organizationId !== undefined && m.organizationId !== organizationId)) return false;
    const { deadAt, reason, ...message } = m;
    const record = { ...message, attempts: 0, nextAt: Date.now(), replayedAt: Date.now() };
    this.queue.set(id, record);
    await this.ctx.storage.put(MSG + id, record);
    await this.ctx.storage.delete(DEAD + id);
    await this.schedule();
    return true;
  }

  /** The breaker, the queue (ids, no payloads) and the dead-letter count. */
  async status() {
    await this.load();
    const dead = await this.ctx.storage.list({ prefix: DEAD });
    return {
      endpoint: this.endpointId,
      breaker: { ...this.breaker },
      queued: [...this.queue.values()].map((m) => ({ id: m.id, type: m.type, organizationId: m.organizationId, attempts: m.attempts, nextAt: m.nextAt, lastError: m.lastError })),
      deadLetters: dead.size,
    };
  }
}
