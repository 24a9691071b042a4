// The per-request path of evaluateRequest. Instead of sending the request's JSON to be parsed
// in wasm, js/ reads only the fields the compiled policy set's conditions name (its field
// table, from PolicySet.describe()), writes them as numbers plus UTF-8 text straight into two
// buffers the core owns (src/security/flat_request.h) and crosses once with two numbers; the
// core evaluates the set and leaves a numeric trace in its memory (which policies matched,
// which of their conditions held), from which this file builds the same result object as the
// JSON path, using the names and condition texts the core described once per policy-set
// version (keys in the JSON path's order, so both serialise identically). Nothing is cached
// per request.
//
// Every request is still checked whole, as the JSON path checks it, but without serialising
// it: one walk bounds its JSON size and depth and looks at every string and key. Requests the
// walk cannot vouch for (objects that are not plain, toJSON, lone surrogates, nesting deeper
// than the limit, BigInt, cycles, large requests, getters that throw) go through the JSON
// path, which gives the same answer or the same error.
import { CopilotError, unwrapStatus } from '../errors.js';

export const MAX_REQUEST_BYTES = 1 << 20;
const MAX_REQUEST_DEPTH = 32;
const EFFECTS = ['none', 'allow', 'challenge', 'deny'];
const MISSING = Symbol('missing');
const isEnumerable = Object.prototype.propertyIsEnumerable;
const getPrototypeOf = Object.getPrototypeOf;
const encoder = new TextEncoder();
// Strings the fast path writes must encode to UTF-8 exactly; a lone surrogate cannot.
const wellFormed = typeof String.prototype.isWellFormed === 'function'
  ? (s) => s.isWellFormed()
  : (s) => !/[\ud800-\udfff]/.test(s); // any surrogate: the JSON path decides

/** Any non-null object that is not an array (a request or config section, whatever its prototype). */
export const isObjectRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Serialises and bounds a request exactly as evaluateRequest always has. */
export function serialiseRequest(request) {
  if (!isObjectRecord(request)) throw new CopilotError('INVALID_ARGUMENT', 'evaluateRequest(request): request must be a plain object');
  let json;
  try {
    json = JSON.stringify(request);
  } catch (error) {
    throw new CopilotError('INVALID_ARGUMENT', `evaluateRequest: the request is not JSON-serialisable (${error.message})`);
  }
  if (json.length > MAX_REQUEST_BYTES) {
    throw new CopilotError('TOO_LARGE', `evaluateRequest: requests are limited to ${MAX_REQUEST_BYTES} bytes of JSON`);
  }
  return json;
}

// An upper bound on the UTF-8 bytes of JSON.stringify(v) (a string's character may take six:
// \u001f), or -1 when the fast path cannot vouch for v: JSON.stringify would call toJSON or
// see an object that is not plain, a BigInt, a lone surrogate, nesting past the limit (a
// cycle reaches it too), or the bound passes MAX_REQUEST_BYTES.
function jsonBound(v, depth) {
  switch (typeof v) {
    case 'string':
      return wellFormed(v) ? 6 * v.length + 2 : -1;
    case 'number':
      return 24; // -1.7976931348623157e+308
    case 'boolean':
    case 'undefined':
    case 'function':
    case 'symbol':
      return 5; // false, or null in an array (left out of an object)
    case 'object': {
      if (v === null) return 4;
      if (depth > MAX_REQUEST_DEPTH || v.toJSON !== undefined) return -1;
      let total = 2;
      if (Array.isArray(v)) {
        if (getPrototypeOf(v) !== Array.prototype || v.length > MAX_REQUEST_BYTES) return -1;
        for (let i = 0; i < v.length; i++) {
          const n = jsonBound(v[i], depth + 1);
          if (n < 0 || (total += n + 1) > MAX_REQUEST_BYTES) return -1;
        }
        return total;
      }
      const proto = getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return -1;
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const n = jsonBound(v[key], depth + 1);
        if (n < 0 || !wellFormed(key) || (total += n + 6 * key.length + 4) > MAX_REQUEST_BYTES) return -1;
      }
      return total;
    }
    default:
      return -1; // bigint
  }
}

// True when the request is one the fast path reads exactly as the JSON path would.
function vouch(request) {
  try {
    return jsonBound(request, 1) >= 0;
  } catch {
    return false; // a getter or proxy threw: JSON.stringify will say so
  }
}

// The value at `path` in a request jsonBound() vouched for (plain objects throughout).
function walk(root, path) {
  if (path.length === 0) return MISSING;
  let at = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (at === null || typeof at !== 'object' || Array.isArray(at) || !isEnumerable.call(at, key)) return MISSING;
    at = at[key];
  }
  return at;
}

// Writes `s` as UTF-8 at heap[at...] (room for 3 bytes per unit is there); returns the bytes.
function writeUtf8(heap, at, s) {
  const n = s.length;
  if (n > 64) return encoder.encodeInto(s, heap.subarray(at, at + 3 * n)).written;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return i + encoder.encodeInto(s.slice(i), heap.subarray(at + i, at + 3 * n)).written;
    heap[at + i] = c;
  }
  return n;
}

function compileTable(description) {
  const policies = description.policies.map((p) => ({
    ...p,
    prefix: `'${p.name}' (priority ${p.priority}) matched`,
    actionTemplates: p.actions.map((a) => {
      const json = JSON.stringify(a.parameters);
      return { type: a.type, json: json === '{}' ? null : json };
    }),
  }));
  const count = description.fields.length;
  return { ...description, policies, values: new Array(count), texts: new Array(count), slots: 0, text: 0, room: 0 };
}

