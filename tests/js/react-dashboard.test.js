// EnterpriseDashboard and its widgets in jsdom: data reaches the accessible tables, alerts
// can be acknowledged and resolved from the keyboard, themes switch.
import 'global-jsdom/register';
import './helpers/jsdom-charts.js';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { StrictMode, createElement as h } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { EnterpriseDashboard, CustomDashboard, MemoryWidget, createEnterpriseConfig } from 'copilot-package';

afterEach(cleanup);

const now = Date.now();
const snapshot = () => ({
  generatedAt: now,
  threats: {
    total: 3,
    byCategory: [
      { category: 'prompt_injection', count: 2 },
      { category: 'data_exfiltration', count: 1 },
    ],
    timeline: [{ time: now, count: 3 }],
    recent: [],
  },
  decisions: { allow: 10, challenge: 1, deny: 2 },
  memory: [{ scope: 'user', records: 4, bytes: 4096 }],
  compliance: [{ framework: 'gdpr', score: 92, passed: 11, failed: 1 }],
  performance: { requests: 13, errorRate: 0, latencyP50: 120, latencyP95: 340, timeline: [] },
  alerts: [{ id: 'al-1', severity: 'high', title: 'Injection attempt blocked', time: now }],
  audit: { entries: 42, verified: true, lastVerifiedAt: now, treeSize: 42, rootHash: 'ab12' },
});

test('shows every widget with the collected numbers, in accessible tables too', async () => {
  const config = createEnterpriseConfig({ name: 'Acme Copilot' });
  render(h(StrictMode, null, h(EnterpriseDashboard, { config, collect: snapshot, theme: 'dark', refreshInterval: 30 })));
  await screen.findByText('Injection attempt blocked');
  assert.ok(screen.getByRole('heading', { name: 'Acme Copilot: security and operations' }));
  for (const name of ['Security', 'Compliance', 'Memory', 'Performance', 'Audit trail']) {
    assert.ok(screen.getByRole('heading', { name }), name);
  }
  const threats = screen.getByRole('table', { name: 'Threats by category' });
  assert.match(threats.textContent, /prompt_injection2/);
  assert.match(screen.getByRole('table', { name: 'Compliance score per framework' }).textContent, /gdpr9211/);
  assert.match(screen.getByRole('table', { name: 'Memory per scope' }).textContent, /user44 KiB/);
  assert.equal(document.querySelector('.cp-dashboard').dataset.theme, 'dark');
  assert.ok(screen.getByText('verified'));
});

test('alerts are acknowledged, then resolved, with buttons that name the alert', async () => {
  render(h(EnterpriseDashboard, { collect: snapshot }));
  const item = (await screen.findByText('Injection attempt blocked')).closest('li');
  within(item).getByRole('button', { name: 'Acknowledge: Injection attempt blocked' }).click();
  await waitFor(() => assert.equal(item.dataset.status, 'acknowledged'));
  assert.equal(within(item).queryByRole('button', { name: /Acknowledge/ }), null);
  within(item).getByRole('button', { name: 'Resolve: Injection attempt blocked' }).click();
  await waitFor(() => assert.equal(item.dataset.status, 'resolved'));
  assert.ok(screen.getByRole('heading', { name: 'Alerts (0 open)' }));
});

test('a failing source is reported in the header without losing the last data', async () => {
  let fail = false;
  const collect = () => {
    if (fail) throw new Error('audit store unavailable');
    return snapshot();
  };
  render(h(EnterpriseDashboard, { collect }));
  await screen.findByText('Injection attempt blocked');
  fail = true;
  screen.getByRole('button', { name: 'Refresh' }).click();
  await screen.findByText(/Refresh failed: audit store unavailable/);
  assert.ok(screen.getByText('Injection attempt blocked'));
});

test('widgets compose inside CustomDashboard', async () => {
  render(h(CustomDashboard, { collect: snapshot }, h(MemoryWidget)));
  await waitFor(() => assert.match(screen.getByRole('table', { name: 'Memory per scope' }).textContent, /user4/));
  assert.equal(screen.queryByRole('heading', { name: 'Security' }), null);
});
