// The audit trail: an append-only RFC 9162 Merkle tree (hashed in the wasm core with
// libsodium's SHA-256) over JSON entries, with Ed25519 signed tree heads, persisted through a
// storage adapter. Each stored record keeps the entry text and its leaf hash; retention
// pruning drops the text but keeps the hash, so every signed head stays verifiable.
import { CopilotError, unwrapStatus } from '../errors.js';
import { checkStorage } from './memory-storage.js';

const ENTRY_PREFIX = 'audit/entry/';
const HEAD_KEY = 'audit/head';
const ANCHOR_KEY = 'audit/anchor';
const HEX64 = /^[0-9a-f]{64}$/;
const ZERO_LEAF = '0'.repeat(64);
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

const encoder = new TextEncoder();
const wellFormed = typeof String.prototype.isWellFormed === 'function'
  ? (s) => s.isWellFormed()
  : (s) => !/[\ud800-\udfff]/.test(s);

// Rebuilds the tree of `records` (as stored, in order) in `tree` and returns, per record with
// entry text, the leaf hash of that text (hex). A record without text adds its stored leaf
// hash (zeros when that is malformed). Runs of entry texts cross into the core in one call
// each, as one TextEncoder output and the texts' lengths; a text with a lone surrogate (which
// TextEncoder would write as U+FFFD) crosses alone as a string, as append() sent it.
const RUN_UNITS = 4 << 20; // a run's texts, in UTF-16 units: at most 12 MiB of UTF-8 per crossing

function hashRecords(tree, records) {
  const recomputed = new Array(records.length);
  let run = [];
  let units = 0;
  const flush = () => {
    if (run.length === 0) return;
    const texts = run.map((position) => records[position].value.entry);
    const lengths = Uint32Array.from(texts, (text) => text.length);
    const hex = unwrapStatus(tree.appendEntries(encoder.encode(texts.join('')), lengths));
    run.forEach((position, i) => {
      recomputed[position] = hex.slice(64 * i, 64 * i + 64);
    });
    run = [];
    units = 0;
  };
  records.forEach(({ value }, position) => {
    const entry = value?.entry;
    if (typeof entry === 'string' && wellFormed(entry)) {
      if (units + entry.length > RUN_UNITS) flush();
      run.push(position);
      units += entry.length;
      return;
    }
    flush();
    if (typeof entry === 'string') {
      tree.append(entry);
      recomputed[position] = tree.leafHash(position);
    } else {
      const leaf = typeof value?.leafHash === 'string' ? value.leafHash : '';
      if (HEX64.test(leaf)) unwrapStatus(tree.appendLeafHash(leaf));
      else tree.appendLeafHash(ZERO_LEAF);
    }
  });
  flush();
  return recomputed;
}

/**
 * Opens (or continues) the audit log kept in `storage`.
 * options: { module, storage, signingSeed?: Uint8Array(32), retentionDays?, now?: () => ms, signEvery?,
 *            anchor?: storage, pinnedHead?: { treeSize, root } }
 *
 * Damage found at open never stops the log from opening. A record whose leaf hash is broken
 * is read as the hash of its entry text (or as 32 zero bytes when it has no text either), and
 * is left in storage as found. verify() reports it, with its index, for this session, and it is
 * found again at every later open, because the record stays broken. Appends continue: new
 * entries and the heads signed over them are sound, and the damage stays visible in the
 * record itself. audit.damage lists what the open found.
 *
 * Rollback: each signed head's size and root are also written to `anchor`, a storage outside
 * the audit store (createAuditStorage gives one on a second database), in order but without
 * holding up append() (so a crash can leave the anchor one head behind: still a lower bound). At open the stored
 * entries must extend the anchored tree and `pinnedHead` (a head the app kept elsewhere, for
 * example on its server, from audit.head) if given. Otherwise verify() reports 'rolled-back'
 * (fewer entries than anchored) or 'forked' (other entries). What this does not cover: a rollback
 * of the anchor together with the store (both are in the same origin, so a restored browser
 * profile or a script that edits both passes) is caught only by a pinnedHead kept off the device,
 * and nothing here can tell entries that were never written.
 */
