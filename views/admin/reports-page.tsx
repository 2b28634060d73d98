import type { ReportTable } from '../../admin/services/report-table.js';
import { useI18n } from '../i18n/i18n.js';
import { ChartPair, type ChartSpec } from './chart-pair.js';
import { PeriodPicker } from './period-picker.js';

export type ReportsPageProps = {
  theaterId: string;
  theaterName: string;
  days: number;
  from: string;
  to: string;
  showDate: string;
  tables: ReportTable[];
  csvHref: (id: string) => string;
  periodHref: (days: number) => string;
};

const CHARTS: Record<string, ChartSpec> = {
  'revenue-by-day': { labelKey: 'date', valueKey: 'revenue' },
  'occupancy-by-day': { labelKey: 'date', valueKey: 'occupancy' },
  'sales-by-channel': { labelKey: 'channel', valueKey: 'revenue' },
  'top-movies': { labelKey: 'movie', valueKey: 'revenue' },
  'occupancy-by-screen': { labelKey: 'screen', valueKey: 'occupancy' },
  'occupancy-by-show': { labelKey: 'time', valueKey: 'occupancy' },
  'revenue-by-theater': { labelKey: 'theater', valueKey: 'revenue' },
};

/** Occupancy, revenue, channels, trends and top movies, each as a chart with its table and CSV. */
export const ReportsPage = (props: ReportsPageProps) => {
  const i = useI18n();
  const w = i.t.admin.reports;
  return (
  <section>
    <h1 class="page-title">{w.heading(props.theaterName)}</h1>
    <p class="lead">{i.lang === 'en' ? w.lead(props.from, props.to) : w.lead(i.day(props.from), i.day(props.to))}</p>
    <PeriodPicker days={props.days} href={props.periodHref} />
    <form method="get" action="/admin/reports" class="admin-actions">
      <input type="hidden" name="theater" value={props.theaterId} />
      <input type="hidden" name="days" value={String(props.days)} />
      <label for="report-date" class="field-label">
        {w.day}
      </label>
      <input id="report-date" type="date" name="date" value={props.showDate} class="field-input" />
      <button type="submit" class="button button-secondary">
        {w.showDay}
      </button>
    </form>
    {props.tables.map((t) => (
      <ChartPair table={t} chart={CHARTS[t.id]} csvHref={props.csvHref(t.id)} />
    ))}
  </section>
  );
};
