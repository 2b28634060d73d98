import type { ReportTable } from '../../admin/services/report-table.js';
import type { I18n } from '../i18n/i18n.js';

type Words = I18n['t']['admin'];

/** A report title from the report service (English, as the CSV keeps it) in the page's language. */
function title(i: I18n, w: Words, english: string): string {
  const fixed = (w.tables as Record<string, unknown>)[english];
  if (typeof fixed === 'string') return fixed;
  let m = /^Today's shows \((\d{4}-\d{2}-\d{2})\)$/.exec(english);
  if (m) return w.tables.today(i.day(m[1]));
  m = /^Top movies, last (\d+) days$/.exec(english);
  if (m) return w.tables.topMovies(i.num(Number(m[1])));
  m = /^Occupancy by show on (\d{4}-\d{2}-\d{2})$/.exec(english);
  if (m) return w.tables.byShow(i.day(m[1]));
  m = /^Last (\d+) days against/.exec(english);
  if (m) return w.tables.trend(i.num(Number(m[1])));
  return english;
}

/**
 * The table as the page shows it: title, column headings, channel and figure names in the page's
 * language. English pages get the table untouched; CSV downloads always use the service's table.
 */
export function localTable(i: I18n, table: ReportTable): ReportTable {
  if (i.lang === 'en') return table;
  const w = i.t.admin;
  const days = /^Last (\d+) days/.exec(table.title)?.[1];
  const channels = new Map(Object.entries({ Online: w.channels.online, Counter: w.channels.counter, Kiosk: w.channels.kiosk }));
  const figures = w.figures as Record<string, string>;
  return {
    ...table,
    title: title(i, w, table.title),
    columns: table.columns.map((c) => ({
      ...c,
      label: c.key === 'now' && days ? w.common.lastDays(i.num(Number(days))) : ((w.columns as Record<string, string>)[c.key] ?? c.label),
    })),
    rows: table.rows.map((r) => {
      const out = { ...r };
      if (typeof r.channel === 'string') out.channel = channels.get(r.channel) ?? r.channel;
      if (typeof r.figure === 'string') out.figure = figures[r.figure] ?? r.figure;
      if (typeof r.time === 'string') out.time = r.time.replace(/ \(cancelled\)$/, ` (${w.tables.cancelled})`);
      return out;
    }),
  };
}
