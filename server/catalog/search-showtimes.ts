import type { City, Showtime, Theater } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { localDate } from '../domain/theater-time.js';
import { timeOfDay, type TimeOfDay } from '../domain/time-of-day.js';
import { loadCatalog, type Catalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { byStart, onSale, showsOnDates } from './city-shows.js';
import { sameWord } from './same-word.js';

export interface ShowtimeSearch {
  city?: string;
  theater?: string;
  movie?: string;
  /** Theater-local `YYYY-MM-DD`; absent means each theater's today. */
  date?: string;
  language?: string;
  genre?: string;
  format?: string;
  time?: TimeOfDay;
  includePast?: boolean;
}

export interface ShowtimeSearchResult {
  city: City;
  theater: Theater | null;
  /** The shows of the day in the city (or theater), on sale unless includePast, before the other filters. */
  sameDay: Showtime[];
  showtimes: Showtime[];
}

function unknown(field: 'city' | 'theater'): AppError {
  return new AppError('invalid_request', `Unknown ${field}.`, { fields: { [field]: `No ${field} has this id.` } });
}

/**
 * Showtimes of one city (or one theater, which implies its city) on one day read in the theater's
 * zone, narrowed by every filter given. Found through gsi1 (city + theater-local date), never a scan.
 */
export async function searchShowtimes(db: Db, q: ShowtimeSearch, now: Date, catalog?: Catalog): Promise<ShowtimeSearchResult> {
  const cat = catalog ?? (await loadCatalog(db));
  const theater = q.theater ? (cat.theaters.find((t) => t.id === q.theater) ?? null) : null;
  if (q.theater && !theater) throw unknown('theater');
  const city = cat.cities.find((c) => c.id === (theater?.cityId ?? q.city));
  if (!city) throw unknown('city');

  const scope = theater ? [theater] : cat.theaters.filter((t) => t.cityId === city.id);
  if (scope.length === 0 || (theater && q.city && q.city !== theater.cityId)) {
    return { city, theater, sameDay: [], showtimes: [] };
  }
  const inScope = new Set(scope.map((t) => t.id));
  const dates = q.date ? [q.date] : scope.map((t) => localDate(now, t.timezone));
  const sameDay = (await showsOnDates(db, city.id, dates))
    .filter((s) => inScope.has(s.theaterId))
    .filter((s) => q.date !== undefined || s.localDate === localDate(now, s.timezone))
    .filter((s) => (q.includePast ? s.status === 'scheduled' : onSale(s, now)))
    .sort(byStart);

  const genresOf = new Map(cat.movies.map((m) => [m.id, m.genres]));
  const showtimes = sameDay.filter(
    (s) =>
      (!q.movie || s.movieId === q.movie) &&
      (!q.language || sameWord(s.language, q.language)) &&
      (!q.format || sameWord(s.format, q.format)) &&
      (!q.genre || (genresOf.get(s.movieId) ?? []).some((g) => sameWord(g, q.genre!))) &&
      (!q.time || timeOfDay(new Date(s.startsAt), s.timezone) === q.time),
  );
  return { city, theater, sameDay, showtimes };
}
