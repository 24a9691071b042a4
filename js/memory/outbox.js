// The durable sync outbox: one entry per queued change, its key sealed (the store never holds
// a key in the clear), and the PendingChange view of entries that pendingChanges shows.
import { seal } from './record-io.js';
import { outboxAd } from './keys.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Outbox entries for [key, id] pairs of one operation ('set' | 'delete') in the partition of `k`. */
export async function outboxEntries(k, pairs, op, clock, deviceId) {
  const sealedKeys = await seal(k, pairs.map(([key]) => encoder.encode(key)), pairs.map(([, id]) => outboxAd(id)));
  const at = Date.now();
  return pairs.map(([, id], i) => ({ part: k.part, id, op, hlc: clock.tick(), device: deviceId, at, keyEnv: sealedKeys[i] }));
}

/** The PendingChange of an entry whose key is known. */
export function pendingOf(entry, key, scope) {
  return { key, scope, operation: entry.op, hlc: entry.hlc, deviceId: entry.device, timestamp: entry.at };
}

/** PendingChanges of the stored outbox entries of the partitions `scopeKeys` open, oldest first. */
export async function loadPending(adapter, scopeKeys) {
  const entries = await adapter.listOutbox(scopeKeys.map((k) => k.part));
  const out = [];
  for (const k of scopeKeys) {
    const mine = entries.filter((e) => e.part === k.part);
    if (mine.length === 0) continue;
    const keys = await k.cipher.decryptBatch(mine.map((e) => e.keyEnv), mine.map((e) => outboxAd(e.id)), { settle: true });
    mine.forEach((e, i) => {
      if (!(keys[i] instanceof Error)) out.push(pendingOf(e, decoder.decode(keys[i]), k.scope));
    });
  }
  return out.sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
}
