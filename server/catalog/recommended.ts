import type { City } from '../domain/catalog.js';
import type { Lang } from '../domain/i18n/lang.js';
import { recommend, type Candidate, type Recommendation, type Watched } from '../domain/recommend.js';
import { listUserBookings } from '../store/bookings.js';
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
 * their own bookings (one Query of "My bookings") and the city's week; signed out, the city's
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
  const [week, bookings] = await Promise.all([cityWeek(db, city.id, theaters, now), opts.userId ? listUserBookings(db, opts.userId) : Promise.resolve(null)]);
  const movies = new Map(catalog.movies.map((m) => [m.id, m]));
  const nowShowing: Candidate[] = [];
  for (const [movieId, w] of week) {
    const m = movies.get(movieId);
    if (!m || w.upcomingLanguages.length === 0) continue;
    nowShowing.push({ movieId, title: m.title, genres: m.genres, showLanguages: w.upcomingLanguages, seats: w.seats, seatsByLanguage: w.seatsByLanguage });
  }
  let person = null;
  if (bookings) {
    const confirmed = bookings.filter((b) => b.status === 'confirmed');
    const watched: Watched[] = [];
    for (const b of confirmed) {
      const m = movies.get(b.movieId);
      if (m && new Date(b.startsAt) <= now && !watched.some((w) => w.movieId === m.id)) {
        watched.push({ movieId: m.id, title: m.title, genres: m.genres, languages: m.languages });
      }
    }
    const language = PAGE_LANGUAGE[opts.lang];
    person = { watched, booked: confirmed.map((b) => b.movieId), languages: language ? [language] : [] };
  }
  const items = recommend({ city: city.name, nowShowing, person });
  return items.length ? { city, signedIn: person !== null, items } : null;
}
