// <EnterpriseDashboard config theme refreshInterval className collect /> and
// <CustomDashboard> for composing the widgets yourself. Both create a dashboard store that
// refreshes every `refreshInterval` seconds while mounted (StrictMode-safe: the store is
// created in an effect's lifetime and polling stops when the last subscriber leaves).
import { createElement as h, useEffect, useState } from 'react';
import { CopilotError, createDashboardStore } from 'copilot-package/core';
import { DASHBOARD_CSS } from './styles.js';
import { DashboardContext, useDashboard } from './context.js';
import { SecurityWidget } from './SecurityWidget.js';
import { PerformanceWidget } from './PerformanceWidget.js';
import { MemoryWidget } from './MemoryWidget.js';
import { ComplianceWidget } from './ComplianceWidget.js';
import { AlertsWidget } from './AlertsWidget.js';
import { AuditWidget } from './AuditWidget.js';

function useDashboardStore(collect, refreshInterval) {
  const [store, setStore] = useState(null);
  useEffect(() => {
    if (typeof collect !== 'function') return undefined;
    setStore(createDashboardStore({ collect, refreshInterval }));
    return () => setStore(null);
  }, [collect, refreshInterval]);
  return store;
}

export function CustomDashboard({ collect, refreshInterval = 30, theme = 'light', className = '', children }) {
  if (typeof collect !== 'function') {
    throw new CopilotError('INVALID_ARGUMENT', 'CustomDashboard needs collect: () => dashboard snapshot (see createDashboardStore)');
  }
  const store = useDashboardStore(collect, refreshInterval);
  return h(
    'div',
    { className: `cp-dashboard ${className}`.trim(), 'data-theme': theme === 'dark' ? 'dark' : 'light' },
    h('style', null, DASHBOARD_CSS),
    h(DashboardContext.Provider, { value: store }, children),
  );
}

export function EnterpriseDashboard({ config, collect, theme = 'light', refreshInterval = 30, className = '' }) {
  const title = config?.name ? `${config.name}: security and operations` : 'Security and operations';
  return h(
    CustomDashboard,
    { collect, refreshInterval, theme, className },
    h(DashboardHeader, { title }),
    h(
      'div',
      { className: 'cp-grid' },
      h(SecurityWidget),
      h(AlertsWidget),
      h(ComplianceWidget),
      h(MemoryWidget),
      h(PerformanceWidget),
      h(AuditWidget),
    ),
  );
}

function DashboardHeader({ title }) {
  const { snapshot, loading, error, store } = useDashboard();
  return h(
    'div',
    { className: 'cp-header' },
    h('h2', null, title),
    h(
      'span',
      { role: 'status', className: error ? 'cp-bad' : 'cp-muted' },
      error
        ? `Refresh failed: ${error.message}`
        : loading
          ? 'Loading…'
          : snapshot.generatedAt
            ? `Updated ${new Date(snapshot.generatedAt).toLocaleTimeString()}`
            : '',
      ' ',
      store ? h('button', { type: 'button', onClick: () => store.refresh() }, 'Refresh') : null,
    ),
  );
}
