// CopilotProvider in a DOM (jsdom), with React Testing Library, under StrictMode.
import 'global-jsdom/register';
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { StrictMode, createElement as h } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { CopilotProvider, createEnterpriseConfig, useCopilotContext } from 'copilot-package';
import { packageVersion } from '../shared/package-version.js';

afterEach(cleanup);

function ShowCore() {
  const { core, config, identity } = useCopilotContext();
  return h('p', { 'data-testid': 'ready' }, `${config.name} on core ${core.version} for ${identity?.userId}`);
}

test('renders its children with the loaded core and config, under StrictMode', async () => {
  const config = createEnterpriseConfig({ name: 'Support Copilot' });
  const identity = { organizationId: 'acme', userId: 'ada' };
  render(h(StrictMode, null, h(CopilotProvider, { config, identity, fallback: h('p', null, 'loading') }, h(ShowCore))));
  assert.ok(screen.getByText('loading'));
  const ready = await screen.findByTestId('ready');
  assert.equal(ready.textContent, `Support Copilot on core ${packageVersion} for ada`);
});

test('an invalid config never reaches the core: the provider shows each error with its path', async () => {
  const config = createEnterpriseConfig({ enterpriseMemory: { scopes: { enabled: ['user'], default: 'global' } } });
  render(h(CopilotProvider, { config }, h(ShowCore)));
  const alert = screen.getByRole('alert');
  assert.match(alert.textContent, /configuration is invalid/);
  assert.match(alert.textContent, /enterpriseMemory\.scopes\.default: the default scope "global" is not one of the enabled scopes/);
  assert.equal(screen.queryByTestId('ready'), null);
});

test('renderError replaces the default error state', () => {
  render(
    h(CopilotProvider, { config: 'not a config', renderError: (problem) => h('p', null, `custom ${problem.kind}: ${problem.errors.length}`) }),
  );
  assert.ok(screen.getByText('custom config: 1'));
});

test('hooks outside a provider fail with a clear code', () => {
  const original = console.error;
  console.error = () => {}; // React reports the thrown error; the assertion below is what matters
  try {
    assert.throws(() => render(h(ShowCore)), { code: 'INVALID_ARGUMENT', message: /inside <CopilotProvider/ });
  } finally {
    console.error = original;
  }
});
