import type { ReportTable } from '../../admin/services/report-table.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { BarChart, type Bar } from './bar-chart.js';
import { cellText, DataTable } from './data-table.js';
import { localTable } from './local-table.js';

export type ChartSpec = {
  labelKey: string;
  valueKey: string;
  /** Shorter bar labels (dates as "1 Dec"). */
  label?: (raw: string) => string;
};

const SHORT_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Axis labels kept short: "1 Dec" for dates, "10:00 am" for clock times (the zone is in the table). */
export function shortDate(raw: string, locale = 'en-IN'): string {
  if (!SHORT_DATE.test(raw)) return raw.replace(/ \([^)]*\)$/, '').replace(/\s+[A-Z]{2,5}$/, '');
  const [y, m, d] = raw.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function summary(i: I18n, title: string, bars: Bar[]): string {
  const w = i.t.admin.common;
  if (bars.length === 0) return w.chartEmpty(title);
  const max = bars.reduce((a, b) => (b.value > a.value ? b : a));
  const min = bars.reduce((a, b) => (b.value < a.value ? b : a));
  return w.chartSummary(title, i.num(bars.length), `${max.label}, ${max.text}`, `${min.label}, ${min.text}`);
}

/** One report: its chart and, beside it, the same figures as a table with a CSV link. */
export const ChartPair = (props: { table: ReportTable; chart?: ChartSpec; csvHref: string }) => {
  const i = useI18n();
  const table = localTable(i, props.table);
  const { chart } = props;
  const headingId = `${table.id}-heading`;
  const kind = chart ? (table.columns.find((c) => c.key === chart.valueKey)?.kind ?? 'int') : 'int';
  const bars: Bar[] = chart
    ? table.rows.map((r) => ({
        label: chart.label ? chart.label(String(r[chart.labelKey])) : shortDate(String(r[chart.labelKey]), i.locale),
        value: Number(r[chart.valueKey] ?? 0),
        text: cellText(r[chart.valueKey], kind, i.locale),
      }))
    : [];
  const axis = (v: number) => (kind === 'money' ? cellText(Math.round(v), 'money', i.locale).replace(/\.00$/, '') : kind === 'percent' ? `${i.num(Math.round(v))}%` : i.num(Math.round(v)));
  return (
    <section class="report-block" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">
        {table.title}
      </h2>
      <div class={chart ? 'chart-pair' : 'chart-pair chart-pair-single'}>
        {chart ? (
          <BarChart
            id={`chart-${table.id}`}
            title={table.title}
            summary={summary(i, table.title, bars)}
            bars={bars}
            axis={axis}
            minTop={kind === 'money' ? 10_000 : kind === 'percent' ? 100 : 10}
            maxTop={kind === 'percent' ? 100 : undefined}
          />
        ) : null}
        <DataTable table={table} csvHref={props.csvHref} />
      </div>
    </section>
  );
};
