// <EnterpriseDashboard config theme refreshInterval className collect /> and
// <CustomDashboard> for composing the widgets yourself. Both create a dashboard store that
// refreshes every `refreshInterval` seconds while mounted (StrictMode-safe: the store is
// created in an effect's lifetime and polling stops when the last subscriber leaves).
import { createElement as h, useContext, useEffect, useMemo, useState } from 'react';
import { CopilotError, collectFromSession, createDashboardStore } from 'copilot-package/core';
import { CopilotContext } from '../provider/context.js';
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

// Inside a CopilotProvider the numbers come from its session unless `collect` says otherwise.
function useCollect(collect) {
  const session = useContext(CopilotContext);
  const fromSession = useMemo(() => (session ? collectFromSession(session) : null), [session]);
  const chosen = collect ?? fromSession;
  if (typeof chosen !== 'function') {
    throw new CopilotError(
      'INVALID_ARGUMENT',
      'the dashboard needs a <CopilotProvider> around it, or collect: () => dashboard snapshot (see createDashboardStore)',
    );
  }
  return chosen;
}

export function CustomDashboard({ collect: collectProp, refreshInterval = 30, theme = 'light', className = '', children }) {
  const collect = useCollect(collectProp);
  const store = useDashboardStore(collect, refreshInterval);
  return h(
    'div',
    { className: `cp-dashboard ${className}`.trim(), 'data-theme': theme === 'dark' ? 'dark' : 'light' },
    h('style', null, DASHBOARD_CSS),
    h(DashboardContext.Provider, { value: store }, children),
  );
}

export function EnterpriseDashboard({ config, collect, theme = 'light', refreshInterval = 30, className = '' }) {
  const session = useContext(CopilotContext);
  const name = config?.name ?? session?.config?.name;
  const title = name ? `${name}: security and operations` : 'Security and operations';
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
