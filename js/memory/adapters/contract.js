// The storage adapter contract shared by the IndexedDB and in-memory adapters. A row is
//   { id, scope, env: Uint8Array, size, updated, accessed, hits, expires, keyId, hlc }
// where `id` is the partition id followed by the key's id (both keyed hashes, fixed length)
// and `env` a sealed envelope: adapters never see a caller's key or value. A written row's
// `env` may be a view into a larger buffer (a whole batch's envelopes): store a copy of its
// bytes (env.slice()), never its buffer, and never keep the caller's view. Methods (async):
//   open()                     ready the store (idempotent)
//   get(ids, part?)            rows in the same order, undefined where absent; `part` says the
//                              ids are most of that partition (one range read may be cheaper)
//   listPartition(part)        every row whose id starts with `part`
//   listExpired(now)           every row (any partition) whose expires is set and <= now
//   getMeta(k)                 a meta value or undefined
//   listOutbox(parts)          outbox entries of these partitions, in write order
//   commit(ops)                { put, del, clearPart, meta, metaAdd, metaDel, outbox, outboxDel }, all
//                              or nothing; clearPart: a partition id whose every stored byte goes
//                              (rows, and anything unreadable the adapter kept for it);
//                              QuotaExceededError (a DOMException-like error) when full,
//                              ConstraintError when a metaAdd key exists
//   dump()                     every row of every store (tests)
//   close()
import { CopilotError } from '../../errors.js';

/** Bytes a row takes at rest, as the simulated quota counts them. */
export function rowBytes(row) {
  return row.env.byteLength + 96;
}

/** The error a full store raises, shaped as IndexedDB raises it. */
export function quotaError() {
  const message = 'the storage quota is exhausted';
  if (typeof DOMException === 'function') return new DOMException(message, 'QuotaExceededError');
  return Object.assign(new Error(message), { name: 'QuotaExceededError' });
}

export function isQuotaError(error) {
  return error?.name === 'QuotaExceededError';
}

export function isConstraintError(error) {
  return error?.name === 'ConstraintError';
}

export function closedError() {
  return new CopilotError('CLOSED', 'this store was closed: create a new memory scope');
}
