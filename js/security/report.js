// exportSecurityReport: the compliance findings, threats and policy summary as CSV or JSON.

const CSV_COLUMNS = ['section', 'framework', 'control', 'title', 'status', 'severity', 'detail', 'fix', 'timestamp'];

function csvCell(value) {
  const s = value === null || value === undefined ? '' : String(value);
  // Quote everything that needs it, and defuse cells a spreadsheet would run as formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function reportRows({ compliance, threats, policies }) {
  const rows = [];
  for (const report of compliance) {
    for (const f of report.findings) {
      rows.push({ section: 'compliance', framework: report.framework, control: f.control, title: f.title, status: f.status,
        detail: f.detail, fix: f.fix, timestamp: report.generatedAt });
    }
  }
  for (const t of threats) {
    rows.push({ section: 'threat', title: t.type, status: 'detected', severity: t.severity,
      detail: `${(t.categories ?? []).join(' ')} score ${t.score ?? ''} ${t.description ?? ''}`.trim(), timestamp: new Date(t.timestamp).toISOString() });
  }
  for (const p of policies) {
    rows.push({ section: 'policy', title: p.name, status: p.enabled === false ? 'disabled' : 'enabled', detail: `priority ${p.priority ?? 0}`, control: p.id });
  }
  return rows;
}

export function toCsv(rows) {
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}
