import { createElement as h } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useDashboard } from './context.js';
import { Card, Chart } from './parts.js';

const tone = (score) => (score >= 90 ? 'cp-ok' : score >= 70 ? 'cp-warn' : 'cp-bad');

/** Compliance score per framework, with passed and failed checks. */
export function ComplianceWidget() {
  const { snapshot } = useDashboard();
  const rows = snapshot.compliance;
  return h(
    Card,
    { title: 'Compliance', id: 'cp-compliance' },
    rows.length === 0
      ? h('p', { className: 'cp-muted' }, 'No compliance check has run yet.')
      : h(
          'ul',
          { className: 'cp-stats', style: { listStyle: 'none', padding: 0 } },
          rows.map((r) =>
            h(
              'li',
              { key: r.framework, className: 'cp-stat' },
              h('span', { className: 'cp-muted' }, r.framework.toUpperCase(), ' '),
              h('strong', { className: tone(r.score) }, `${Math.round(r.score)}%`),
              h('span', { className: 'cp-muted' }, ` · ${r.passed} passed, ${r.failed} failed`),
            ),
          ),
        ),
    h(
      Chart,
      {
        label: 'Compliance score per framework',
        columns: [['framework', 'Framework'], ['score', 'Score (%)'], ['passed', 'Passed'], ['failed', 'Failed']],
        rows,
      },
      h(
        BarChart,
        { data: rows, margin: { left: 0, right: 8 } },
        h(XAxis, { dataKey: 'framework', stroke: 'var(--cp-muted)' }),
        h(YAxis, { domain: [0, 100], width: 32, stroke: 'var(--cp-muted)' }),
        h(Tooltip, null),
        h(Bar, { dataKey: 'score', name: 'Score (%)', fill: 'var(--cp-chart-4)', isAnimationActive: false }),
      ),
    ),
  );
}
