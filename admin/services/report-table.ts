/**
 * A table of figures as the reports show it: rendered beside its chart, and downloadable as
 * CSV. Values stay raw (paise, counts, percentages); only the view and the CSV format them.
 */
export type ColumnKind = 'text' | 'int' | 'money' | 'percent';

export interface ReportColumn {
  key: string;
  label: string;
  kind: ColumnKind;
}

export interface ReportTable {
  /** Used in the CSV link: /admin/reports/<id>.csv */
  id: string;
  title: string;
  columns: ReportColumn[];
  rows: Record<string, string | number>[];
}

function csvCell(v: string | number, kind: ColumnKind): string {
  const text = kind === 'money' ? (Number(v) / 100).toFixed(2) : kind === 'percent' ? Number(v).toFixed(1) : String(v);
  // Quote what needs it, and defuse cells a spreadsheet would run as a formula.
  const safe = /^[=+\-@\t\r]/.test(text) && kind === 'text' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const CSV_UNITS: Record<ColumnKind, string> = { text: '', int: '', money: ' (INR)', percent: ' (%)' };

export function toCsv(table: ReportTable): string {
  const head = table.columns.map((c) => csvCell(`${c.label}${CSV_UNITS[c.kind]}`, 'text')).join(',');
  const lines = table.rows.map((r) => table.columns.map((c) => csvCell(r[c.key] ?? '', c.kind)).join(','));
  return [head, ...lines].join('\r\n') + '\r\n';
}
