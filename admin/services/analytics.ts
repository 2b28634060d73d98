/**
 * Report figures from the aggregate items (server/store/sales-aggregates.ts): pure functions,
 * so every number on the dashboard and report pages can be checked without a store.
 */
import { CHANNELS, type DayAgg, type ShowAgg } from '../../server/store/sales-aggregates.js';
import { addDays } from '../../server/domain/theater-time.js';
import type { SalesChannelName } from '../../server/domain/booking.js';

export const PERIODS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIODS)[number];

export interface Period {
  from: string;
  to: string;
  days: number;
}

export function parsePeriod(raw: string | undefined, fallback: PeriodDays = 30): PeriodDays {
  const n = Number(raw);
  return (PERIODS as readonly number[]).includes(n) ? (n as PeriodDays) : fallback;
}

/** The `days` theater-local days ending with `today`. */
export function periodEnding(today: string, days: number): Period {
  return { from: addDays(today, -(days - 1)), to: today, days };
}

/** The period just before `p`, of the same length (for trends). */
export function previousPeriod(p: Period): Period {
  return periodEnding(addDays(p.from, -1), p.days);
}

const ZERO_DAY = (date: string): DayAgg => ({
  date, shows: 0, seatsOffered: 0, bookings: 0, seatsSold: 0, revenueMinor: 0, refundedMinor: 0, cancellations: 0,
  onlineBookings: 0, onlineSeats: 0, onlineRevenueMinor: 0, counterBookings: 0, counterSeats: 0, counterRevenueMinor: 0,
  kioskBookings: 0, kioskSeats: 0, kioskRevenueMinor: 0, pointsDiscountMinor: 0,
});

/** One entry per day of the period, oldest first; days without sales or shows are zeros. */
export function fillDays(p: Period, days: DayAgg[]): DayAgg[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const out: DayAgg[] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) out.push(byDate.get(d) ?? ZERO_DAY(d));
  return out;
}

/** Sold ÷ offered as a percentage with one decimal; 0 when nothing was offered. */
export function occupancyPct(sold: number, offered: number): number {
  return offered > 0 ? Math.round((sold / offered) * 1000) / 10 : 0;
}

export interface Totals {
  bookings: number;
  seatsSold: number;
  revenueMinor: number;
  refundedMinor: number;
  /** Ticket price paid with loyalty points. */
  pointsDiscountMinor: number;
  shows: number;
  seatsOffered: number;
  occupancyPct: number;
}

export function totalsOf(days: DayAgg[]): Totals {
  const t = days.reduce(
    (a, d) => ({
      bookings: a.bookings + d.bookings,
      seatsSold: a.seatsSold + d.seatsSold,
      revenueMinor: a.revenueMinor + d.revenueMinor,
      refundedMinor: a.refundedMinor + d.refundedMinor,
      pointsDiscountMinor: a.pointsDiscountMinor + d.pointsDiscountMinor,
      shows: a.shows + d.shows,
      seatsOffered: a.seatsOffered + d.seatsOffered,
    }),
    { bookings: 0, seatsSold: 0, revenueMinor: 0, refundedMinor: 0, pointsDiscountMinor: 0, shows: 0, seatsOffered: 0 },
  );
  return { ...t, occupancyPct: occupancyPct(t.seatsSold, t.seatsOffered) };
}

/** Change from `before` to `now` in percent (one decimal); null when there was nothing before. */
export function changePct(now: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}

export interface ChannelRow {
  channel: SalesChannelName;
  bookings: number;
  seats: number;
  revenueMinor: number;
}

export function byChannel(days: DayAgg[]): ChannelRow[] {
  return CHANNELS.map((channel) => ({
    channel,
    bookings: days.reduce((s, d) => s + d[`${channel}Bookings`], 0),
    seats: days.reduce((s, d) => s + d[`${channel}Seats`], 0),
    revenueMinor: days.reduce((s, d) => s + d[`${channel}RevenueMinor`], 0),
  }));
}

export interface MovieRow {
  movieId: string;
  movieTitle: string;
  shows: number;
  bookings: number;
  seatsSold: number;
  revenueMinor: number;
}

/** Revenue per movie, highest first (the top movies). */
export function byMovie(shows: ShowAgg[]): MovieRow[] {
  const rows = new Map<string, MovieRow>();
  for (const s of shows) {
    const r = rows.get(s.movieId) ?? { movieId: s.movieId, movieTitle: s.movieTitle, shows: 0, bookings: 0, seatsSold: 0, revenueMinor: 0 };
    if (s.status !== 'cancelled') r.shows++;
    r.bookings += s.bookings;
    r.seatsSold += s.seatsSold;
    r.revenueMinor += s.revenueMinor;
    rows.set(s.movieId, r);
  }
  return [...rows.values()].sort((a, b) => b.revenueMinor - a.revenueMinor || a.movieTitle.localeCompare(b.movieTitle));
}

export interface ScreenRow {
  screenId: string;
  screenName: string;
  shows: number;
  seatsOffered: number;
  seatsSold: number;
  occupancyPct: number;
  revenueMinor: number;
}

/** Occupancy per screen over the scheduled (not cancelled) shows. */
export function byScreen(shows: ShowAgg[]): ScreenRow[] {
  const rows = new Map<string, ScreenRow>();
  for (const s of shows) {
    if (s.status === 'cancelled') continue;
    const r = rows.get(s.screenId) ?? { screenId: s.screenId, screenName: s.screenName, shows: 0, seatsOffered: 0, seatsSold: 0, occupancyPct: 0, revenueMinor: 0 };
    r.shows++;
    r.seatsOffered += s.seatsOffered;
    r.seatsSold += s.seatsSold;
    r.revenueMinor += s.revenueMinor;
    rows.set(s.screenId, r);
  }
  return [...rows.values()]
    .map((r) => ({ ...r, occupancyPct: occupancyPct(r.seatsSold, r.seatsOffered) }))
    .sort((a, b) => a.screenName.localeCompare(b.screenName, 'en', { numeric: true }));
}
