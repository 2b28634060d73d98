import type { Showtime, Theater } from '../domain/catalog.js';
import { salesState } from '../domain/sales-window.js';
import { addDays, localDate } from '../domain/theater-time.js';
import { listShowtimesByCityDate } from '../store/catalog.js';
import type { Db } from '../store/db.js';

export const BROWSE_DAYS = 7;
const FALLBACK_ZONE = 'Asia/Kolkata';

/** Still bookable online: scheduled and not started. */
export function onSale(s: Showtime, now: Date): boolean {
  return salesState(s, now, 'online').open;
}

export function byStart(a: Showtime, b: Showtime): number {
  return a.startsAt.localeCompare(b.startsAt) || a.theaterName.localeCompare(b.theaterName) || a.screenName.localeCompare(b.screenName);
}

/** The city's "today": its first theater's, as every theater of a city shares a zone in practice. */
export function cityToday(theaters: Theater[], now: Date): string {
  return localDate(now, theaters[0]?.timezone ?? FALLBACK_ZONE);
}

/** `days` days from each theater's own today; a show belongs to the window of its theater's calendar. */
function calendarWindow(theater: Pick<Theater, 'timezone'>, now: Date, days: number): { from: string; to: string } {
  const from = localDate(now, theater.timezone);
  return { from, to: addDays(from, days - 1) };
}

/** A city's shows on theater-local dates: one gsi1 Query per date, run side by side. */
export async function showsOnDates(db: Db, cityId: string, dates: string[]): Promise<Showtime[]> {
  const lists = await Promise.all([...new Set(dates)].map((d) => listShowtimesByCityDate(db, cityId, d)));
  return lists.flat();
}

/** Shows on sale in the city's theaters over the next `days` days of each theater's calendar. */
export async function upcomingShows(db: Db, cityId: string, theaters: Theater[], now: Date, days = BROWSE_DAYS): Promise<Showtime[]> {
  const windows = new Map(theaters.map((t) => [t.id, calendarWindow(t, now, days)]));
  const dates = [...windows.values()].flatMap((w) => Array.from({ length: days }, (_, i) => addDays(w.from, i)));
  const shows = await showsOnDates(db, cityId, dates);
  return shows
    .filter((s) => {
      const w = windows.get(s.theaterId);
      return w !== undefined && s.localDate >= w.from && s.localDate <= w.to && onSale(s, now);
    })
    .sort(byStart);
}
