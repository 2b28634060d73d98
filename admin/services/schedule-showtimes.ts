import { randomBytes } from 'node:crypto';
import { layoutSeats } from '../../server/booking/layouts.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError, type FieldHint } from '../../server/domain/field-hints.js';
import { clashesWith, cleaningMinutesOf, showEndsAt, slotsOverlap, type BusySlot } from '../../server/domain/showtime-overlap.js';
import { clockText } from '../../server/domain/show-time-label.js';
import { isoInZone, localDate } from '../../server/domain/theater-time.js';
import { getMovie, getScreen } from '../../server/store/catalog-admin.js';
import { addScheduledShows } from '../../server/store/sales-aggregates.js';
import { readScreenSchedule } from '../../server/store/screen-schedule.js';
import { createShowtimes } from '../../server/store/showtime-writes.js';
import { getTheater } from '../../server/store/theaters.js';
import type { AdminDeps } from '../deps.js';
import { auditOf } from './audit-log.js';
import { pricedTypes } from './layout-editor.js';
import { checkPrices, pricesText } from './show-prices.js';

export const FORMATS = ['2D', '3D', 'IMAX 2D', 'IMAX 3D', '4DX', '2D Dolby Atmos'] as const;

export interface ScheduleRequest {
  movieId: string;
  screenId: string;
  /** UTC instants (from one startsAt, or a repeating schedule read in the theater's zone). */
  starts: Date[];
  language: string;
  format: string;
  prices: Record<string, unknown>;
}

type Who = { id: string; email: string; name: string };

function overlapError(screenName: string, clash: BusySlot & { movieTitle?: string }, timezone: string, cleaning: number): AppError {
  const what = clash.movieTitle ? `${clash.movieTitle} plays` : 'Another show plays';
  const span = `${clockText(new Date(clash.startsAt), timezone)}–${clockText(new Date(clash.endsAt), timezone)} on ${localDate(new Date(clash.startsAt), timezone)}`;
  return new AppError('showtime_overlap', `${screenName} is busy: ${what} ${span}, and the screen needs ${cleaning} minutes of cleaning after each show.`, {
    showtimeId: clash.showtimeId,
    startsAt: isoInZone(new Date(clash.startsAt), timezone),
    endsAt: isoInZone(new Date(clash.endsAt), timezone),
    cleaningMinutes: cleaning,
    formHint: busyHint(screenName, clash, timezone, cleaning),
  });
}

/** The same clash as a hint the admin pages say in their language. */
export function busyHint(screen: string, clash: BusySlot & { movieTitle?: string }, timezone: string, cleaning: number): FieldHint {
  const from = isoInZone(new Date(clash.startsAt), timezone);
  const to = isoInZone(new Date(clash.endsAt), timezone);
  return { code: 'screenBusy', screen, movie: clash.movieTitle ?? '', from: from.slice(11, 16), to: to.slice(11, 16), date: from.slice(0, 10), cleaning };
}

/**
 * Schedules one or more shows of a movie on a screen, all or none. Each show lasts the film
 * plus trailers; two shows on a screen need the theater's cleaning time between them (409
 * `showtime_overlap`, naming the show in the way). The check reads only the screen's slots
 * around the new shows, and the write fails if anyone scheduled the screen in between.
 */
