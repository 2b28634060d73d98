import type { Theater } from '../domain/catalog.js';
import { addDays, localDate } from '../domain/theater-time.js';
import type { Db } from '../store/db.js';
import { movieSalesBetween } from '../store/movie-sales.js';
import { showAggregates } from '../store/sales-aggregates.js';

/** Per movie in one city: seats sold in the last 7 days and the languages of its shows still ahead. */
export interface CityMovieWeek {
  seats: number;
  seatsByLanguage: Record<string, number>;
  upcomingLanguages: string[];
}

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; week: Map<string, CityMovieWeek> }>();

/**
 * A city's week, per theater in parallel: seats **sold in the last 7 days** by the day of the sale
 * (today and the 6 days before, on the theater's calendar; `AGG#<theaterId>` `SOLD#<date>` items,
 * store/movie-sales.ts, at most 7 small items a theater) and the languages of the shows still
 * ahead in the next 6 days (the report counters' show items, docs/admin-panel.md). Kept for a
 * minute per city: a home page must not read a city's counters on every visit.
 */
export async function cityWeek(db: Db, cityId: string, theaters: Theater[], now: Date): Promise<Map<string, CityMovieWeek>> {
  const key = `${db.table}#${cityId}`;
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS && now.getTime() >= hit.at) return hit.week;
  const lists = await Promise.all(
    theaters.map((t) => {
      const today = localDate(now, t.timezone);
      return Promise.all([movieSalesBetween(db, t.id, addDays(today, -6), today), showAggregates(db, t.id, today, addDays(today, 6))]);
    }),
  );
  const week = new Map<string, CityMovieWeek>();
  const of = (movieId: string) => week.get(movieId) ?? week.set(movieId, { seats: 0, seatsByLanguage: {}, upcomingLanguages: [] }).get(movieId)!;
  const at = now.toISOString();
  for (const [sold, shows] of lists) {
    for (const [movieId, s] of sold) {
      const m = of(movieId);
      m.seats += s.seats;
      for (const [language, n] of Object.entries(s.seatsByLanguage)) m.seatsByLanguage[language] = (m.seatsByLanguage[language] ?? 0) + n;
    }
    for (const s of shows) {
      if (s.status !== 'scheduled' || !s.language || s.startsAt <= at) continue;
      const m = of(s.movieId);
      if (!m.upcomingLanguages.includes(s.language)) m.upcomingLanguages.push(s.language);
    }
  }
  // A cancellation of a sale counted before these counters existed would go below zero.
  for (const m of week.values()) {
    m.seats = Math.max(0, m.seats);
    for (const l of Object.keys(m.seatsByLanguage)) m.seatsByLanguage[l] = Math.max(0, m.seatsByLanguage[l]);
  }
  cache.set(key, { at: now.getTime(), week });
  return week;
}
