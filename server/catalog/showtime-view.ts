import type { Showtime } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { isoInZone } from '../domain/theater-time.js';
import { getShowtime } from '../store/catalog.js';
import type { Db } from '../store/db.js';

/** A showtime as API.md shows it; `status` is an extra field the contract allows. */
export interface ShowtimeView {
  id: string;
  movieId: string;
  movieTitle: string;
  theaterId: string;
  theaterName: string;
  screenId: string;
  screenName: string;
  city: string;
  startsAt: string;
  timezone: string;
  language: string;
  format: string;
  seatsAvailable: number;
  seatsTotal: number;
  status: Showtime['status'];
}

export function toShowtimeView(s: Showtime): ShowtimeView {
  return {
    id: s.id,
    movieId: s.movieId,
    movieTitle: s.movieTitle,
    theaterId: s.theaterId,
    theaterName: s.theaterName,
    screenId: s.screenId,
    screenName: s.screenName,
    city: s.cityId,
    startsAt: isoInZone(new Date(s.startsAt), s.timezone),
    timezone: s.timezone,
    language: s.language,
    format: s.format,
    seatsAvailable: Math.max(0, s.seatsTotal - (s.seatsSold ?? 0)),
    seatsTotal: s.seatsTotal,
    status: s.status,
  };
}

export async function getShowtimeView(db: Db, id: string): Promise<ShowtimeView> {
  const s = await getShowtime(db, id);
  if (!s) throw new AppError('not_found', 'There is no showtime with this id.');
  return toShowtimeView(s);
}
