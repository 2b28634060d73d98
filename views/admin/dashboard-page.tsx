import type { ReportTable } from '../../admin/services/report-table.js';
import { formatInr } from '../../server/domain/money.js';
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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const CHARTS: Record<string, { labelKey: string; valueKey: string }> = {
  'revenue-by-day': { labelKey: 'date', valueKey: 'revenue' },
  'sales-by-channel': { labelKey: 'channel', valueKey: 'revenue' },
  'top-movies': { labelKey: 'movie', valueKey: 'revenue' },
  today: { labelKey: 'time', valueKey: 'occupancy' },
};

export const DashboardPage = (props: DashboardPageProps) => {
  const stats: Stat[] = props.showFigures
    ? [
        { label: 'Bookings today', value: String(props.todayFigures.bookings), note: count(props.todayFigures.seatsSold, 'seat', 'seats') },
        { label: 'Revenue today', value: formatInr(props.todayFigures.revenueMinor, { withPaise: false }) },
        { label: `Revenue, last ${props.days} days`, value: formatInr(props.period.revenueMinor, { withPaise: false }), note: count(props.period.bookings, 'booking', 'bookings') },
        { label: `Occupancy, last ${props.days} days`, value: `${props.period.occupancyPct.toFixed(1)}%`, note: `${count(props.period.seatsSold, 'seat', 'seats')} sold` },
        { label: `Advance sales, next ${props.advance.days} days`, value: formatInr(props.advance.revenueMinor, { withPaise: false }), note: `${count(props.advance.seatsSold, 'seat', 'seats')} in ${count(props.advance.bookings, 'booking', 'bookings')}` },
      ]
    : [];
  const tables = props.showFigures ? props.tables : props.tables.filter((t) => t.id === 'today');
  return (
    <section class="dashboard">
      <h1 class="page-title">{props.theaterName}</h1>
      <p class="lead">
        Dashboard for <time datetime={props.today}>{props.today}</time> (the theater's today). Show days are the theater's calendar days.
      </p>
      {props.failedMessages && props.failedMessages.count > 0 ? (
        <p class="notice notice-warn" role="status">
          {props.failedMessages.count} customer {props.failedMessages.count === 1 ? 'message' : 'messages'} could not be delivered.{' '}
          <a href={props.failedMessages.href}>See and retry them</a>
        </p>
      ) : null}
      {stats.length ? <StatCards stats={stats} label="Headline figures" /> : null}
      {props.showFigures ? <PeriodPicker days={props.days} href={props.periodHref} /> : null}
      {tables.map((t) => (
        <ChartPair table={t} chart={CHARTS[t.id]} csvHref={props.csvHref(t.id)} />
      ))}
    </section>
  );
};
