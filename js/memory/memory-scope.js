// createMemoryScope: the seed's MemoryScopeHookResult over an encrypted store. The wasm core
// seals records and plans retention; this file moves bytes between it and a storage adapter,
// one adapter transaction and one boundary crossing per batch.
import { loadCore, moduleOf } from '../core/load-core.js';
import { CopilotError } from '../errors.js';
import { MemoryAdapter } from './adapters/memory.js';
import { checkKey, checkOptions, describe, MAX_VALUE_BYTES, SCOPES, serialise } from './checks.js';
import { Events } from './events.js';
import { containsString, toCsv, toJson } from './export.js';
import { HybridClock } from './hlc.js';
import { closeScopeKeys, openScopeKeys, rotateOwner } from './keys.js';
import { loadPending, outboxEntries, pendingOf } from './outbox.js';
import { openRecords, recordIds, sealRecords } from './record-io.js';
import { Retention } from './retention.js';
import { RowIndex } from './row-index.js';
import { chooseAdapter, deviceIdOf, sessionIdOf } from './store-setup.js';
import { MemoryWasm } from './wasm.js';

/** See js/index.d.ts (MemoryScope) for the contract of every member. */
export async function createMemoryScope(options) {
  const config = checkOptions(options);
  const core = await loadCore();
  const sealer = new MemoryWasm(moduleOf(core));
  const events = new Events();
  const adapter = chooseAdapter(options, config, events);
  await adapter.open();
  const deviceId = config.identity.deviceId ?? (await deviceIdOf(adapter));
  const identity = { ...config.identity, deviceId, sessionId: config.identity.sessionId ?? sessionIdOf(config.databaseName) };
  let keys;
  try {
    keys = await openScopeKeys({ crypto: core.crypto, sealer, adapter, key: config.key, identity, algorithm: config.algorithm });
  } catch (error) {
    if (adapter !== options.storage) adapter.close();
    throw error;
  }
  const store = new ScopeStore({ crypto: core.crypto, sealer, adapter, ephemeral: new MemoryAdapter(), keys, config, identity, events });
  await store.start();
  return store.api();
}

