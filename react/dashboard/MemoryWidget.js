import { createElement as h } from 'react';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useDashboard } from './context.js';
import { Card, Chart, Stats, formatBytes } from './parts.js';

/** Encrypted memory held per scope. */
export function MemoryWidget() {
  const { snapshot } = useDashboard();
  const rows = snapshot.memory;
  const records = rows.reduce((n, r) => n + r.records, 0);
  const bytes = rows.reduce((n, r) => n + r.bytes, 0);
  return h(
    Card,
    { title: 'Memory', id: 'cp-memory' },
    h(Stats, { items: [['Records', records], ['Stored (encrypted)', formatBytes(bytes)], ['Scopes', rows.length]] }),
    h(
      Chart,
      {
        label: 'Memory per scope',
        columns: [['scope', 'Scope'], ['records', 'Records'], ['size', 'Size']],
        rows: rows.map((r) => ({ ...r, size: formatBytes(r.bytes) })),
      },
      h(
        BarChart,
        { data: rows, margin: { left: 0, right: 8 } },
        h(XAxis, { dataKey: 'scope', stroke: 'var(--cp-muted)' }),
        h(YAxis, { tickFormatter: formatBytes, width: 56, stroke: 'var(--cp-muted)' }),
        h(Tooltip, { formatter: (value) => formatBytes(value) }),
        h(Bar, { dataKey: 'bytes', name: 'Bytes', fill: 'var(--cp-chart-1)', isAnimationActive: false }),
      ),
    ),
  );
}
