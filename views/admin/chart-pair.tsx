import type { ReportTable } from '../../admin/services/report-table.js';
import { BarChart, type Bar } from './bar-chart.js';
import { cellText, DataTable } from './data-table.js';

export type ChartSpec = {
  labelKey: string;
  valueKey: string;
  /** Shorter bar labels (dates as "1 Dec"). */
  label?: (raw: string) => string;
};

const SHORT_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Axis labels kept short: "1 Dec" for dates, "10:00 am" for clock times (the zone is in the table). */
export function shortDate(raw: string): string {
  if (!SHORT_DATE.test(raw)) return raw.replace(/ \(cancelled\)$/, '').replace(/\s+[A-Z]{2,5}$/, '');
  const [y, m, d] = raw.split('-').map(Number);
  return new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(Date.UTC(y, m - 1, d)));
}

function summary(title: string, bars: Bar[]): string {
  if (bars.length === 0) return `${title}: no figures yet.`;
  const max = bars.reduce((a, b) => (b.value > a.value ? b : a));
  const min = bars.reduce((a, b) => (b.value < a.value ? b : a));
  return `${title}, ${bars.length} bars. Highest: ${max.label}, ${max.text}. Lowest: ${min.label}, ${min.text}. Every figure is in the table that follows.`;
}

/** One report: its chart and, beside it, the same figures as a table with a CSV link. */
export const ChartPair = (props: { table: ReportTable; chart?: ChartSpec; csvHref: string }) => {
  const { table, chart } = props;
  const headingId = `${table.id}-heading`;
  const kind = chart ? (table.columns.find((c) => c.key === chart.valueKey)?.kind ?? 'int') : 'int';
  const bars: Bar[] = chart
    ? table.rows.map((r) => ({
        label: (chart.label ?? shortDate)(String(r[chart.labelKey])),
        value: Number(r[chart.valueKey] ?? 0),
        text: cellText(r[chart.valueKey], kind),
      }))
    : [];
  const axis = (v: number) => (kind === 'money' ? cellText(Math.round(v), 'money').replace(/\.00$/, '') : kind === 'percent' ? `${Math.round(v)}%` : String(Math.round(v)));
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
            summary={summary(table.title, bars)}
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