class ScopeStore {
  #crypto;
  #sealer;
  #adapter;
  #ephemeral;
  #keys;
  #config;
  #identity;
  #events;
  #clock;
  #closed = false;
  #channel = null;
  #index = new RowIndex();
  #retention;
  #pending = [];
  #online = globalThis.navigator?.onLine ?? true;
  #onOnline = (event) => {
    this.#online = event.type === 'online';
  };
  #currentScope;

  constructor({ crypto, sealer, adapter, ephemeral, keys, config, identity, events }) {
    this.#crypto = crypto;
    this.#sealer = sealer;
    this.#adapter = adapter;
    this.#ephemeral = ephemeral;
    this.#keys = keys;
    this.#config = config;
    this.#identity = identity;
    this.#events = events;
    this.#clock = new HybridClock(identity.deviceId);
    this.#currentScope = config.defaultScope;
    this.#retention = new Retention({
      sealer, index: this.#index, retention: config.retention, events, storeOf: (scope) => this.#store(scope), notify: (k, ids, op) => this.#notify(k, ids, op),
    });
  }

  async start() {
    for (const scope of this.#readableScopes()) await this.#loadIndex(scope);
    const stored = this.#readableScopes().filter((s) => s !== 'ephemeral').map((s) => this.#keys[s]);
    this.#pending.push(...(await loadPending(this.#adapter, stored)));
    if (typeof BroadcastChannel === 'function' && this.#adapter.persistent) {
      this.#channel = new BroadcastChannel(`copilot-memory:${this.#config.databaseName}`);
      this.#channel.onmessage = (e) => this.#onRemoteChange(e.data);
      this.#channel.unref?.();
    }
    globalThis.addEventListener?.('online', this.#onOnline);
    globalThis.addEventListener?.('offline', this.#onOnline);
  }

  api() {
    const self = this;
    const m = (name) => this[name].bind(this);
    return Object.freeze({
      getData: m('getData'),
      setData: m('setData'),
      removeData: m('removeData'),
      clearScope: m('clearScope'),
      getBatch: m('getBatch'),
      setBatch: m('setBatch'),
      search: m('search'),
      exportData: m('exportData'),
      getStats: m('getStats'),
      optimizeStorage: m('optimizeStorage'),
      rotateKeys: m('rotateKeys'),
      subscribe: m('subscribe'),
      getCurrentScope: m('getCurrentScope'),
      syncData: m('syncData'),
      resolveConflict: m('resolveConflict'),
      close: m('close'),
      get isOnline() {
        return self.#online;
      },
      get lastSyncTime() {
        return null;
      },
      get conflicts() {
        return [];
      },
      get pendingChanges() {
        return self.#pending.slice();
      },
      get closed() {
        return self.#closed;
      },
    });
  }

  // ---- data operations ------------------------------------------------------------------

  async getData(key, scope) {
    checkKey(key);
    const found = await this.getBatch([key], scope);
    return Object.hasOwn(found, key) ? found[key] : null;
  }

  async setData(key, value, scope, options = {}) {
    checkKey(key);
    await this.#write([[key, value]], scope, options);
  }

  async setBatch(data, scope, options = {}) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new CopilotError('INVALID_ARGUMENT', `setBatch takes an object of key -> value, got ${describe(data)}`);
    }
    await this.#write(Object.entries(data), scope, options);
  }

  async getBatch(keys, scope) {
    if (!Array.isArray(keys)) throw new CopilotError('INVALID_ARGUMENT', `getBatch takes an array of keys, got ${describe(keys)}`);
    keys.forEach(checkKey);
    const k = this.#scopeKeys(scope);
    this.#live();
    const { ids, ads } = recordIds(this.#sealer, k, keys);
    // A batch asking for most of a partition reads it in one range request.
    const whole = keys.length >= 64 && keys.length * 2 >= this.#index.count(k.scope);
    const rows = await this.#store(k.scope).get(ids, whole ? k.part : undefined);
    const now = Date.now();
    const live = [];
    const liveAds = [];
    const expired = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row) continue;
      if (this.#retention.isExpired(row, now)) {
        expired.push({ row, key: keys[i] });
      } else {
        live.push({ row, key: keys[i] });
        liveAds.push(ads[i]);
      }
    }
    if (expired.length > 0) await this.#retention.expire(k, expired);
    const opened = await openRecords(k, live.map((x) => x.row), liveAds);
    const out = {};
    const failed = [];
    for (let i = 0; i < opened.length; i++) {
      const result = opened[i];
      if (result instanceof Error || result[0] !== live[i].key) failed.push(live[i].key);
      else out[live[i].key] = result[1];
      this.#index.touch(live[i].row.id, now);
    }
    if (failed.length > 0) {
      const error = new CopilotError('INTEGRITY', `stored record(s) ${failed.map((f) => JSON.stringify(f)).join(', ')} failed authentication: they were altered or moved; remove them with removeData`);
      error.keys = failed;
      error.readable = out;
      this.#events.emit('error', { code: 'INTEGRITY', scope: k.scope, keys: failed });
      throw error;
    }
    return out;
  }

  async removeData(key, scope) {
    checkKey(key);
    const k = this.#scopeKeys(scope);
    this.#live();
    const [id] = recordIds(this.#sealer, k, [key]).ids;
    const outbox = this.#syncs(k.scope, {}) ? await this.#outboxEntries(k, [[key, id]], 'delete') : [];
    await this.#store(k.scope).commit({ del: [id], outbox });
    this.#index.apply(k.scope, [], [id]);
    this.#afterWrite(k, [key], 'remove', outbox, [[key, id]]);
  }

  async clearScope(scope) {
    if (scope === undefined) throw new CopilotError('INVALID_ARGUMENT', 'clearScope needs the scope to clear');
    const k = this.#scopeKeys(scope);
    this.#live();
    const rows = await this.#store(k.scope).listPartition(k.part);
    let outbox = [];
    let pairs = [];
    if (this.#syncs(k.scope, {}) && rows.length > 0) {
      // Other devices learn of the deletes by key: each record's key is inside its envelope.
      // A record that no longer opens is queued with an empty key (its id still names it).
      const opened = await openRecords(k, rows);
      pairs = rows.map((r, i) => [opened[i] instanceof Error ? '' : opened[i][0], r.id]);
      outbox = await this.#outboxEntries(k, pairs, 'delete');
    }
    await this.#store(k.scope).commit({ clearPart: k.part, outbox });
    this.#index.apply(k.scope, [], rows.map((r) => r.id));
    this.#afterWrite(k, [], 'clear', outbox, pairs);
  }

  async search(query, scope) {
    if (typeof query !== 'string') throw new CopilotError('INVALID_ARGUMENT', `search takes a string query, got ${describe(query)}`);
    const needle = query.toLowerCase();
    const scopes = scope === undefined ? this.#readableScopes() : [this.#scopeKeys(scope).scope];
    const results = [];
    for (const s of scopes) {
      for (const r of await this.#readAll(this.#keys[s])) {
        if (r.key.toLowerCase().includes(needle) || containsString(r.value, needle)) results.push({ key: r.key, value: r.value, scope: s });
      }
    }
    return results;
  }

  async exportData(scope, format = 'json') {
    const k = this.#scopeKeys(scope);
    if (format !== 'json' && format !== 'csv') throw new CopilotError('INVALID_ARGUMENT', "exportData format must be 'json' or 'csv'");
    const records = (await this.#readAll(k)).map((r) => ({
      key: r.key,
      value: r.value,
      updatedAt: new Date(r.row.updated).toISOString(),
      expiresAt: r.row.expires ? new Date(r.row.expires).toISOString() : null,
    }));
    return format === 'json' ? toJson(k.scope, records) : toCsv(records);
  }

  // ---- analytics and optimisation ---------------------------------------------------------

  getStats(scope) {
    this.#live();
    const scopes = scope === undefined ? this.#readableScopes() : [this.#scopeKeys(scope).scope];
    return scopes.map((s) => this.#index.stats(s, this.#config.retention.policies[s]));
  }

  async optimizeStorage(scope) {
    const started = Date.now();
    const scopes = scope === undefined ? this.#readableScopes() : [this.#scopeKeys(scope).scope];
    this.#live();
    const result = { scopes, purged: 0, evicted: 0, reencrypted: 0, bytesFreed: 0, durationMs: 0 };
    for (const s of scopes) await this.#retention.optimize(this.#keys[s], result);
    if (scope === undefined) result.purged += await this.#retention.sweepExpired(this.#adapter);
    result.durationMs = Date.now() - started;
    return result;
  }

  /**
   * Makes a new primary key for the owner of `scope` (the organization; the user for user and
   * session). New writes use it at once; optimizeStorage re-encrypts older records.
   */
  async rotateKeys(scope) {
    const k = this.#scopeKeys(scope);
    const keyId = await rotateOwner({ crypto: this.#crypto, adapter: this.#adapter, allKeys: this.#keys, scopeKeys: k });
    return { scope: k.scope, keyId };
  }

  // ---- events, scope, synchronisation -----------------------------------------------------

  subscribe(event, callback) {
    return this.#events.subscribe(event, callback);
  }

  getCurrentScope() {
    return this.#currentScope;
  }

  async syncData(scope) {
    this.#live();
    if (scope !== undefined) this.#scopeKeys(scope);
    if (!this.#config.sync.endpoint) {
      throw new CopilotError('NO_SYNC_ENDPOINT', `no synchronization.endpoint is configured: ${this.#pending.length} change(s) stay queued in the outbox`);
    }
    throw new CopilotError('UNSUPPORTED', 'cross-device synchronization transport is not in this version yet: changes stay queued in the outbox');
  }

  async resolveConflict(key, resolution) {
    checkKey(key);
    this.#live();
    void resolution;
    throw new CopilotError('INVALID_ARGUMENT', `there is no conflict recorded for key ${JSON.stringify(key)}`);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#channel?.close();
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.removeEventListener?.('offline', this.#onOnline);
    this.#adapter.close();
    this.#ephemeral.close();
    closeScopeKeys(this.#keys);
    for (const name of ['masterKey', 'organizationKey', 'installKey']) this.#config.key[name]?.fill(0);
    this.#events.clear();
  }

  // ---- internals --------------------------------------------------------------------------

  #live() {
    if (this.#closed) throw new CopilotError('CLOSED', 'this memory scope was closed: create a new one with createMemoryScope');
  }

  #scopeKeys(scope) {
    this.#live();
    const s = scope ?? this.#currentScope;
    if (!SCOPES.includes(s)) throw new CopilotError('INVALID_ARGUMENT', `unknown scope ${describe(s)}: use one of ${SCOPES.join(', ')}`);
    if (!this.#config.enabled.includes(s)) {
      throw new CopilotError('INVALID_ARGUMENT', `scope '${s}' is not enabled for this memory (enabled: ${this.#config.enabled.join(', ')})`);
    }
    const k = this.#keys[s];
    if (!k) {
      throw new CopilotError('WRONG_KEY', `this user holds no key to the ${s} scope of this store: open it once with key.${s === 'global' ? 'installKey' : 'organizationKey'} (provisioned by its admin)`);
    }
    return k;
  }

  #readableScopes() {
    return this.#config.enabled.filter((s) => this.#keys[s]);
  }

  #store(scope) {
    return scope === 'ephemeral' ? this.#ephemeral : this.#adapter;
  }

  // Row ids (see record-io.js): the partition's id followed by the key's keyed hash, so one
  // key range (IndexedDB) or prefix (in memory) lists a partition without a secondary index.

  // At rest nothing may be readable, so `encrypt: false` is refused wherever records reach
  // storage; the ephemeral scope (memory only) accepts it, and seals anyway.
  #checkEncrypt(encrypt, scope) {
    if (encrypt === undefined || encrypt === true) return;
    if (encrypt !== false) throw new CopilotError('INVALID_ARGUMENT', `setData's encrypt option must be a boolean, got ${describe(encrypt)}`);
    const s = scope ?? this.#currentScope;
    if (s !== 'ephemeral') {
      throw new CopilotError('INVALID_ARGUMENT', `encrypt: false is refused for the ${describe(s)} scope: records at rest are always encrypted (only the ephemeral scope, never stored, accepts it)`);
    }
  }

  #syncs(scope, options) {
    return scope !== 'ephemeral' && (this.#config.sync.enabled === true || options.syncImmediately === true);
  }

  async #write(entries, scope, options) {
    if (typeof options !== 'object' || options === null) throw new CopilotError('INVALID_ARGUMENT', 'setData options must be an object');
    this.#checkEncrypt(options.encrypt, scope);
    const ttl = options.ttl;
    if (ttl !== undefined && (typeof ttl !== 'number' || !(ttl > 0) || !Number.isFinite(ttl))) {
      throw new CopilotError('INVALID_ARGUMENT', 'ttl must be a number of milliseconds > 0');
    }
    const k = this.#scopeKeys(scope);
    const jsons = entries.map(([key, value]) => {
      checkKey(key);
      if (value === undefined) throw new CopilotError('INVALID_ARGUMENT', `the value of ${JSON.stringify(key)} is undefined: use removeData to delete`);
      const json = serialise(value);
      if (json.length > MAX_VALUE_BYTES) throw new CopilotError('TOO_LARGE', `the value of ${JSON.stringify(key)} is over 16 MiB`);
      return json;
    });
    if (entries.length === 0) return;
    const compress = options.compress ?? this.#config.retention.compression;
    const keys = entries.map(([key]) => key);
    const { ids, ads } = recordIds(this.#sealer, k, keys);
    const envs = await sealRecords(k, keys, jsons, ads, compress);
    const now = Date.now();
    const policyAge = this.#config.retention.policies[k.scope]?.maxAge;
    // Ephemeral and session records carry their scope's age as an expiry, which any identity
    // can enforce without keys (see optimizeStorage's sweep).
    const expires = ttl ? now + ttl : k.scope === 'ephemeral' || k.scope === 'session' ? now + policyAge : 0;
    // One clock reading for the batch: it is one atomic write.
    const hlc = this.#clock.tick();
    const rows = new Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      rows[i] = { id: ids[i], scope: k.scope, env: envs[i], size: envs[i].byteLength, updated: now, accessed: now, hits: 0, expires, keyId: k.keyId, hlc };
    }
    const pairs = () => keys.map((key, i) => [key, ids[i]]);
    const outbox = this.#syncs(k.scope, options) ? await this.#outboxEntries(k, pairs(), 'set') : [];
    await this.#retention.commit(k, rows, outbox);
    this.#afterWrite(k, keys, 'set', outbox, outbox.length > 0 ? pairs() : []);
  }

  #outboxEntries(k, pairs, op) {
    return outboxEntries(k, pairs, op, this.#clock, this.#identity.deviceId);
  }

  // `pairs`: the [key, id] pairs the outbox entries were made from.
  #afterWrite(k, keys, operation, outbox, pairs = []) {
    if (outbox.length > 0) {
      const keyOf = new Map(pairs.map(([key, id]) => [id, key]));
      for (const e of outbox) this.#pending.push(pendingOf(e, keyOf.get(e.id) ?? '', k.scope));
    }
    this.#events.emit('change', { scope: k.scope, keys, operation, source: 'local' });
    this.#notify(k, [], operation);
  }

  #notify(k, ids, operation) {
    if (k.scope === 'ephemeral' || !this.#channel) return;
    this.#channel.postMessage({ part: k.part, operation, ids });
  }

  #onRemoteChange(message) {
    if (this.#closed) return;
    const scope = this.#readableScopes().find((s) => this.#keys[s].part === message?.part);
    if (!scope) return; // another identity's partition: not ours to hear about
    this.#loadIndex(scope)
      .catch((error) => this.#events.emit('error', { code: error.code ?? 'INTERNAL', message: error.message }))
      .then(() => this.#events.emit('change', { scope, operation: message.operation, source: 'remote' }));
  }

  async #readAll(k) {
    this.#live();
    const now = Date.now();
    const rows = (await this.#store(k.scope).listPartition(k.part)).filter((r) => !this.#retention.isExpired(r, now));
    const opened = await openRecords(k, rows);
    const out = [];
    opened.forEach((result, i) => {
      if (result instanceof Error) this.#events.emit('error', { code: result.code ?? 'INTEGRITY', scope: k.scope, message: result.message });
      else out.push({ key: result[0], value: result[1], row: rows[i] });
    });
    return out;
  }

  async #loadIndex(scope) {
    const k = this.#keys[scope];
    if (!k || this.#closed) return;
    this.#index.load(scope, await this.#store(scope).listPartition(k.part));
  }

}
