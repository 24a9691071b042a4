// Small building blocks shared by the widgets.
import { createElement as h } from 'react';
import { ResponsiveContainer } from 'recharts';

export function Card({ title, id, children, className = '' }) {
  return h('section', { className: `cp-card ${className}`, 'aria-labelledby': id }, h('h3', { id }, title), children);
}

export function Stats({ items }) {
  return h(
    'dl',
    { className: 'cp-stats' },
    items.map(([label, value, tone]) =>
      h('div', { className: 'cp-stat', key: label }, h('dt', null, label), h('dd', { className: tone ?? '' }, value)),
    ),
  );
}

/**
 * A chart with the same numbers as a visually hidden table, so screen readers and keyboard
 * users get the data, not a picture of it.
 */
export function Chart({ label, columns, rows, children }) {
  return h(
    'figure',
    { className: 'cp-chart-figure', style: { margin: 0 } },
    h('div', { className: 'cp-chart', role: 'img', 'aria-label': label }, h(ResponsiveContainer, { width: '100%', height: '100%', initialDimension: { width: 320, height: 160 } }, children)),
    h(
      'table',
      { className: 'cp-sr-only' },
      h('caption', null, label),
      h('thead', null, h('tr', null, columns.map(([key, title]) => h('th', { key, scope: 'col' }, title)))),
      h('tbody', null, rows.map((row, i) => h('tr', { key: i }, columns.map(([key]) => h('td', { key }, String(row[key] ?? '')))))),
    ),
  );
}

export const formatTime = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || unit === 0 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}