/**
 * A request evaluator over an embind PolicySet of `module`. Call invalidate() after every
 * change to the set (add, update, remove, setRoles); a stale table is refused by the core,
 * never used.
 */
export function createPolicyEvaluator(set, module) {
  let table = null;
  const load = () => {
    if (table) return table;
    const t = compileTable(JSON.parse(set.describe()));
    t.slots = set.slotBuffer();
    table = t;
    return t;
  };

  // Reads the request's slots into t.values; returns the text bytes they need at most.
  function read(t, request) {
    const fields = t.fields;
    let room = 0;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      let v = walk(request, field[0]);
      if (v === MISSING || v === undefined || typeof v === 'function' || typeof v === 'symbol') v = walk(request, field[1]);
      t.values[i] = v;
      if (typeof v === 'string') {
        room += 3 * v.length;
      } else if (v !== null && typeof v === 'object') {
        const json = JSON.stringify(v);
        t.texts[i] = json;
        room += 3 * json.length;
      }
    }
    return room;
  }

  // Writes t.values into the core's buffers; returns the text bytes written.
  function write(t) {
    const numbers = module.HEAPF64;
    const bytes = module.HEAPU8;
    const fields = t.fields.length;
    let at = t.slots / 8;
    let text = 0;
    for (let i = 0; i < fields; i++, at += 3) {
      const v = t.values[i];
      switch (typeof v) {
        case 'string': {
          const n = writeUtf8(bytes, t.text + text, v);
          numbers[at] = 5;
          numbers[at + 1] = n;
          text += n;
          break;
        }
        case 'number':
          if (Number.isFinite(v)) {
            numbers[at] = 4;
            numbers[at + 1] = v;
          } else {
            numbers[at] = 1; // JSON writes NaN and Infinity as null
          }
          break;
        case 'boolean':
          numbers[at] = v ? 3 : 2;
          break;
        case 'object': {
          if (v === null) {
            numbers[at] = 1;
            break;
          }
          const n = writeUtf8(bytes, t.text + text, t.texts[i]);
          t.texts[i] = undefined;
          numbers[at] = 6;
          numbers[at + 1] = n;
          text += n;
          break;
        }
        default:
          numbers[at] = 0; // absent, undefined, functions and symbols: JSON leaves them out
      }
    }
    return text;
  }

  // The result from the trace at byte address `address` of the core's memory.
  function compose(t, address) {
    const out = module.HEAPF64;
    let k = address / 8 + 1;
    const decision = EFFECTS[out[k]];
    const result = { actions: [], allowed: decision === 'allow', decision, defaulted: out[k + 1] === 1,
      matchedPolicies: [], reasons: [], riskScore: out[k + 2] };
    const decider = out[k + 3];
    k += 4;
    const denied = out[k++];
    const deniedAt = k;
    k += denied;
    const sensitive = out[k++] === 1;
    if (denied > 0 || sensitive) {
      result.matchedPolicies.push({ effect: 'deny', id: 'userPermissions', name: 'Role permissions', priority: 1000001 });
      result.actions.push({ parameters: {}, policyId: 'userPermissions', type: 'block' });
      const wanted = t.values[t.roleFields[3]];
      const asked = typeof wanted === 'string' ? [wanted] : Array.isArray(wanted) ? wanted.filter((p) => typeof p === 'string') : [];
      for (let i = 0; i < denied; i++) {
        result.reasons.push(`denied by role permissions: permission '${asked[out[deniedAt + i]]}' is not granted to the request's roles`);
      }
      if (sensitive) result.reasons.push('denied by role permissions: sensitive data is limited to the roles in policies.dataAccess');
    }
    const hits = out[k++];
    for (let h = 0; h < hits; h++) {
      const p = t.policies[out[k++]];
      const held = out[k++];
      result.matchedPolicies.push({ effect: p.effect, id: p.id, name: p.name, priority: p.priority });
      for (const a of p.actionTemplates) {
        result.actions.push({ parameters: a.json === null ? {} : JSON.parse(a.json), policyId: p.id, type: a.type });
      }
      let reason = p.prefix;
      for (let i = 0; i < held; i++) reason += (i === 0 ? ': ' : '; ') + p.leaves[out[k++]];
      if (h === decider) reason += ` -> decides ${p.effect}`;
      result.reasons.push(reason);
    }
    if (result.defaulted) result.reasons.push(`no policy decided: default ${decision}`);
    return result;
  }

  const viaJson = (json) => JSON.parse(unwrapStatus(set.evaluate(json)));

  return {
    /** The decision for `request`, as the JSON path gives it; throws CopilotError on bad input. */
    evaluate(request) {
      if (!isObjectRecord(request)) throw new CopilotError('INVALID_ARGUMENT', 'evaluateRequest(request): request must be a plain object');
      if (set.isDeleted()) throw new CopilotError('CLOSED', 'evaluateRequest: the policy set was deleted');
      if (!vouch(request)) return viaJson(serialiseRequest(request));
      const t = load();
      const room = read(t, request);
      if (room > t.room) {
        // The core's text buffer moves when it grows; nothing else moves it.
        t.text = set.textBuffer(room);
        if (t.text === 0) return viaJson(serialiseRequest(request));
        t.room = room;
      }
      const address = set.evaluateBuffers(t.version, write(t));
      if (address === 0) unwrapStatus(set.lastStatus());
      const result = compose(t, address);
      t.values.fill(undefined);
      return result;
    },
    /** The JSON path, for comparison: the request parsed in the core. */
    evaluateJson(request) {
      return viaJson(serialiseRequest(request));
    },
    invalidate() {
      table = null;
    },
  };
}
