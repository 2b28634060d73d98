import type { City } from '../domain/catalog.js';
import type { Lang } from '../domain/i18n/lang.js';
import { recommend, type Candidate, type Recommendation, type Watched } from '../domain/recommend.js';
import { userMovieHistory } from '../store/user-movie-history.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { cityWeek } from './city-week.js';

/** The movie language a page language stands for (English pages name none). */
const PAGE_LANGUAGE: Partial<Record<Lang, string>> = { hi: 'Hindi', te: 'Telugu' };

export interface RecommendedRow {
  city: City;
  signedIn: boolean;
  items: Recommendation[];
}

/**
 * The home page's row for one city: movies now showing there, for a signed-in person ranked by
 * their own bookings (the movies of their "My bookings", any history, up to 40 movies:
 * store/user-movie-history.ts) and the city's week; signed out, the city's
 * most booked. Null when the city has nothing to show.
 */
export async function recommendedFor(
  db: Db,
  opts: { cityId: string; userId: string | null; lang: Lang },
  now: Date,
): Promise<RecommendedRow | null> {
  const catalog = await loadCatalog(db);
  const city = catalog.cities.find((c) => c.id === opts.cityId);
  if (!city) return null;
  const theaters = catalog.theaters.filter((t) => t.cityId === city.id);
  const [week, history] = await Promise.all([cityWeek(db, city.id, theaters, now), opts.userId ? userMovieHistory(db, opts.userId, now) : Promise.resolve(null)]);
  const movies = new Map(catalog.movies.map((m) => [m.id, m]));
  const nowShowing: Candidate[] = [];
  for (const [movieId, w] of week) {
    const m = movies.get(movieId);
    if (!m || w.upcomingLanguages.length === 0) continue;
    nowShowing.push({ movieId, title: m.title, genres: m.genres, showLanguages: w.upcomingLanguages, seats: w.seats, seatsByLanguage: w.seatsByLanguage });
  }
  let person = null;
  if (history) {
    const watched: Watched[] = [];
    for (const id of history.watched) {
      const m = movies.get(id);
      if (m) watched.push({ movieId: m.id, title: m.title, genres: m.genres, languages: m.languages });
    }
    const language = PAGE_LANGUAGE[opts.lang];
    person = { watched, booked: history.booked, languages: language ? [language] : [] };
  }
  const items = recommend({ city: city.name, nowShowing, person });
  return items.length ? { city, signedIn: person !== null, items } : null;
}
