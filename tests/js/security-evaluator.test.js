// The per-request path of evaluateRequest (field slots in, numeric trace out) must give
// exactly the JSON path's result, and keep its validation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../js/entry/node.js';
import { moduleOf } from '../../js/core/load-core.js';
import { createPolicyEvaluator } from '../../js/security/policy-evaluator.js';

const module = moduleOf(await loadCore());

const POLICIES = [
  { name: 'big amounts', priority: 10, conditions: [{ field: 'role', operator: 'in', value: ['admin', 'guest'] }, { field: 'amount', operator: 'gt', value: 1000 }], actions: [{ type: 'block' }] },
  { name: 'secret', priority: 10, conditions: [{ type: 'data', field: 'content', operator: 'contains', value: 'secret' }], actions: [{ type: 'log' }, { type: 'alert', parameters: { severity: 'high', tags: ['a', 1] } }] },
  { name: 'tags', priority: 5, match: 'any', conditions: [{ field: 'tags', operator: 'in', value: ['red', 2] }, { field: 'meta.level', operator: 'gte', value: 3 }], actions: [{ type: 'challenge' }] },
  { name: 'regex', priority: 7, conditions: [{ field: 'user.email', operator: 'matches', value: '@example\\.(com|org)$' }, { field: 'user.flag', operator: 'exists', value: false }], actions: [{ type: 'allow' }] },
  { name: 'objects', priority: 3, conditions: [{ field: 'shape', operator: 'equals', value: { a: [1, 2] } }, { field: 'region', operator: 'not_in', value: ['eu'] }], actions: [{ type: 'block' }, { type: 'mask' }] },
  { name: 'strings', priority: 3, conditions: [{ field: 'name', operator: 'lt', value: 'm' }, { field: 'ok', operator: 'equals', value: true }, { field: 'nothing', operator: 'equals', value: null }], actions: [{ type: 'challenge' }] },
  { name: 'nested groups', priority: 1, conditions: [{ any: [{ field: 'amount', operator: 'lte', value: 5 }, { all: [{ field: 'content', operator: 'exists', value: true }, { field: 'region', operator: 'not_equals', value: 'us' }] }] }], actions: [{ type: 'log' }] },
  { name: 'off', enabled: false, priority: 99, conditions: [{ field: 'amount', operator: 'exists', value: true }], actions: [{ type: 'block' }] },
];

