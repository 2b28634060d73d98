import { clockText } from '../../server/domain/show-time-label.js';
import { changePct, occupancyPct, type ChannelRow, type MovieRow, type Totals } from './analytics.js';
import type { DashboardData, ReportData } from './report-data.js';
import type { ReportTable } from './report-table.js';
import type { DayAgg, ShowAgg } from '../../server/store/sales-aggregates.js';

const CHANNEL_NAMES = { online: 'Online', counter: 'Counter', kiosk: 'Kiosk' } as const;

function revenueByDay(id: string, days: DayAgg[]): ReportTable {
  return {
    id,
    title: 'Revenue by day',
    columns: [
      { key: 'date', label: 'Date', kind: 'text' },
      { key: 'bookings', label: 'Bookings', kind: 'int' },
      { key: 'seats', label: 'Seats sold', kind: 'int' },
      { key: 'revenue', label: 'Revenue', kind: 'money' },
      { key: 'refunded', label: 'Refunded', kind: 'money' },
      { key: 'pointsDiscount', label: 'Points discount', kind: 'money' },
    ],
    rows: days.map((d) => ({ date: d.date, bookings: d.bookings, seats: d.seatsSold, revenue: d.revenueMinor, refunded: d.refundedMinor, pointsDiscount: d.pointsDiscountMinor })),
  };
}

function channels(id: string, rows: ChannelRow[]): ReportTable {
  return {
    id,
    title: 'Sales by channel',
    columns: [
      { key: 'channel', label: 'Channel', kind: 'text' },
      { key: 'bookings', label: 'Bookings', kind: 'int' },
      { key: 'seats', label: 'Seats', kind: 'int' },
      { key: 'revenue', label: 'Revenue', kind: 'money' },
    ],
    rows: rows.map((r) => ({ channel: CHANNEL_NAMES[r.channel], bookings: r.bookings, seats: r.seats, revenue: r.revenueMinor })),
  };
}

function movies(id: string, title: string, rows: MovieRow[]): ReportTable {
  return {
    id,
    title,
    columns: [
      { key: 'movie', label: 'Movie', kind: 'text' },
      { key: 'shows', label: 'Shows', kind: 'int' },
      { key: 'bookings', label: 'Bookings', kind: 'int' },
      { key: 'seats', label: 'Seats sold', kind: 'int' },
      { key: 'revenue', label: 'Revenue', kind: 'money' },
    ],
    rows: rows.map((r) => ({ movie: r.movieTitle, shows: r.shows, bookings: r.bookings, seats: r.seatsSold, revenue: r.revenueMinor })),
  };
}

function shows(id: string, title: string, rows: ShowAgg[], timezone: string): ReportTable {
  return {
    id,
    title,
    columns: [
      { key: 'time', label: 'Time', kind: 'text' },
      { key: 'movie', label: 'Movie', kind: 'text' },
      { key: 'screen', label: 'Screen', kind: 'text' },
      { key: 'offered', label: 'Seats', kind: 'int' },
      { key: 'sold', label: 'Sold', kind: 'int' },
      { key: 'occupancy', label: 'Occupancy', kind: 'percent' },
      { key: 'revenue', label: 'Revenue', kind: 'money' },
    ],
    rows: rows.map((s) => ({
      time: `${clockText(new Date(s.startsAt), timezone)}${s.status === 'cancelled' ? ' (cancelled)' : ''}`,
      movie: s.movieTitle,
      screen: s.screenName,
      offered: s.seatsOffered,
      sold: s.seatsSold,
      occupancy: occupancyPct(s.seatsSold, s.seatsOffered),
      revenue: s.revenueMinor,
    })),
  };
}

