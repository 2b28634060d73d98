import type { ReportTable } from '../../admin/services/report-table.js';
import { useI18n } from '../i18n/i18n.js';
import { ChartPair } from './chart-pair.js';
import { PeriodPicker } from './period-picker.js';
import { StatCards, type Stat } from './stat-cards.js';

export type DashboardPageProps = {
  theaterName: string;
  today: string;
  days: number;
  /** Owners and managers see money; box-office staff see today's shows. */
  showFigures: boolean;
  todayFigures: { bookings: number; seatsSold: number; revenueMinor: number };
  period: { bookings: number; seatsSold: number; revenueMinor: number; occupancyPct: number };
  /** Sold already for the coming days' shows. */
  advance: { bookings: number; seatsSold: number; revenueMinor: number; days: number };
  tables: ReportTable[];
  csvHref: (id: string) => string;
  periodHref: (days: number) => string;
  failedMessages?: { count: number; href: string } | null;
};

const CHARTS: Record<string, { labelKey: string; valueKey: string }> = {
  'revenue-by-day': { labelKey: 'date', valueKey: 'revenue' },
  'sales-by-channel': { labelKey: 'channel', valueKey: 'revenue' },
  'top-movies': { labelKey: 'movie', valueKey: 'revenue' },
  today: { labelKey: 'time', valueKey: 'occupancy' },
};

export const DashboardPage = (props: DashboardPageProps) => {
  const i = useI18n();
  const w = i.t.admin.dashboard;
  const seats = (n: number) => w.seats(i.num(n), n !== 1);
  const bookings = (n: number) => w.bookings(i.num(n), n !== 1);
  const pct = (x: number) => `${new Intl.NumberFormat(i.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x)}%`;
  const stats: Stat[] = props.showFigures
    ? [
        { label: w.bookingsToday, value: i.num(props.todayFigures.bookings), note: seats(props.todayFigures.seatsSold) },
        { label: w.revenueToday, value: i.money(props.todayFigures.revenueMinor, true) },
        { label: w.revenueLast(i.num(props.days)), value: i.money(props.period.revenueMinor, true), note: bookings(props.period.bookings) },
        { label: w.occupancyLast(i.num(props.days)), value: pct(props.period.occupancyPct), note: w.seatsSold(seats(props.period.seatsSold)) },
        { label: w.advance(i.num(props.advance.days)), value: i.money(props.advance.revenueMinor, true), note: w.seatsIn(seats(props.advance.seatsSold), bookings(props.advance.bookings)) },
      ]
    : [];
  const tables = props.showFigures ? props.tables : props.tables.filter((t) => t.id === 'today');
  return (
    <section class="dashboard">
      <h1 class="page-title">{props.theaterName}</h1>
      <p class="lead">{w.lead(i.lang === 'en' ? props.today : i.day(props.today))}</p>
      {props.failedMessages && props.failedMessages.count > 0 ? (
        <p class="notice notice-warn" role="status">
          {w.failed(i.num(props.failedMessages.count), props.failedMessages.count !== 1)} <a href={props.failedMessages.href}>{w.failedLink}</a>
        </p>
      ) : null}
      {stats.length ? <StatCards stats={stats} label={w.figures} /> : null}
      {props.showFigures ? <PeriodPicker days={props.days} href={props.periodHref} /> : null}
      {tables.map((t) => (
        <ChartPair table={t} chart={CHARTS[t.id]} csvHref={props.csvHref(t.id)} />
      ))}
    </section>
  );
};
