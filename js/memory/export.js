// exportData formats, and the value match search() uses.
// exportData formats: JSON (the records as they are) and CSV (RFC 4180 quoting, values as
// JSON text, and a leading ' on cells a spreadsheet would run as a formula).
export function toJson(scope, records) {
  return JSON.stringify({ scope, exportedAt: new Date().toISOString(), records }, null, 2);
}

export function toCsv(records) {
  const rows = [['key', 'value', 'updatedAt', 'expiresAt']];
  for (const r of records) rows.push([r.key, JSON.stringify(r.value), r.updatedAt, r.expiresAt ?? '']);
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whether a stored value holds `needle` (lower case) in any string, at any depth. */
export function containsString(value, needle) {
  if (typeof value === 'string') return value.toLowerCase().includes(needle);
  if (Array.isArray(value)) return value.some((v) => containsString(v, needle));
  if (value && typeof value === 'object') return Object.values(value).some((v) => containsString(v, needle));
  return false;
}
