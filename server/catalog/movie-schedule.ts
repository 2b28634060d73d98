import type { City, Movie } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { cityToday, upcomingShows } from './city-shows.js';
import { groupByDay, type DayGroup } from './show-groups.js';

export interface MovieSchedule {
  movie: Movie;
  cities: City[];
  city: City | null;
  /** The next 7 days with shows, each by theater. */
  days: DayGroup[];
}

/** A movie and its shows on sale in one city (the first city when none or an unknown one is asked for). */
export async function movieSchedule(db: Db, movieId: string, cityId: string | undefined, now: Date): Promise<MovieSchedule> {
  const catalog = await loadCatalog(db);
  const movie = catalog.movies.find((m) => m.id === movieId);
  if (!movie) throw new AppError('not_found', 'We could not find that movie.');
  const city = catalog.cities.find((c) => c.id === cityId) ?? catalog.cities[0] ?? null;
  if (!city) return { movie, cities: [], city: null, days: [] };
  const theaters = catalog.theaters.filter((t) => t.cityId === city.id);
  const shows = (await upcomingShows(db, city.id, theaters, now)).filter((s) => s.movieId === movie.id);
  const days = groupByDay(shows, cityToday(theaters, now), (s) => ({ id: s.theaterId, name: s.theaterName }));
  return { movie, cities: catalog.cities, city, days };
}
