import type { City, Movie } from '../domain/catalog.js';
import { TIME_OF_DAY_LABELS, TIMES_OF_DAY } from '../domain/time-of-day.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { dayLabel, pickDate, stripDates, type StripDate } from './browse-dates.js';
import { cityToday } from './city-shows.js';
import type { BrowseFilters } from './schemas.js';
import { searchShowtimes } from './search-showtimes.js';
import { toShowItem, type ShowItem } from './show-groups.js';
import { sameWord } from './same-word.js';

export type SearchFilters = Omit<BrowseFilters, 'city' | 'date'> & { city: string; date: string };

export interface Option {
  value: string;
  label: string;
}

export interface BrowseResult {
  cities: City[];
  city: City | null;
  filters: SearchFilters;
  dateLabel: string;
  dates: StripDate[];
  options: { movies: Option[]; theaters: Option[]; languages: Option[]; genres: Option[]; formats: Option[]; times: Option[] };
  movies: (Pick<Movie, 'id' | 'title' | 'languages' | 'genres' | 'certificate' | 'durationMinutes' | 'rating'> & { shows: ShowItem[] })[];
  showCount: number;
}

const canonical = (value: string | undefined, known: string[]) => (value ? (known.find((k) => sameWord(k, value)) ?? value) : undefined);
/** The values seen that day, plus the one picked even when nothing matches it any more. */
const choices = (known: string[], picked: string | undefined): Option[] =>
  [...new Set(picked ? [...known, picked] : known)].sort((a, b) => a.localeCompare(b)).map((v) => ({ value: v, label: v }));

/**
 * The search page: one city's shows on one of its days, narrowed by the filters and grouped by
 * movie. Filters that name nothing known are dropped rather than refused, so an old link still opens.
 */
export async function browseSearch(db: Db, raw: BrowseFilters, now: Date): Promise<BrowseResult> {
  const catalog = await loadCatalog(db);
  const theater = catalog.theaters.find((t) => t.id === raw.theater);
  const city = catalog.cities.find((c) => c.id === (theater?.cityId ?? raw.city)) ?? catalog.cities[0] ?? null;
  const cityTheaters = catalog.theaters.filter((t) => t.cityId === city?.id);
  const today = cityToday(cityTheaters, now);
  const date = pickDate(raw.date, today);
  const movie = catalog.movies.some((m) => m.id === raw.movie) ? raw.movie : undefined;
  const filters: SearchFilters = { ...raw, city: city?.id ?? '', date, theater: theater?.id, movie };
  const base = { cities: catalog.cities, city, filters, dateLabel: dayLabel(date, today), dates: stripDates(today) };
  const times = TIMES_OF_DAY.map((t) => ({ value: t, label: TIME_OF_DAY_LABELS[t] }));
  if (!city) {
    const options = { movies: [], theaters: [], languages: [], genres: [], formats: [], times };
    return { ...base, options, movies: [], showCount: 0 };
  }

  const { sameDay, showtimes } = await searchShowtimes(db, filters, now, catalog);
  const movieById = new Map(catalog.movies.map((m) => [m.id, m]));
  const dayMovies = [...new Set([...sameDay.map((s) => s.movieId), ...(movie ? [movie] : [])])]
    .map((id) => movieById.get(id))
    .filter((m): m is Movie => m !== undefined);
  const languages = sameDay.map((s) => s.language);
  const genres = dayMovies.flatMap((m) => m.genres);
  const formats = sameDay.map((s) => s.format);
  // A link typed as ?language=hindi selects the "Hindi" choice rather than adding a second one.
  filters.language = canonical(filters.language, languages);
  filters.genre = canonical(filters.genre, genres);
  filters.format = canonical(filters.format, formats);
  const options = {
    movies: dayMovies.map((m) => ({ value: m.id, label: m.title })).sort((a, b) => a.label.localeCompare(b.label)),
    theaters: cityTheaters.map((t) => ({ value: t.id, label: t.name })).sort((a, b) => a.label.localeCompare(b.label)),
    languages: choices(languages, filters.language),
    genres: choices(genres, filters.genre),
    formats: choices(formats, filters.format),
    times,
  };

  const byMovie = new Map<string, ShowItem[]>();
  for (const s of showtimes) byMovie.set(s.movieId, [...(byMovie.get(s.movieId) ?? []), toShowItem(s)]);
  const movies = [...byMovie.entries()]
    .flatMap(([id, shows]) => {
      const m = movieById.get(id);
      return m ? [{ ...pick(m), shows }] : [];
    })
    .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0) || a.title.localeCompare(b.title));
  return { ...base, options, movies, showCount: showtimes.length };
}

function pick(m: Movie) {
  const { id, title, languages, genres, certificate, durationMinutes, rating } = m;
  return { id, title, languages, genres, certificate, durationMinutes, rating };
}