function randomRequests(n) {
  let x = 7;
  const rnd = (k) => ((x = (x * 1103515245 + 12345) % 2147483648) % k);
  const pick = (list) => list[rnd(list.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = {};
    if (rnd(4)) r.role = pick(['admin', 'guest', 'user', ['admin'], 7, null]);
    if (rnd(4)) r.amount = pick([3, 5, 999, 1000, 1001, 2500, -0, 1e21, NaN, Infinity, '2000', 0.5]);
    if (rnd(3)) r.content = pick(['top secret plan', 'héllo 😀 secret', 'nothing here', '', 'SECRET']);
    else if (rnd(2)) r.data = { content: pick(['a secret', 'plain', 5]) };
    if (rnd(3)) r.tags = pick([['red', 'blue'], ['green'], [2], 'red', [], [['red']], { red: 1 }]);
    if (rnd(3)) r.meta = pick([{ level: 3 }, { level: 1 }, { level: '4' }, [], null, { level: { deep: [1, { x: 2 }] } }]);
    if (rnd(2)) r.user = pick([{ email: 'a@example.com' }, { email: 'b@example.org', flag: 1 }, { email: ['x@example.com'] }, { email: 'c@other.net' }, 'admin', { role: 'admin', roles: ['auditor'] }]);
    if (rnd(3)) r.shape = pick([{ a: [1, 2] }, { a: [1.0, 2] }, { a: [2, 1] }, [1, 2]]);
    if (rnd(2)) r.region = pick(['eu', 'us', 'apac', undefined, () => 1]);
    if (rnd(2)) r.name = pick(['alice', 'zed', 'M', '']);
    if (rnd(2)) r.ok = pick([true, false, 'true']);
    if (rnd(3)) r.nothing = pick([null, 0, undefined]);
    if (rnd(3)) r.permission = pick(['basic-queries', 'security-config', ['basic-queries', 'export', 3], 'export']);
    if (rnd(4) === 0) r.resource = pick([{ sensitive: true }, { sensitive: 'yes' }, { sensitive: false }]);
    if (rnd(5) === 0) r.when = new Date(0);
    out.push(r);
  }
  return out;
}

function makeSet(defaultDecision, roles) {
  const set = new module.PolicySet(defaultDecision);
  if (roles) assert.equal(set.setRoles(JSON.stringify(roles)).ok, true);
  for (const p of POLICIES) assert.equal(set.add(JSON.stringify(p)).ok, true);
  return set;
}

for (const [label, defaultDecision, roles] of [
  ['no role table', 'allow', null],
  ['role permissions and dataAccess', 'deny', { userPermissions: { admin: ['full-access'], user: ['basic-queries'] }, dataAccess: ['auditor'] }],
]) {
  test(`the per-request path equals the JSON path on 2,000 varied requests (${label})`, () => {
    const set = makeSet(defaultDecision, roles);
    const evaluator = createPolicyEvaluator(set, module);
    const decisions = new Set();
    // Count the requests that really took the per-request path (the others fell back to JSON).
    let fastPath = 0;
    const evaluateBuffers = set.evaluateBuffers;
    set.evaluateBuffers = function (...args) {
      fastPath++;
      return evaluateBuffers.apply(this, args);
    };
    try {
      for (const request of randomRequests(2000)) {
        const fast = evaluator.evaluate(request);
        const slow = evaluator.evaluateJson(request);
        assert.deepEqual(fast, slow, JSON.stringify(request));
        assert.equal(JSON.stringify(fast), JSON.stringify(slow));
        decisions.add(fast.decision);
      }
    } finally {
      set.delete();
    }
    assert.ok(decisions.size >= 2, 'the requests exercise more than one decision');
    assert.ok(fastPath >= 1500, `only ${fastPath} of 2,000 requests took the per-request path`);
  });
}

test('the per-request path follows policy changes and refuses a stale table', () => {
  const set = makeSet('allow', null);
  const evaluator = createPolicyEvaluator(set, module);
  try {
    const request = { content: 'secret', amount: 4000, role: 'admin' };
    assert.equal(evaluator.evaluate(request).decision, 'deny');
    const id = JSON.parse(set.list())[0].id;
    assert.equal(set.remove(id).ok, true);
    // Not told about the change: the core refuses the old table rather than misread it.
    assert.throws(() => evaluator.evaluate(request), { code: 'INVALID_ARGUMENT', message: /older version/ });
    evaluator.invalidate();
    assert.deepEqual(evaluator.evaluate(request), evaluator.evaluateJson(request));
    assert.equal(evaluator.evaluate(request).decision, 'allow');
  } finally {
    set.delete();
  }
  // Deleted: refused before anything is written into the core's memory.
  assert.throws(() => evaluator.evaluate({ amount: 1 }), { code: 'CLOSED' });
});

test('the per-request path keeps the request checks: not an object, too deep, too large, not serialisable', () => {
  const set = makeSet('allow', null);
  const evaluator = createPolicyEvaluator(set, module);
  try {
    for (const bad of [null, 'text', 42, ['a']]) assert.throws(() => evaluator.evaluate(bad), { code: 'INVALID_ARGUMENT' });
    let deep = { amount: 1 };
    for (let i = 0; i < 40; i++) deep = { meta: deep };
    assert.throws(() => evaluator.evaluate(deep), { code: 'TOO_LARGE' });
    assert.throws(() => evaluator.evaluate({ content: 'x'.repeat(1 << 20) }), { code: 'TOO_LARGE' });
    // Over a million bytes of UTF-8 though under a million characters: still refused.
    assert.throws(() => evaluator.evaluate({ content: 'é'.repeat(600_000) }), { code: 'TOO_LARGE' });
    const cyclic = { amount: 1 };
    cyclic.self = cyclic;
    assert.throws(() => evaluator.evaluate(cyclic), { code: 'INVALID_ARGUMENT' });
    assert.throws(() => evaluator.evaluate({ amount: 10n }), { code: 'INVALID_ARGUMENT' });
    // A lone surrogate is not valid JSON text for the core: the same error as before.
    assert.throws(() => evaluator.evaluate({ content: 'a\ud800b' }), { code: 'INVALID_ARGUMENT' });
    // Objects that are not plain are read as JSON.stringify reads them.
    class Box { constructor() { this.level = 5; } }
    const odd = [{ meta: new Box() }, { meta: { level: 4, toJSON: () => ({ level: 1 }) } }, { tags: new String('red') }];
    for (const request of odd) assert.deepEqual(evaluator.evaluate(request), evaluator.evaluateJson(request));
  } finally {
    set.delete();
  }
});

test('the core checks the slot numbers and text it is given', () => {
  const set = makeSet('allow', null);
  try {
    const { version, fields } = JSON.parse(set.describe());
    const slots = set.slotBuffer() / 8;
    const text = set.textBuffer(16);
    const numbers = (values) => module.HEAPF64.set(values, slots);
    const bytes = (list) => module.HEAPU8.set(list, text);
    const code = (textBytes, at = version) => {
      if (set.evaluateBuffers(at, textBytes) !== 0) return 'ok';
      const status = set.lastStatus();
      assert.equal(status.ok, false);
      return status.code;
    };
    assert.equal(code(0), 'ok');
    assert.equal(code(0, version - 1), 'INVALID_ARGUMENT'); // another version's table
    numbers([5, 4, 0]); // a four-byte string, but no text
    assert.equal(code(0), 'INVALID_ARGUMENT');
    bytes([0xf0, 0x9f, 0x98, 0x80]);
    numbers([5, 1, 0]); // one byte cannot hold a four-byte character
    assert.equal(code(4), 'INVALID_ARGUMENT');
    numbers([5, 4, 0]);
    assert.equal(code(4), 'ok');
    bytes([0xed, 0xa0, 0x80]); // a UTF-16 surrogate written as UTF-8
    numbers([5, 3, 0]);
    assert.equal(code(3), 'INVALID_ARGUMENT');
    numbers([9, 0, 0]);
    assert.equal(code(0), 'INVALID_ARGUMENT');
    bytes([...Buffer.from('[1,')]);
    numbers([6, 3, 0]);
    assert.equal(code(3), 'INVALID_ARGUMENT');
    numbers([0, 0, 0]);
    assert.equal(code(3), 'INVALID_ARGUMENT'); // text left over
    assert.equal(code(1000), 'INVALID_ARGUMENT'); // more text than its buffer holds
    assert.equal(code(-1), 'INVALID_ARGUMENT');
    assert.equal(set.textBuffer(-1), 0);
    assert.equal(fields.length > 0, true);
  } finally {
    set.delete();
  }
});
