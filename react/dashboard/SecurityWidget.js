import { createElement as h } from 'react';
import { Area, AreaChart, Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import { useDashboard } from './context.js';
import { Card, Chart, Stats, formatTime } from './parts.js';

const decisionRows = (d) => [
  { decision: 'allow', count: d.allow, fill: 'var(--cp-chart-4)' },
  { decision: 'challenge', count: d.challenge, fill: 'var(--cp-chart-3)' },
  { decision: 'deny', count: d.deny, fill: 'var(--cp-chart-2)' },
];

/** Threats by category and over time, and the policy decisions taken. */
export function SecurityWidget() {
  const { snapshot } = useDashboard();
  const { threats, decisions } = snapshot;
  return h(
    Card,
    { title: 'Security', id: 'cp-security' },
    h(Stats, {
      items: [
        ['Threats', threats.total, threats.total > 0 ? 'cp-bad' : 'cp-ok'],
        ['Allowed', decisions.allow],
        ['Challenged', decisions.challenge, decisions.challenge > 0 ? 'cp-warn' : ''],
        ['Denied', decisions.deny, decisions.deny > 0 ? 'cp-bad' : ''],
      ],
    }),
    h(
      Chart,
      { label: 'Threats by category', columns: [['category', 'Category'], ['count', 'Threats']], rows: threats.byCategory },
      h(
        BarChart,
        { data: threats.byCategory, layout: 'vertical', margin: { left: 8, right: 8 } },
        h(XAxis, { type: 'number', allowDecimals: false, stroke: 'var(--cp-muted)' }),
        h(YAxis, { type: 'category', dataKey: 'category', width: 150, tick: { fontSize: 11 }, stroke: 'var(--cp-muted)' }),
        h(Tooltip, null),
        h(Bar, { dataKey: 'count', name: 'Threats', fill: 'var(--cp-chart-2)', isAnimationActive: false }),
      ),
    ),
    h(
      Chart,
      {
        label: 'Policy decisions',
        columns: [['decision', 'Decision'], ['count', 'Requests']],
        rows: decisionRows(decisions),
      },
      h(
        BarChart,
        { data: decisionRows(decisions), margin: { left: 0, right: 8 } },
        h(XAxis, { dataKey: 'decision', stroke: 'var(--cp-muted)' }),
        h(YAxis, { allowDecimals: false, width: 32, stroke: 'var(--cp-muted)' }),
        h(Tooltip, null),
        h(Bar, { dataKey: 'count', name: 'Requests', isAnimationActive: false }, decisionRows(decisions).map((row) => h(Cell, { key: row.decision, fill: row.fill }))),
      ),
    ),
    h(
      Chart,
      {
        label: 'Threats over time',
        columns: [['time', 'Time'], ['count', 'Threats']],
        rows: threats.timeline.map((p) => ({ ...p, time: formatTime(p.time) })),
      },
      h(
        AreaChart,
        { data: threats.timeline, margin: { left: 0, right: 8 } },
        h(XAxis, { dataKey: 'time', tickFormatter: formatTime, stroke: 'var(--cp-muted)' }),
        h(YAxis, { allowDecimals: false, width: 32, stroke: 'var(--cp-muted)' }),
        h(Tooltip, { labelFormatter: formatTime }),
        h(Area, { dataKey: 'count', name: 'Threats', stroke: 'var(--cp-chart-2)', fill: 'var(--cp-chart-2)', fillOpacity: 0.25, isAnimationActive: false }),
      ),
    ),
  );
}
