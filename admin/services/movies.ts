import { z } from 'zod';
import type { Movie } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { getMovie, saveMovie } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';
import { fieldsError, rule } from '../../server/domain/field-hints.js';
import { intField, listField, parseForm, slugOf, textField } from './form-input.js';

export const CERTIFICATES = ['U', 'UA', 'UA7+', 'UA13+', 'UA16+', 'A', 'S'] as const;

const movieSchema = z.object({
  title: textField({ min: 1, tooShort: 'Give the title.', max: 120, tooLong: 'At most 120 characters.' }),
  languages: listField('Languages', 8, 30).refine((a) => a.length > 0, rule('Give at least one language, e.g. Hindi, Telugu.', { code: 'atLeastOne' })),
  genres: listField('Genres', 8, 30),
  certificate: z
    .string()
    .refine((s) => (CERTIFICATES as readonly string[]).includes(s), rule('Choose the CBFC certificate.', { code: 'certificate' }))
    .transform((s) => s as (typeof CERTIFICATES)[number]),
  durationMinutes: intField('Duration', 30, 360),
  synopsis: textField({ max: 2000, tooLong: 'At most 2,000 characters.' }).default(''),
  cast: listField('Cast', 30, 60),
  releaseDate: z
    .string()
    .trim()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), rule('Give the release date as YYYY-MM-DD.', { code: 'date' })),
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
  throw fieldsError('Too many movies share that title.', { title: ['Choose another title.', { code: 'nameTaken' }] });
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
