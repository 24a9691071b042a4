import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HybridClock } from '../../js/memory/hlc.js';

test('the hybrid clock never goes backwards, even when wall time does', () => {
  let now = 1000;
  const clock = new HybridClock('dev-a', () => now);
  const a = clock.tick();
  const b = clock.tick();
  now = 500; // the wall clock stepped back
  const c = clock.tick();
  now = 2000;
  const d = clock.tick();
  assert.ok(a < b && b < c && c < d, [a, b, c, d].join(' '));
  assert.ok(d.endsWith(':dev-a'));
  assert.equal(d.split(':')[1], '0000', 'the counter resets when wall time moves on');
});

test('receiving a timestamp from a device ahead moves the clock past it', () => {
  let now = 1000;
  const local = new HybridClock('dev-a', () => now);
  const remote = new HybridClock('dev-b', () => 5000);
  const theirs = remote.tick();
  const merged = local.receive(theirs);
  assert.ok(merged.split(':').slice(0, 2).join(':') > theirs.split(':').slice(0, 2).join(':'));
  assert.ok(local.tick() > merged);
  now = 9000;
  assert.ok(local.receive('garbage') > merged, 'an unreadable timestamp is a local tick');
});
