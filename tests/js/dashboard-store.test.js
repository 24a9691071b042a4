import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDashboardStore, emptySnapshot } from '../../js/entry/node.js';
import { bucketTimeline, sortAlerts } from '../../js/dashboard/snapshot.js';

const alert = (id, severity, time, status) => ({ id, severity, title: id, time, ...(status ? { status } : {}) });

test('collects on first subscribe, keeps alert states across refreshes, stops polling when unsubscribed', async () => {
  let calls = 0;
  const store = createDashboardStore({
    refreshInterval: 0.02,
    collect: () => {
      calls++;
      return { generatedAt: calls, alerts: [alert('a', 'high', 1), alert('b', 'low', 2)] };
    },
  });
  assert.equal(store.getSnapshot().loading, true);
  const unsubscribe = store.subscribe(() => {});
  await store.refresh();
  assert.equal(store.getSnapshot().loading, false);
  store.acknowledgeAlert('a');
  store.resolveAlert('b');
  // Wait for two more polls (bounded: a loaded machine delays timers, it does not lose them).
  for (const deadline = Date.now() + 5000; calls < 3 && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await store.refresh();
  const { snapshot } = store.getSnapshot();
  assert.ok(calls >= 3, `polled ${calls} times`);
  assert.deepEqual(snapshot.alerts.map((a) => [a.id, a.status]), [['a', 'acknowledged'], ['b', 'resolved']]);
  unsubscribe();
  const after = calls;
  await new Promise((resolve) => setTimeout(resolve, 60));
  assert.ok(calls <= after + 1, 'no polling without subscribers');
});

test('a failed collection keeps the last good snapshot and reports the error', async () => {
  let fail = false;
  const store = createDashboardStore({
    collect: () => {
      if (fail) throw new Error('security engine unreachable');
      return { threats: { total: 3, byCategory: [], timeline: [], recent: [] } };
    },
  });
  await store.refresh();
  fail = true;
  await store.refresh();
  const state = store.getSnapshot();
  assert.equal(state.error.message, 'security engine unreachable');
  assert.equal(state.snapshot.threats.total, 3);
});

test('missing sections are filled from the empty snapshot; bad arguments are INVALID_ARGUMENT', async () => {
  const store = createDashboardStore({ collect: async () => ({}) });
  await store.refresh();
  assert.deepEqual(store.getSnapshot().snapshot, emptySnapshot());
  assert.throws(() => store.acknowledgeAlert('nope'), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => createDashboardStore({}), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => createDashboardStore({ collect: () => ({}), refreshInterval: 0 }), { code: 'INVALID_ARGUMENT' });
});

test('alerts sort open first, then by severity, then newest', () => {
  const sorted = sortAlerts([
    alert('old-high', 'high', 1),
    alert('resolved-critical', 'critical', 9, 'resolved'),
    alert('new-high', 'high', 5),
    alert('low', 'low', 8),
    alert('critical', 'critical', 2),
  ]);
  assert.deepEqual(sorted.map((a) => a.id), ['critical', 'new-high', 'old-high', 'low', 'resolved-critical']);
});

test('timelines bucket events into equal slots and drop those outside the span', () => {
  const now = 1_000_000;
  const timeline = bucketTimeline([now - 5, now - 5, now - 950, now + 10, now - 2000], { now, spanMs: 1000, buckets: 4 });
  assert.deepEqual(timeline.map((b) => b.count), [1, 0, 0, 2]);
  assert.equal(timeline.at(-1).time, now);
});