export async function scheduleShowtimes(deps: Pick<AdminDeps, 'db' | 'clock' | 'log'>, who: Who, req: ScheduleRequest): Promise<Showtime[]> {
  const { db } = deps;
  const screen = await getScreen(db, req.screenId);
  if (!screen) throw new AppError('not_found', 'There is no screen with that id.');
  const [movie, theater] = await Promise.all([getMovie(db, req.movieId), getTheater(db, screen.theaterId)]);
  if (!movie) throw new AppError('not_found', 'There is no movie with that id.');
  if (!theater) throw new AppError('not_found', 'The screen belongs to no theater.');
  const language = movie.languages.find((l) => l.toLowerCase() === req.language.trim().toLowerCase());
  if (!language) {
    throw fieldsError(`${movie.title} is available in ${movie.languages.join(', ')}.`, { language: [`Choose one of ${movie.languages.join(', ')}.`, { code: 'oneOf', options: movie.languages }] });
  }
  if (!(FORMATS as readonly string[]).includes(req.format)) {
    throw fieldsError(`Format must be one of ${FORMATS.join(', ')}.`, { format: [`One of ${FORMATS.join(', ')}.`, { code: 'oneOf', options: [...FORMATS] }] });
  }
  const prices = checkPrices(req.prices, pricedTypes(await layoutSeats(db, screen.id, screen.layoutVersion)));
  const now = deps.clock();
  const past = req.starts.find((s) => s.getTime() <= now.getTime());
  if (past) throw fieldsError(`A show cannot start in the past (${isoInZone(past, theater.timezone)}).`, { startsAt: ['In the past.', { code: 'past' }] });

  const cleaning = cleaningMinutesOf(theater);
  const shows: Showtime[] = [...req.starts]
    .sort((a, b) => a.getTime() - b.getTime())
    .map((start) => {
      const date = localDate(start, theater.timezone);
      const clock = isoInZone(start, theater.timezone).slice(11, 16).replace(':', '');
      return {
        id: `${screen.id}-${date.replaceAll('-', '')}-${clock}-${randomBytes(2).toString('hex')}`,
        movieId: movie.id,
        theaterId: theater.id,
        screenId: screen.id,
        cityId: theater.cityId,
        startsAt: start.toISOString(),
        endsAt: showEndsAt(start, movie.durationMinutes).toISOString(),
        timezone: theater.timezone,
        localDate: date,
        language,
        format: req.format,
        prices,
        layoutVersion: screen.layoutVersion,
        seatsTotal: screen.seatsTotal,
        seatsSold: 0,
        status: 'scheduled',
        movieTitle: movie.title,
        theaterName: theater.name,
        screenName: screen.name,
      };
    });
  for (let i = 1; i < shows.length; i++) {
    if (slotsOverlap(shows[i - 1], shows[i], cleaning)) {
      throw overlapError(screen.name, { showtimeId: shows[i - 1].id, startsAt: shows[i - 1].startsAt, endsAt: shows[i - 1].endsAt, movieTitle: movie.title }, theater.timezone, cleaning);
    }
  }

  const first = new Date(shows[0].startsAt);
  const last = new Date(shows[shows.length - 1].endsAt);
  const audit = auditOf(
    who,
    theater.id,
    'showtime.create',
    shows.length === 1 ? shows[0].id : `${shows[0].id} +${shows.length - 1}`,
    {
      after: `${movie.title} (${language}, ${req.format}) on ${screen.name}: ${shows.length} ${shows.length === 1 ? 'show' : 'shows'} ${shows[0].localDate}${shows.length > 1 ? ` – ${shows[shows.length - 1].localDate}` : ''} at ${[...new Set(shows.map((s) => clockText(new Date(s.startsAt), theater.timezone)))].join(', ')}; ${pricesText(prices)}`,
      afterNote: {
        kind: 'shows',
        movieTitle: movie.title,
        language,
        format: req.format,
        screen: screen.name,
        count: shows.length,
        firstDate: shows[0].localDate,
        lastDate: shows[shows.length - 1].localDate,
        // One start per time of day (the first show at it), read on the theater's clock.
        times: shows.filter((s, i) => shows.findIndex((o) => clockText(new Date(o.startsAt), theater.timezone) === clockText(new Date(s.startsAt), theater.timezone)) === i).map((s) => s.startsAt),
        timezone: theater.timezone,
        prices,
      },
    },
    now,
  );
  for (let attempt = 1; ; attempt++) {
    const schedule = await readScreenSchedule(db, screen.id, new Date(first.getTime() - cleaning * 60_000), new Date(last.getTime() + cleaning * 60_000));
    for (const s of shows) {
      const [clash] = clashesWith(schedule.slots, { showtimeId: s.id, startsAt: s.startsAt, endsAt: s.endsAt }, cleaning);
      if (clash) throw overlapError(screen.name, clash, theater.timezone, cleaning);
    }
    const result = await createShowtimes(db, shows, schedule.version, audit);
    if (result === 'ok') break;
    if (result === 'changed' || attempt >= 5) throw new AppError('edit_conflict', 'The screen\u2019s schedule kept changing while saving. Try again.');
  }
  await addScheduledShows(db, shows).catch((err: unknown) =>
    deps.log('warn', 'scheduled shows not counted in reports', { screenId: screen.id, error: (err as Error).message }),
  );
  return shows;
}