export async function openAuditLog({ module, storage, signingSeed, retentionDays, now = Date.now, signEvery = 1, anchor, pinnedHead }) {
  checkStorage(storage, CopilotError);
  if (anchor !== undefined && (typeof anchor?.get !== 'function' || typeof anchor?.put !== 'function')) {
    throw new CopilotError('INVALID_CONFIG', 'anchor: an audit anchor storage needs get and put');
  }
  if (pinnedHead !== undefined && !validPin(pinnedHead)) {
    throw new CopilotError('INVALID_CONFIG', 'pinnedHead is { treeSize: integer >= 0, root: 64 hex digits } (audit.head)');
  }
  const signer = new module.TreeHeadSigner(seedHex(signingSeed));
  try {
    unwrapStatus(signer.status());
  } catch (error) {
    signer.delete();
    throw error;
  }
  const tree = new module.AuditTree();
  // What was wrong when this session opened the store: the next signed head covers whatever
  // is stored now, so verify() keeps reporting these for the rest of the session.
  const openProblems = [];
  let head;
  try {
    const records = await storage.list(ENTRY_PREFIX);
    records.forEach(({ value }, position) => {
      const leaf = value?.leafHash;
      if (typeof leaf === 'string' && HEX64.test(leaf)) {
        unwrapStatus(tree.appendLeafHash(leaf));
        return;
      }
      const text = typeof value?.entry === 'string';
      if (text) tree.append(value.entry);
      else unwrapStatus(tree.appendLeafHash(ZERO_LEAF));
      openProblems.push({ index: position, kind: 'corrupted',
        detail: `when the log was opened: record ${position} has no valid leaf hash; read as ${text ? 'the hash of its entry text' : 'zeros'}` });
    });
    head = (await storage.get(HEAD_KEY)) ?? null;
    try {
      if (head) openProblems.push(...checkStoredHead(module, tree, head, signingSeed ? signer.publicKey() : null));
    } catch {
      openProblems.push({ index: null, kind: 'corrupted', detail: 'when the log was opened: the stored tree head is malformed' });
    }
    const anchored = anchor === undefined ? undefined : await anchor.get(ANCHOR_KEY);
    if (anchored !== undefined && !validPin(anchored)) {
      openProblems.push({ index: null, kind: 'corrupted', detail: 'when the log was opened: the anchor record is malformed' });
    }
    for (const [label, pin] of [['anchor', anchored], ['pinned head', pinnedHead]]) {
      if (validPin(pin)) openProblems.push(...checkPin(tree, pin, label));
    }
  } catch (error) {
    tree.delete();
    signer.delete();
    throw error;
  }
  let unsigned = 0;
  let closed = false;
  let anchorWrites = Promise.resolve();
  let anchorFailure = null;
  const listeners = new Set();

  const live = () => {
    if (closed) throw new CopilotError('CLOSED', 'this audit log was closed; open a new security policy');
  };
  // Appends, signing, export, pruning and verify() run one at a time, in call order: an
  // append's entry, its leaf and the head signed over it are stored before the next operation
  // looks at the store, so verify() never sees a half-written append as truncation.
  let tail = Promise.resolve();
  const serially = (task) => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };

  async function signHead() {
    const size = tree.size();
    const root = unwrapStatus(tree.rootAt(size));
    head = JSON.parse(unwrapStatus(signer.sign(size, now(), root)));
    await storage.put(HEAD_KEY, head);
    if (anchor) {
      // The anchor lives in another database: its write is not awaited by append() (it would
      // slow every append for a record only the next open reads); writes stay in order, verify()
      // waits for them, and a failed one is reported there.
      const pin = { treeSize: head.treeSize, root: head.root, timestamp: head.timestamp };
      anchorWrites = anchorWrites.then(() => anchor.put(ANCHOR_KEY, pin)).catch((error) => {
        anchorFailure = { index: null, kind: 'anchor-failed', detail: `the rollback anchor could not be written (${error?.message ?? error})` };
      });
    }
    unsigned = 0;
    return head;
  }

  async function append(type, data = {}) {
    live();
    if (typeof type !== 'string' || !type) throw new CopilotError('INVALID_ARGUMENT', 'audit.append(type, data): type is a string');
    return serially(() => appendNow(type, data));
  }

  async function appendNow(type, data) {
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
  function verify() {
    live();
    return serially(verifyNow);
  }

  async function verifyNow() {
    await anchorWrites;
    const problems = anchorFailure ? [anchorFailure] : [];
    const stored = await storage.list(ENTRY_PREFIX);
    const check = new module.AuditTree();
    try {
      const recomputed = hashRecords(check, stored);
      stored.forEach(({ key, value }, position) => {
        const seq = Number(value?.seq);
        if (key !== keyOf(position) || seq !== position) {
          problems.push({ index: position, kind: seq > position ? 'deleted' : 'inserted', detail: `record ${key} holds seq ${value?.seq}` });
        }
        const leaf = typeof value?.leafHash === 'string' ? value.leafHash : '';
        if (typeof value?.entry === 'string') {
          let inner;
          try {
            inner = JSON.parse(value.entry);
          } catch {
            inner = null;
          }
          if (recomputed[position] !== leaf) problems.push({ index: position, kind: 'modified', detail: 'entry text does not match its leaf hash' });
          else if (inner?.seq !== position) problems.push({ index: position, kind: 'reordered', detail: `entry says seq ${inner?.seq}` });
        } else if (!/^[0-9a-f]{64}$/.test(leaf)) {
          problems.push({ index: position, kind: 'corrupted', detail: 'record has neither entry text nor a leaf hash' });
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
  function exportLog() {
    live();
    return serially(exportNow);
  }

  async function exportNow() {
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
  function prune(days = retentionDays) {
    live();
    return serially(() => pruneNow(days));
  }

  async function pruneNow(days) {
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

  function entries(range) {
    live();
    return serially(() => entriesNow(range));
  }

  async function entriesNow({ from = 0, limit = 1000 } = {}) {
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
    signHead: () => serially(signHead),
    get size() { return tree.size(); },
    /** What the open found damaged (also in every verify() of this session). */
    get damage() { return openProblems.map((p) => ({ ...p })); },
    get head() { return head; },
    get publicKey() { return signer.publicKey(); },
    onAppend(cb) { listeners.add(cb); return () => listeners.delete(cb); },
    close() {
      if (closed) return;
      closed = true;
      // Operations already queued finish first: they still hold the tree and the signer.
      tail = tail.then(() => {
        tree.delete();
        signer.delete();
      });
    },
  };
}

function validPin(pin) {
  return pin !== null && typeof pin === 'object' && Number.isSafeInteger(pin.treeSize) && pin.treeSize >= 0 &&
    typeof pin.root === 'string' && HEX64.test(pin.root);
}

// The stored leaves must extend a tree recorded outside the store.
function checkPin(tree, pin, label) {
  const at = 'when the log was opened: ';
  if (pin.treeSize > tree.size()) {
    return [{ index: tree.size(), kind: 'rolled-back', detail: `${at}the ${label} records ${pin.treeSize} entries; the store holds ${tree.size()}` }];
  }
  const root = tree.rootAt(pin.treeSize);
  if (!root.ok || root.value !== pin.root) {
    return [{ index: null, kind: 'forked', detail: `${at}the stored entries do not extend the tree the ${label} records (size ${pin.treeSize})` }];
  }
  return [];
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
