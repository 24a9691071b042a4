// EIP-55: an Ethereum address written in mixed case carries a checksum in the case of its
// letters (letter i is upper case when nibble i of keccak256(lower-case hex) is 8 or more).
// The wasm core has no Keccak (libsodium offers none), so the check runs here, on the few
// CRYPTO findings shaped like a mixed-case address, with @noble/hashes' audited keccak_256.
// All-lower and all-upper case addresses carry no checksum and stay findings.
import { keccak_256 } from '@noble/hashes/sha3.js';

const ADDRESS = /^0[xX][0-9a-fA-F]{40}$/;
const encoder = new TextEncoder();

/** True for a mixed-case 0x address whose letter case does not match its EIP-55 checksum. */
export function failsEip55(address) {
  if (address.length !== 42 || !ADDRESS.test(address)) return false;
  const hex = address.slice(2);
  const lower = hex.toLowerCase();
  if (hex === lower || hex === hex.toUpperCase()) return false;
  const hash = keccak_256(encoder.encode(lower));
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    if (c <= 0x39) continue; // a digit has no case
    const nibble = i % 2 === 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 0x0f;
    if (nibble >= 8 !== c <= 0x46) return true; // 'A'..'F' are 0x41..0x46
  }
  return false;
}

/**
 * Indices of the entities (flat [type, start, end, score] quadruples) that are CRYPTO findings
 * failing EIP-55, or null when there are none (the common case costs one pass over `flat`).
 */
export function eip55Rejects(flat, cryptoType, text) {
  let rejects = null;
  for (let k = 0; k < flat.length; k += 4) {
    if (flat[k] !== cryptoType || flat[k + 2] - flat[k + 1] !== 42) continue;
    if (failsEip55(text.slice(flat[k + 1], flat[k + 2]))) (rejects ??= new Set()).add(k / 4);
  }
  return rejects;
}
