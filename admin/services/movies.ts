import { z } from 'zod';
import type { Movie } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { getMovie, saveMovie } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';
import { intField, listField, parseForm, slugOf } from './form-input.js';

export const CERTIFICATES = ['U', 'UA', 'UA7+', 'UA13+', 'UA16+', 'A', 'S'] as const;

const movieSchema = z.object({
  title: z.string().trim().min(1, 'Give the title.').max(120, 'At most 120 characters.'),
  languages: listField('Languages', 8, 30).refine((a) => a.length > 0, 'Give at least one language, e.g. Hindi, Telugu.'),
  genres: listField('Genres', 8, 30),
  certificate: z.enum(CERTIFICATES, { message: 'Choose the CBFC certificate.' }),
  durationMinutes: intField('Duration', 30, 360),
  synopsis: z.string().trim().max(2000, 'At most 2,000 characters.').default(''),
  cast: listField('Cast', 30, 60),
  releaseDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the release date as YYYY-MM-DD.'),
});

export function movieForm(m: Movie): Record<string, string> {
  return {
    title: m.title,
    languages: m.languages.join(', '),
    genres: m.genres.join(', '),
    certificate: m.certificate,
    durationMinutes: String(m.durationMinutes),
    synopsis: m.synopsis,
    cast: m.cast.join(', '),
    releaseDate: m.releaseDate,
  };
}

/** Adds a movie (its id from the title, a number added if taken). Movies are shared by every theater. */
export async function addMovie(db: Db, form: Record<string, string>): Promise<Movie> {
  const input = parseForm(movieSchema, form);
  const base = slugOf(input.title);
  for (let n = 1; n <= 20; n++) {
    const movie: Movie = { id: n === 1 ? base : `${base}-${n}`, ...input, rating: null };
    if (await saveMovie(db, movie, { create: true })) return movie;
  }
  throw new AppError('invalid_request', 'Too many movies share that title.', { fields: { title: 'Choose another title.' } });
}

/**
 * Edits a movie's details. Showtimes already scheduled keep the title they were listed with;
 * the duration counts for shows scheduled from now on.
 */
export async function editMovie(db: Db, id: string, form: Record<string, string>): Promise<Movie> {
  const old = await getMovie(db, id);
  if (!old) throw new AppError('not_found', 'There is no movie with that id.');
  const movie: Movie = { ...old, ...parseForm(movieSchema, form) };
  if (!(await saveMovie(db, movie, { create: false }))) throw new AppError('not_found', 'There is no movie with that id.');
  return movie;
}
