import type { Theater } from '../domain/catalog.js';
import { addDays, localDate } from '../domain/theater-time.js';
import type { Db } from '../store/db.js';
import { showAggregates } from '../store/sales-aggregates.js';

/** Per movie in one city: seats sold this week and the languages of its shows still ahead. */
export interface CityMovieWeek {
  seats: number;
  seatsByLanguage: Record<string, number>;
  upcomingLanguages: string[];
}

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; week: Map<string, CityMovieWeek> }>();

/**
 * A city's week from the report counters the booking path already keeps (`AGG#<theaterId>`
 * `S#<date>#<show>` items, docs/admin-panel.md): shows from 6 days back to 6 days ahead, one
 * Query per theater, nothing added to the booking path. "This week" counts seats sold for shows
 * of those days (the counters are kept by the show's day, not the day of the sale), which also
 * counts advance sales for the coming days. Kept for a minute per city: a home page must not read
 * every show item of a city on every visit.
 */
export async function cityWeek(db: Db, cityId: string, theaters: Theater[], now: Date): Promise<Map<string, CityMovieWeek>> {
  const key = `${db.table}#${cityId}`;
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS && now.getTime() >= hit.at) return hit.week;
  const lists = await Promise.all(
    theaters.map((t) => {
      const today = localDate(now, t.timezone);
      return showAggregates(db, t.id, addDays(today, -6), addDays(today, 6));
    }),
  );
  const week = new Map<string, CityMovieWeek>();
  const at = now.toISOString();
  for (const s of lists.flat()) {
    if (s.status !== 'scheduled') continue;
    const m = week.get(s.movieId) ?? { seats: 0, seatsByLanguage: {}, upcomingLanguages: [] };
    m.seats += s.seatsSold;
    if (s.language) {
      m.seatsByLanguage[s.language] = (m.seatsByLanguage[s.language] ?? 0) + s.seatsSold;
      if (s.startsAt > at && !m.upcomingLanguages.includes(s.language)) m.upcomingLanguages.push(s.language);
    }
    week.set(s.movieId, m);
  }
  cache.set(key, { at: now.getTime(), week });
  return week;
}
