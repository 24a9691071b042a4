// The memory layer's own calls into the wasm core (src/memory/): keyed BLAKE2b storage ids
// and index subkeys, and retention plans. Records themselves are sealed by core.crypto.
import { unwrapStatus } from '../errors.js';
import { pack } from './pack.js';

export class MemoryWasm {
  #module;

  constructor(module) {
    this.#module = module;
  }

  /** Keyed storage ids (32 hex digits) of labels, in one crossing. */
  storageIds(key, labels) {
    const hex = this.storageIdsHex(key, labels);
    const out = new Array(labels.length);
    for (let i = 0; i < out.length; i++) out[i] = hex.slice(32 * i, 32 * i + 32);
    return out;
  }

  /** The same ids as one text, 32 hex digits per label. */
  storageIdsHex(key, labels) {
    const p = pack(labels);
    return unwrapStatus(this.#module.memoryStorageIds(key, p.data, p.offsets));
  }

  /** A retention plan (JSON text in, JSON text out); see src/memory/retention_planner.h. */
  plan(requestJson) {
    return unwrapStatus(this.#module.memoryPlanRetention(requestJson));
  }

  subkey(key, label) {
    return unwrapStatus(this.#module.memoryDeriveSubkey(key, label));
  }
}
