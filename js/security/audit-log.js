// The audit trail: an append-only RFC 9162 Merkle tree (hashed in the wasm core with
// libsodium's SHA-256) over JSON entries, with Ed25519 signed tree heads, persisted through a
// storage adapter. Each stored record keeps the entry text and its leaf hash; retention
// pruning drops the text but keeps the hash, so every signed head stays verifiable.
import { CopilotError, unwrapStatus } from '../errors.js';
import { checkStorage } from './memory-storage.js';

const ENTRY_PREFIX = 'audit/entry/';
const HEAD_KEY = 'audit/head';
const DAY_MS = 24 * 60 * 60 * 1000;

const keyOf = (seq) => ENTRY_PREFIX + String(seq).padStart(12, '0');

// The seed crosses as hex: embind would re-encode bytes >= 0x80 of a string as UTF-8.
function seedHex(seed) {
  if (seed === undefined) return '';
  if (!(seed instanceof Uint8Array) || seed.length !== 32) {
    throw new CopilotError('INVALID_CONFIG', 'auditSettings.signingSeed must be a Uint8Array of 32 bytes');
  }
  return Array.from(seed, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Opens (or continues) the audit log kept in `storage`.
 * options: { module, storage, signingSeed?: Uint8Array(32), retentionDays?, now?: () => ms, signEvery? }
 */
export async function openAuditLog({ module, storage, signingSeed, retentionDays, now = Date.now, signEvery = 1 }) {
  checkStorage(storage, CopilotError);
  const signer = new module.TreeHeadSigner(seedHex(signingSeed));
  try {
    unwrapStatus(signer.status());
  } catch (error) {
    signer.delete();
    throw error;
  }
  const tree = new module.AuditTree();
  const records = await storage.list(ENTRY_PREFIX);
  for (const { value } of records) unwrapStatus(tree.appendLeafHash(String(value?.leafHash ?? '')));
  let head = (await storage.get(HEAD_KEY)) ?? null;
  // What was wrong when this session opened the store: the next signed head covers whatever
  // is stored now, so verify() keeps reporting these for the rest of the session.
  let openProblems = [];
  try {
    if (head) openProblems = checkStoredHead(module, tree, head, signingSeed ? signer.publicKey() : null);
  } catch {
    openProblems = [{ index: null, kind: 'corrupted', detail: 'when the log was opened: the stored tree head is malformed' }];
  }
  let unsigned = 0;
  let closed = false;
  const listeners = new Set();

  const live = () => {
    if (closed) throw new CopilotError('CLOSED', 'this audit log was closed; open a new security policy');
  };

  async function signHead() {
    const size = tree.size();
    const root = unwrapStatus(tree.rootAt(size));
    head = JSON.parse(unwrapStatus(signer.sign(size, now(), root)));
    await storage.put(HEAD_KEY, head);
    unsigned = 0;
    return head;
  }

  async function append(type, data = {}) {
    live();
    if (typeof type !== 'string' || !type) throw new CopilotError('INVALID_ARGUMENT', 'audit.append(type, data): type is a string');
    const seq = tree.size();
    let entry;
    try {
      entry = JSON.stringify({ seq, timestamp: now(), type, data });
    } catch (error) {
      throw new CopilotError('INVALID_ARGUMENT', `audit.append: data must be JSON-serialisable (${error.message})`);
    }
    tree.append(entry);
    const leafHash = tree.leafHash(seq);
    await storage.put(keyOf(seq), { seq, leafHash, entry });
    if (++unsigned >= signEvery) await signHead();
    for (const cb of listeners) cb({ seq, type });
    return { seq, leafHash };
  }

  /** Checks every stored record against the Merkle tree and the signed head. */
  async function verify() {
    live();
    const problems = [];
    const stored = await storage.list(ENTRY_PREFIX);
    const check = new module.AuditTree();
    try {
      stored.forEach(({ key, value }, position) => {
        const seq = Number(value?.seq);
        if (key !== keyOf(position) || seq !== position) {
          problems.push({ index: position, kind: seq > position ? 'deleted' : 'inserted', detail: `record ${key} holds seq ${value?.seq}` });
        }
        let leaf = typeof value?.leafHash === 'string' ? value.leafHash : '';
        if (typeof value?.entry === 'string') {
          check.append(value.entry);
          const recomputed = check.leafHash(position);
          let inner;
          try {
            inner = JSON.parse(value.entry);
          } catch {
            inner = null;
          }
          if (recomputed !== leaf) problems.push({ index: position, kind: 'modified', detail: 'entry text does not match its leaf hash' });
          else if (inner?.seq !== position) problems.push({ index: position, kind: 'reordered', detail: `entry says seq ${inner?.seq}` });
          leaf = recomputed;
        } else if (!/^[0-9a-f]{64}$/.test(leaf)) {
          problems.push({ index: position, kind: 'corrupted', detail: 'record has neither entry text nor a leaf hash' });
          check.appendLeafHash('0'.repeat(64));
        } else {
          unwrapStatus(check.appendLeafHash(leaf));
        }
      });
      const size = check.size();
      const current = await storage.get(HEAD_KEY);
      const signedHead = current ?? head;
      if (signedHead) {
        const signatureOk = module.verifyTreeHead(
          signedHead.treeSize, signedHead.timestamp, String(signedHead.root), String(signedHead.publicKey), String(signedHead.signature));
        if (!signatureOk) problems.push({ index: null, kind: 'bad-signature', detail: 'the signed tree head does not verify' });
        if (signedHead.publicKey !== signer.publicKey()) {
          problems.push({ index: null, kind: 'foreign-key', detail: 'the tree head was signed by another key' });
        }
        if (head && signedHead.treeSize < head.treeSize) {
          problems.push({ index: signedHead.treeSize, kind: 'truncated', detail: `stored head covers ${signedHead.treeSize} entries; this session signed ${head.treeSize}` });
        }
        if (size < signedHead.treeSize) {
          problems.push({ index: size, kind: 'truncated', detail: `the signed head covers ${signedHead.treeSize} entries, ${size} are stored` });
        } else {
          const root = unwrapStatus(check.rootAt(signedHead.treeSize));
          if (root !== signedHead.root) problems.push({ index: null, kind: 'root-mismatch', detail: 'the entries do not hash to the signed root' });
        }
      } else if (size > 0) {
        problems.push({ index: null, kind: 'unsigned', detail: 'entries exist but no signed tree head does' });
      }
      problems.push(...openProblems);
      return { ok: problems.length === 0, size, root: unwrapStatus(check.rootAt(size)), head: signedHead, problems };
    } finally {
      check.delete();
    }
  }

  async function inclusionProof(seq, treeSize = tree.size()) {
    live();
    return { seq, treeSize, leafHash: tree.leafHash(seq), proof: JSON.parse(unwrapStatus(tree.inclusionProof(seq, treeSize))) };
  }

  async function consistencyProof(oldSize, newSize = tree.size()) {
    live();
    return {
      oldSize, newSize,
      oldRoot: unwrapStatus(tree.rootAt(oldSize)),
      newRoot: unwrapStatus(tree.rootAt(newSize)),
      proof: JSON.parse(unwrapStatus(tree.consistencyProof(oldSize, newSize))),
    };
  }

  /** Entries with inclusion proofs against a freshly signed head: checkable by `npx copilot-package verify-audit`. */
  async function exportLog() {
    live();
    const signed = await signHead();
    const stored = await storage.list(ENTRY_PREFIX);
    const entries = stored.slice(0, signed.treeSize).map(({ value }) => ({
      seq: value.seq,
      leafHash: value.leafHash,
      ...(typeof value.entry === 'string' ? { entry: value.entry } : { pruned: true }),
      proof: JSON.parse(unwrapStatus(tree.inclusionProof(value.seq, signed.treeSize))),
    }));
    return { format: 'copilot-audit/v1', hash: 'RFC9162-SHA256', signature: 'Ed25519', head: signed, entries };
  }

  /** Drops the text of entries older than the retention period; their leaf hashes stay. */
  async function prune(days = retentionDays) {
    live();
    if (!(days > 0)) return { pruned: 0 };
    const cutoff = now() - days * DAY_MS;
    let pruned = 0;
    for (const { key, value } of await storage.list(ENTRY_PREFIX)) {
      if (typeof value.entry !== 'string') continue;
      if (JSON.parse(value.entry).timestamp >= cutoff) continue;
      await storage.put(key, { seq: value.seq, leafHash: value.leafHash, entry: null, prunedAt: now() });
      pruned++;
    }
    return { pruned };
  }

  async function entries({ from = 0, limit = 1000 } = {}) {
    live();
    const stored = await storage.list(ENTRY_PREFIX);
    return stored.slice(from, from + limit).map(({ value }) => (typeof value.entry === 'string' ? JSON.parse(value.entry) : { seq: value.seq, pruned: true }));
  }

  return {
    append,
    verify,
    inclusionProof,
    consistencyProof,
    export: exportLog,
    prune,
    entries,
    signHead,
    get size() { return tree.size(); },
    get head() { return head; },
    get publicKey() { return signer.publicKey(); },
    onAppend(cb) { listeners.add(cb); return () => listeners.delete(cb); },
    close() {
      if (closed) return;
      closed = true;
      tree.delete();
      signer.delete();
    },
  };
}

// The stored head against the stored leaves, at open: signed by this device key, over these leaves.
function checkStoredHead(module, tree, head, publicKey) {
  const problems = [];
  const at = 'when the log was opened: ';
  if (!Number.isSafeInteger(head.treeSize) || typeof head.root !== 'string' || typeof head.signature !== 'string') {
    return [{ index: null, kind: 'corrupted', detail: `${at}the stored tree head is malformed` }];
  }
  const signatureOk = module.verifyTreeHead(head.treeSize, head.timestamp, String(head.root), String(head.publicKey), String(head.signature));
  if (!signatureOk) problems.push({ index: null, kind: 'bad-signature', detail: `${at}the stored tree head does not verify` });
  // Without a stable key every session signs with a fresh one, so another key is expected.
  if (publicKey && head.publicKey !== publicKey) problems.push({ index: null, kind: 'foreign-key', detail: `${at}the stored head was signed by another key` });
  if (!(head.treeSize <= tree.size())) {
    problems.push({ index: tree.size(), kind: 'truncated', detail: `${at}the signed head covers ${head.treeSize} entries, ${tree.size()} are stored` });
  } else {
    const root = tree.rootAt(head.treeSize);
    if (!root.ok || root.value !== head.root) problems.push({ index: null, kind: 'root-mismatch', detail: `${at}the stored leaves do not hash to the signed root` });
  }
  return problems;
}
