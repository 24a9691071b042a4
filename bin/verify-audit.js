// An independent verifier for exported audit logs, using only node:crypto (a second
// implementation of RFC 9162 hashing and proof checking, so it also cross-checks the core).
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';

const sha256 = (...parts) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const leafHash = (entry) => sha256(Buffer.from([0]), Buffer.from(entry, 'utf8'));
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);
const HEX64 = /^[0-9a-f]{64}$/;

/** RFC 9162 section 2.1.3.2. */
export function verifyInclusion(leaf, index, size, proof, root) {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** MTH over leaf hashes (RFC 9162 section 2.1.1), iteratively. */
export function treeRoot(leaves) {
  if (leaves.length === 0) return sha256();
  // Split rule: the left subtree holds the largest power of two smaller than n.
  const mth = (lo, hi) => {
    if (hi - lo === 1) return leaves[lo];
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    return nodeHash(mth(lo, lo + k), mth(lo + k, hi));
  };
  return mth(0, leaves.length);
}

function headMessage(head) {
  const buf = Buffer.alloc(20 + 8 + 8 + 32);
  buf.write('copilot-audit-sth/v1', 0, 'latin1');
  buf.writeBigUInt64BE(BigInt(head.treeSize), 20);
  buf.writeBigUInt64BE(BigInt(head.timestamp), 28);
  Buffer.from(head.root, 'hex').copy(buf, 36);
  return buf;
}

function signatureValid(head) {
  if (!/^[0-9a-f]{64}$/.test(head.publicKey ?? '') || !/^[0-9a-f]{128}$/.test(head.signature ?? '')) return false;
  // An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte prefix and the raw 32-byte key.
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(head.publicKey, 'hex')]);
  const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
  return verifySignature(null, headMessage(head), key, Buffer.from(head.signature, 'hex'));
}

/** Returns { ok, problems: string[], entries, treeSize, root, publicKey }. */
export function verifyAuditExport(exported) {
  const problems = [];
  const head = exported?.head;
  if (exported?.format !== 'copilot-audit/v1' || !head || !Array.isArray(exported.entries)) {
    return { ok: false, problems: ['not an audit export (format copilot-audit/v1 with head and entries)'], entries: 0 };
  }
  if (!HEX64.test(head.root ?? '') || !Number.isSafeInteger(head.treeSize) || !Number.isSafeInteger(head.timestamp)) {
    return { ok: false, problems: ['the signed head is malformed'], entries: exported.entries.length };
  }
  if (!signatureValid(head)) problems.push('the tree head signature does not verify');
  const root = Buffer.from(head.root, 'hex');
  const leaves = [];
  exported.entries.forEach((e, position) => {
    if (e.seq !== position) problems.push(`entry at position ${position} has seq ${e.seq} (deleted, inserted or reordered)`);
    let leaf;
    if (typeof e.entry === 'string') {
      leaf = leafHash(e.entry);
      if (e.leafHash !== leaf.toString('hex')) problems.push(`entry ${position}: text does not match its leaf hash (modified)`);
      try {
        if (JSON.parse(e.entry).seq !== position) problems.push(`entry ${position}: its text names another position (reordered)`);
      } catch {
        problems.push(`entry ${position}: text is not JSON`);
      }
    } else if (e.pruned && HEX64.test(e.leafHash ?? '')) {
      leaf = Buffer.from(e.leafHash, 'hex');
    } else {
      problems.push(`entry ${position}: neither text nor a pruned leaf hash`);
      leaf = Buffer.alloc(32);
    }
    leaves.push(leaf);
    const proof = Array.isArray(e.proof) && e.proof.every((p) => HEX64.test(p)) ? e.proof.map((p) => Buffer.from(p, 'hex')) : null;
    if (!proof || !verifyInclusion(leaf, position, head.treeSize, proof, root)) {
      problems.push(`entry ${position}: inclusion proof does not lead to the signed root`);
    }
  });
  if (leaves.length !== head.treeSize) {
    problems.push(`the head signs ${head.treeSize} entries, the file holds ${leaves.length} (${leaves.length < head.treeSize ? 'truncated' : 'extra entries'})`);
  } else if (!treeRoot(leaves).equals(root)) {
    problems.push('the entries do not hash to the signed root');
  }
  return { ok: problems.length === 0, problems, entries: leaves.length, treeSize: head.treeSize, root: head.root, publicKey: head.publicKey };
}
