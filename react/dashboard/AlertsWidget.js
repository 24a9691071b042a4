import { createElement as h } from 'react';
import { useDashboard } from './context.js';
import { Card, formatTime } from './parts.js';

/** Alerts, open first, each with Acknowledge and Resolve. */
export function AlertsWidget() {
  const { snapshot, store } = useDashboard();
  const alerts = snapshot.alerts;
  return h(
    Card,
    { title: `Alerts (${alerts.filter((a) => a.status === 'open').length} open)`, id: 'cp-alerts' },
    alerts.length === 0
      ? h('p', { className: 'cp-muted' }, 'No alerts.')
      : h(
          'ul',
          { className: 'cp-alerts' },
          alerts.map((alert) =>
            h(
              'li',
              { key: alert.id, className: 'cp-alert', 'data-severity': alert.severity, 'data-status': alert.status },
              h(
                'span',
                null,
                h('strong', null, alert.title),
                h('span', { className: 'cp-muted' }, ` · ${alert.severity} · ${formatTime(alert.time)} · ${alert.status}`),
              ),
              store && alert.status !== 'resolved'
                ? h(
                    'span',
                    { style: { display: 'flex', gap: 6 } },
                    alert.status === 'open'
                      ? h('button', { type: 'button', onClick: () => store.acknowledgeAlert(alert.id), 'aria-label': `Acknowledge: ${alert.title}` }, 'Acknowledge')
                      : null,
                    h('button', { type: 'button', onClick: () => store.resolveAlert(alert.id), 'aria-label': `Resolve: ${alert.title}` }, 'Resolve'),
                  )
                : null,
            ),
          ),
        ),
  );
}
