import type { Theater } from '../../server/domain/catalog.js';
import { addDays, localDate } from '../../server/domain/theater-time.js';
import type { Db } from '../../server/store/db.js';
import { dayAggregates, showAggregates, type DayAgg, type ShowAgg } from '../../server/store/sales-aggregates.js';
import {
  byChannel,
  byMovie,
  byScreen,
  fillDays,
  periodEnding,
  previousPeriod,
  totalsOf,
  type ChannelRow,
  type MovieRow,
  type Period,
  type PeriodDays,
  type ScreenRow,
  type Totals,
} from './analytics.js';

/**
 * The reads behind the dashboard and the reports: only aggregate items (a day item per day, a
 * show item per show), never the bookings themselves, so a page costs the same after 50 or
 * 50,000 bookings.
 */
export interface DashboardData {
  today: string;
  period: Period;
  days: DayAgg[];
  totals: Totals;
  todayTotals: DayAgg;
  channels: ChannelRow[];
  /** Over the last 7 days. */
  topMovies: MovieRow[];
  todaysShows: ShowAgg[];
  /** Sold so far for the shows of the next 14 days (advance bookings). */
  advance: Totals;
}

/** How far ahead the dashboard counts advance sales. */
export const ADVANCE_DAYS = 14;

export async function dashboardData(db: Db, theater: Theater, now: Date, days: PeriodDays): Promise<DashboardData> {
  const today = localDate(now, theater.timezone);
  const period = periodEnding(today, days);
  const week = periodEnding(today, 7);
  const [dayItems, weekShows, ahead] = await Promise.all([
    dayAggregates(db, theater.id, period.from, period.to),
    showAggregates(db, theater.id, week.from, week.to),
    dayAggregates(db, theater.id, addDays(today, 1), addDays(today, ADVANCE_DAYS)),
  ]);
  const filled = fillDays(period, dayItems);
  return {
    today,
    period,
    days: filled,
    totals: totalsOf(filled),
    todayTotals: filled[filled.length - 1],
    channels: byChannel(filled),
    topMovies: byMovie(weekShows).slice(0, 5),
    todaysShows: weekShows.filter((s) => s.date === today).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    advance: totalsOf(ahead),
  };
}

export interface ReportData {
  theater: Theater;
  today: string;
  period: Period;
  days: DayAgg[];
  totals: Totals;
  previousTotals: Totals;
  channels: ChannelRow[];
  movies: MovieRow[];
  screens: ScreenRow[];
  /** Shows of `showDate`, by start. */
  showDate: string;
  shows: ShowAgg[];
  /** Every theater of the report's reader (revenue by theater), with its totals over the period. */
  theaters: { theater: Theater; totals: Totals }[];
}

export async function reportData(
  db: Db,
  theater: Theater,
  opts: { now: Date; days: PeriodDays; showDate?: string; theaters: Theater[] },
): Promise<ReportData> {
  const today = localDate(opts.now, theater.timezone);
  const period = periodEnding(today, opts.days);
  const previous = previousPeriod(period);
  const showDate = opts.showDate ?? today;
  const others = opts.theaters.filter((t) => t.id !== theater.id);
  const [current, before, periodShows, dateShows, otherDays] = await Promise.all([
    dayAggregates(db, theater.id, period.from, period.to),
    dayAggregates(db, theater.id, previous.from, previous.to),
    showAggregates(db, theater.id, period.from, period.to),
    showDate >= period.from && showDate <= period.to ? null : showAggregates(db, theater.id, showDate, showDate),
    Promise.all(others.map((t) => {
      const p = periodEnding(localDate(opts.now, t.timezone), opts.days);
      return dayAggregates(db, t.id, p.from, p.to);
    })),
  ]);
  const days = fillDays(period, current);
  const totals = totalsOf(days);
  const theaters = [{ theater, totals }, ...others.map((t, i) => ({ theater: t, totals: totalsOf(otherDays[i]) }))].sort(
    (a, b) => b.totals.revenueMinor - a.totals.revenueMinor || a.theater.name.localeCompare(b.theater.name),
  );
  return {
    theater,
    today,
    period,
    days,
    totals,
    previousTotals: totalsOf(fillDays(previous, before)),
    channels: byChannel(days),
    movies: byMovie(periodShows),
    screens: byScreen(periodShows),
    showDate,
    shows: (dateShows ?? periodShows.filter((s) => s.date === showDate)).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    theaters,
  };
}
