// The per-request path of evaluateRequest. Instead of sending the request's JSON to be parsed
// in wasm, js/ reads only the fields the compiled policy set's conditions name (its field
// table, from PolicySet.describe()), writes them as numbers plus one string
// (src/security/flat_request.h) and crosses once; the core evaluates every policy on every
// call and returns a numeric trace (which policies matched, which of their conditions held),
// from which this file builds the same result object as the JSON path, using the names and
// condition texts the core described once per policy-set version (keys in the JSON path's
// order, so both serialise identically). Nothing is cached per request.
//
// Requests the fast path cannot read exactly as JSON.stringify would (objects that are not
// plain, toJSON, lone surrogates, nesting deeper than the limit, very large requests) go
// through the JSON path, which gives the same answer or the same error.
import { CopilotError, unwrapStatus } from '../errors.js';

export const MAX_REQUEST_BYTES = 1 << 20;
const MAX_REQUEST_DEPTH = 32;
const EFFECTS = ['none', 'allow', 'challenge', 'deny'];
const MISSING = Symbol('missing');
const FALLBACK = Symbol('fallback');
const LONE_SURROGATE = /\\ud[89a-f]/;
const isEnumerable = Object.prototype.propertyIsEnumerable;

/** Any non-null object that is not an array (a request or config section, whatever its prototype). */
export const isObjectRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function plain(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && v.toJSON === undefined;
}

// Deepest nesting of the JSON text, as the core counts it (strings skipped).
function nestingDepth(json, stopAt) {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote
      for (i++; i < json.length; i++) {
        const d = json.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return deepest;
}

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

function walk(root, path) {
  if (path.length === 0) return MISSING;
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return MISSING;
    if (!plain(at)) return FALLBACK;
    if (!isEnumerable.call(at, key)) return MISSING;
    at = at[key];
  }
  return at;
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
  return { ...description, policies, numbers: new Float64Array(description.fields.length * 3) };
}

/**
 * A request evaluator over an embind PolicySet. Call invalidate() after every change to the
 * set (add, update, remove, setRoles); a stale table is refused by the core, never used.
 */
export function createPolicyEvaluator(set) {
  let table = null;
  const load = () => (table ??= compileTable(JSON.parse(set.describe())));

  // Fills t.numbers for `request`; returns the text, or FALLBACK.
  function flatten(t, request) {
    const nums = t.numbers;
    let text = '';
    const values = [];
    for (let i = 0; i < t.fields.length; i++) {
      const [path, typed] = t.fields[i];
      let v = walk(request, path);
      if (v === FALLBACK) return FALLBACK;
      if (v === MISSING || v === undefined || typeof v === 'function' || typeof v === 'symbol') v = walk(request, typed);
      if (v === FALLBACK) return FALLBACK;
      values.push(v);
      const at = 3 * i;
      nums[at + 1] = 0;
      nums[at + 2] = 0;
      switch (typeof v) {
        case 'string':
          nums[at] = 5;
          nums[at + 1] = v.length;
          text += v;
          break;
        case 'number':
          if (Number.isFinite(v)) {
            nums[at] = 4;
            nums[at + 1] = v;
          } else {
            nums[at] = 1; // JSON writes NaN and Infinity as null
          }
          break;
        case 'boolean':
          nums[at] = v ? 3 : 2;
          break;
        case 'object': {
          if (v === null) {
            nums[at] = 1;
            break;
          }
          if (v.toJSON !== undefined) return FALLBACK;
          const json = JSON.stringify(v);
          nums[at] = 6;
          nums[at + 1] = json.length;
          text += json;
          break;
        }
        default:
          nums[at] = 0; // absent, undefined, functions and symbols: JSON leaves them out
      }
    }
    t.values = values;
    return text;
  }

  function compose(t, out) {
    const decision = EFFECTS[out[0]];
    const result = { actions: [], allowed: decision === 'allow', decision, defaulted: out[1] === 1,
      matchedPolicies: [], reasons: [], riskScore: out[2] };
    const decider = out[3];
    let k = 4;
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
      const json = serialiseRequest(request);
      if (json.length * 3 > MAX_REQUEST_BYTES || LONE_SURROGATE.test(json) || !plain(request) ||
          nestingDepth(json, MAX_REQUEST_DEPTH) > MAX_REQUEST_DEPTH) {
        return viaJson(json);
      }
      const t = load();
      const text = flatten(t, request);
      if (text === FALLBACK) return viaJson(json);
      const out = set.evaluateSlots(t.version, t.numbers, t.numbers.length, text);
      if (!(out instanceof Float64Array)) unwrapStatus(out);
      return compose(t, out);
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
