// The dashboard's stylesheet, scoped under .cp-dashboard and themed with CSS variables.
// Colours meet WCAG AA contrast on their backgrounds in both themes.
export const DASHBOARD_CSS = `
.cp-dashboard {
  --cp-bg: #f6f7f9; --cp-card: #ffffff; --cp-text: #1c2330; --cp-muted: #525c6b; --cp-border: #d5dae1;
  --cp-accent: #1f4e8c; --cp-ok: #1b7a3a; --cp-warn: #8a5a00; --cp-bad: #b3261e; --cp-focus: #0b61d8;
  --cp-chart-1: #1f4e8c; --cp-chart-2: #b3261e; --cp-chart-3: #8a5a00; --cp-chart-4: #1b7a3a; --cp-chart-5: #6b3fa0;
  background: var(--cp-bg); color: var(--cp-text); font: 14px/1.45 system-ui, sans-serif; padding: 16px; border-radius: 8px;
}
.cp-dashboard[data-theme='dark'] {
  --cp-bg: #10141b; --cp-card: #1a2029; --cp-text: #e8ecf2; --cp-muted: #a9b3c1; --cp-border: #323b48;
  --cp-accent: #8ab4f8; --cp-ok: #6ccf8a; --cp-warn: #f0c05a; --cp-bad: #ff8a80; --cp-focus: #8ab4f8;
  --cp-chart-1: #8ab4f8; --cp-chart-2: #ff8a80; --cp-chart-3: #f0c05a; --cp-chart-4: #6ccf8a; --cp-chart-5: #c9a7ff;
}
.cp-dashboard h2 { font-size: 18px; margin: 0 0 12px; }
.cp-dashboard h3 { font-size: 15px; margin: 0 0 8px; }
.cp-header { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; margin-bottom: 12px; }
.cp-grid { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 300px), 1fr)); }
.cp-card { background: var(--cp-card); border: 1px solid var(--cp-border); border-radius: 8px; padding: 12px; min-width: 0; }
.cp-stats { display: flex; flex-wrap: wrap; gap: 16px; margin: 0 0 8px; }
.cp-stat dt { color: var(--cp-muted); font-size: 12px; }
.cp-stat dd { margin: 0; font-size: 20px; font-weight: 600; }
.cp-muted { color: var(--cp-muted); }
.cp-ok { color: var(--cp-ok); } .cp-warn { color: var(--cp-warn); } .cp-bad { color: var(--cp-bad); }
.cp-chart { width: 100%; height: 160px; }
.cp-dashboard button { font: inherit; color: var(--cp-text); background: transparent; border: 1px solid var(--cp-border); border-radius: 6px; padding: 4px 10px; cursor: pointer; }
.cp-dashboard button:hover { border-color: var(--cp-accent); }
.cp-dashboard :focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
.cp-alerts { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.cp-alert { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; border-left: 4px solid var(--cp-border); padding-left: 8px; }
.cp-alert[data-severity='critical'], .cp-alert[data-severity='high'] { border-left-color: var(--cp-bad); }
.cp-alert[data-severity='medium'] { border-left-color: var(--cp-warn); }
.cp-alert[data-status='resolved'] { opacity: 0.75; }
.cp-sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.cp-code { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
`;
