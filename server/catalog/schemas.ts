import { z } from 'zod';
import { TIMES_OF_DAY } from '../domain/time-of-day.js';

/** An absent query parameter and an empty one (a form's "All") mean the same: no filter. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const id = z.string().trim().max(100, { message: 'Use at most 100 characters.' });
const word = z.string().trim().max(50, { message: 'Use at most 50 characters.' });

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date as YYYY-MM-DD.' })
  .refine(isCalendarDate, { message: 'That day does not exist.' });

const flag = z.enum(['1', 'true', '0', 'false'], { message: 'Use 1 or 0.' }).transform((v) => v === '1' || v === 'true');

export const movieQuery = z.object({
  city: optional(id),
  language: optional(word),
  genre: optional(word),
});

const showtimeFilters = {
  city: optional(id),
  theater: optional(id),
  movie: optional(id),
  date: optional(date),
  language: optional(word),
  genre: optional(word),
  format: optional(word),
  time: optional(z.enum(TIMES_OF_DAY, { message: `Use one of ${TIMES_OF_DAY.join(', ')}.` })),
};

const CITY_OR_THEATER = 'Give a city or a theater.';

export const showtimeQuery = z
  .object({ ...showtimeFilters, includePast: optional(flag) })
  .superRefine((q, ctx) => {
    if (q.city || q.theater) return;
    ctx.addIssue({ code: 'custom', path: ['city'], message: CITY_OR_THEATER });
    ctx.addIssue({ code: 'custom', path: ['theater'], message: CITY_OR_THEATER });
  });

export type MovieQuery = z.infer<typeof movieQuery>;
export type ShowtimeQuery = z.infer<typeof showtimeQuery>;

/**
 * The browse pages read the same filters, but a link with one bad value still shows a page:
 * the bad value is dropped, the rest apply.
 */
export function lenientFilters(raw: Record<string, string | undefined>) {
  const out: Partial<Omit<ShowtimeQuery, 'includePast'>> = {};
  for (const [key, schema] of Object.entries(showtimeFilters)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success && parsed.data !== undefined) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}
export type BrowseFilters = ReturnType<typeof lenientFilters>;