function trend(now: Totals, before: Totals, days: number): ReportTable {
  const row = (figure: string, a: number, b: number) => {
    const change = changePct(a, b);
    return { figure, now: a, before: b, change: change === null ? '–' : `${change > 0 ? '+' : ''}${change.toFixed(1)}%` };
  };
  const money = (figure: string, a: number, b: number) => ({ ...row(figure, a, b), now: (a / 100).toFixed(2), before: (b / 100).toFixed(2) });
  return {
    id: 'trend',
    title: `Last ${days} days against the ${days} before`,
    columns: [
      { key: 'figure', label: 'Figure', kind: 'text' },
      { key: 'now', label: `Last ${days} days`, kind: 'text' },
      { key: 'before', label: 'Previous period', kind: 'text' },
      { key: 'change', label: 'Change', kind: 'text' },
    ],
    rows: [
      money('Revenue (₹)', now.revenueMinor, before.revenueMinor),
      money('Points discount (₹)', now.pointsDiscountMinor, before.pointsDiscountMinor),
      row('Bookings', now.bookings, before.bookings),
      row('Seats sold', now.seatsSold, before.seatsSold),
      { ...row('Occupancy (%)', now.occupancyPct, before.occupancyPct), now: now.occupancyPct.toFixed(1), before: before.occupancyPct.toFixed(1) },
    ],
  };
}

/** Every table of the reports page, in page order. */
export function reportTables(d: ReportData): ReportTable[] {
  return [
    trend(d.totals, d.previousTotals, d.period.days),
    revenueByDay('revenue-by-day', d.days),
    {
      id: 'occupancy-by-day',
      title: 'Occupancy by day',
      columns: [
        { key: 'date', label: 'Date', kind: 'text' },
        { key: 'shows', label: 'Shows', kind: 'int' },
        { key: 'offered', label: 'Seats offered', kind: 'int' },
        { key: 'sold', label: 'Seats sold', kind: 'int' },
        { key: 'occupancy', label: 'Occupancy', kind: 'percent' },
      ],
      rows: d.days.map((x) => ({ date: x.date, shows: x.shows, offered: x.seatsOffered, sold: x.seatsSold, occupancy: occupancyPct(x.seatsSold, x.seatsOffered) })),
    },
    channels('sales-by-channel', d.channels),
    movies('top-movies', 'Revenue by movie (top movies first)', d.movies),
    {
      id: 'occupancy-by-screen',
      title: 'Occupancy by screen',
      columns: [
        { key: 'screen', label: 'Screen', kind: 'text' },
        { key: 'shows', label: 'Shows', kind: 'int' },
        { key: 'offered', label: 'Seats offered', kind: 'int' },
        { key: 'sold', label: 'Seats sold', kind: 'int' },
        { key: 'occupancy', label: 'Occupancy', kind: 'percent' },
        { key: 'revenue', label: 'Revenue', kind: 'money' },
      ],
      rows: d.screens.map((s) => ({ screen: s.screenName, shows: s.shows, offered: s.seatsOffered, sold: s.seatsSold, occupancy: s.occupancyPct, revenue: s.revenueMinor })),
    },
    shows('occupancy-by-show', `Occupancy by show on ${d.showDate}`, d.shows, d.theater.timezone),
    {
      id: 'revenue-by-theater',
      title: 'Revenue by theater',
      columns: [
        { key: 'theater', label: 'Theater', kind: 'text' },
        { key: 'bookings', label: 'Bookings', kind: 'int' },
        { key: 'seats', label: 'Seats sold', kind: 'int' },
        { key: 'occupancy', label: 'Occupancy', kind: 'percent' },
        { key: 'revenue', label: 'Revenue', kind: 'money' },
        { key: 'pointsDiscount', label: 'Points discount', kind: 'money' },
      ],
      rows: d.theaters.map((t) => ({
        theater: t.theater.name,
        bookings: t.totals.bookings,
        seats: t.totals.seatsSold,
        occupancy: t.totals.occupancyPct,
        revenue: t.totals.revenueMinor,
        pointsDiscount: t.totals.pointsDiscountMinor,
      })),
    },
  ];
}

/** The dashboard's tables. */
export function dashboardTables(d: DashboardData, timezone: string): ReportTable[] {
  return [
    shows('today', `Today's shows (${d.today})`, d.todaysShows, timezone),
    revenueByDay('revenue-by-day', d.days),
    channels('sales-by-channel', d.channels),
    movies('top-movies', 'Top movies, last 7 days', d.topMovies),
  ];
}
