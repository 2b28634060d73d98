import type { City, Theater } from '../domain/catalog.js';
import { describePolicy, type PolicyWords } from '../domain/cancellation-policy.js';
import { AppError } from '../domain/errors.js';
import { localDate } from '../domain/theater-time.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { dayLabel, pickDate, stripDates, type StripDate } from './browse-dates.js';
import { searchShowtimes } from './search-showtimes.js';
import { groupByDay, type DayGroup } from './show-groups.js';

export interface TheaterSchedule {
  theater: Theater;
  city: City | null;
  /** The cancellation policy in sentences for people. */
  policy: string[];
  date: string;
  dateLabel: string;
  dates: StripDate[];
  /** The day's shows on sale, by movie (one day, or none when nothing is left). */
  days: DayGroup[];
}

/**
 * A theater and its shows on sale on one of its days (today unless another is asked for): one
 * gsi1 query for the city's day, narrowed to this theater.
 */
export async function theaterSchedule(db: Db, theaterId: string, askedDate: string | undefined, now: Date, policyWords?: PolicyWords): Promise<TheaterSchedule> {
  const catalog = await loadCatalog(db);
  const theater = catalog.theaters.find((t) => t.id === theaterId);
  if (!theater) throw new AppError('not_found', 'We could not find that theater.');
  const today = localDate(now, theater.timezone);
  const date = pickDate(askedDate, today);
  const { showtimes } = await searchShowtimes(db, { theater: theater.id, date }, now, catalog);
  return {
    theater,
    city: catalog.cities.find((c) => c.id === theater.cityId) ?? null,
    policy: describePolicy(theater.cancellationPolicy, policyWords),
    date,
    dateLabel: dayLabel(date, today),
    dates: stripDates(today),
    days: groupByDay(showtimes, today, (s) => ({ id: s.movieId, name: s.movieTitle })),
  };
}
