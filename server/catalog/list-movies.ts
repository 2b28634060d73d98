import type { Movie } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { upcomingShows } from './city-shows.js';
import { sameWord } from './same-word.js';

export interface MovieSummary {
  id: string;
  title: string;
  languages: string[];
  genres: string[];
  durationMinutes: number;
  rating: number | null;
  certificate: Movie['certificate'];
}

const has = (list: string[], value: string) => list.some((x) => sameWord(x, value));

/**
 * Movies, best rated first. With a city: only those with a show on sale there in the next 7 days
 * of its theaters' calendars (7 gsi1 queries, one per day).
 */
export async function listMovies(db: Db, q: { cityId?: string; language?: string; genre?: string }, now: Date): Promise<MovieSummary[]> {
  const catalog = await loadCatalog(db);
  let showing: Set<string> | null = null;
  if (q.cityId) {
    if (!catalog.cities.some((c) => c.id === q.cityId)) {
      throw new AppError('invalid_request', 'Unknown city.', { fields: { city: 'No city has this id.' } });
    }
    const theaters = catalog.theaters.filter((t) => t.cityId === q.cityId);
    showing = new Set((await upcomingShows(db, q.cityId, theaters, now)).map((s) => s.movieId));
  }
  return catalog.movies
    .filter((m) => (!showing || showing.has(m.id)) && (!q.language || has(m.languages, q.language)) && (!q.genre || has(m.genres, q.genre)))
    .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0) || a.title.localeCompare(b.title))
    .map((m) => ({
      id: m.id,
      title: m.title,
      languages: m.languages,
      genres: m.genres,
      durationMinutes: m.durationMinutes,
      rating: m.rating,
      certificate: m.certificate,
    }));
}
