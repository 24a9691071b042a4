import { createElement as h } from 'react';
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useDashboard } from './context.js';
import { Card, Chart, Stats, formatTime } from './parts.js';

const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);

/** Copilot response times and error rate. */
export function PerformanceWidget() {
  const { snapshot } = useDashboard();
  const p = snapshot.performance;
  return h(
    Card,
    { title: 'Performance', id: 'cp-performance' },
    h(Stats, {
      items: [
        ['Requests', p.requests],
        ['Latency p50', ms(p.latencyP50)],
        ['Latency p95', ms(p.latencyP95)],
        ['Errors', `${(p.errorRate * 100).toFixed(1)}%`, p.errorRate > 0.05 ? 'cp-bad' : ''],
      ],
    }),
    h(
      Chart,
      {
        label: 'Response time over time',
        columns: [['time', 'Time'], ['latency', 'Latency (ms)']],
        rows: p.timeline.map((t) => ({ ...t, time: formatTime(t.time), latency: Math.round(t.latency) })),
      },
      h(
        LineChart,
        { data: p.timeline, margin: { left: 0, right: 8 } },
        h(XAxis, { dataKey: 'time', tickFormatter: formatTime, stroke: 'var(--cp-muted)' }),
        h(YAxis, { width: 40, stroke: 'var(--cp-muted)' }),
        h(Tooltip, { labelFormatter: formatTime }),
        h(Line, { dataKey: 'latency', name: 'Latency (ms)', stroke: 'var(--cp-chart-1)', dot: false, isAnimationActive: false }),
      ),
    ),
  );
}
