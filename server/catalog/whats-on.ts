import type { City, Movie, Showtime } from '../domain/catalog.js';
import { addDays, dateLabel, localDate, timeLabel } from '../domain/theater-time.js';
import { loadCatalog, listShowtimesByCityDate } from '../store/catalog.js';
import type { Db } from '../store/db.js';

export interface WhatsOnShow {
  id: string;
  theaterName: string;
  screenName: string;
  timeLabel: string;
  language: string;
  format: string;
  seatsAvailable: number;
  seatsTotal: number;
}

export interface WhatsOn {
  cities: City[];
  city: City | null;
  date: string;
  dateLabel: string;
  dates: { date: string; label: string }[];
  movies: (Movie & { shows: WhatsOnShow[] })[];
}

/** A show is on sale until it starts, unless cancelled. */
export function onSale(s: Showtime, now: Date): boolean {
  return s.status === 'scheduled' && new Date(s.startsAt) > now;
}

/**
 * What a city's theaters show on one of their days (the theater's today when no date is given),
 * grouped by movie, with only the shows still on sale.
 */
export async function whatsOn(db: Db, q: { cityId?: string; date?: string }, now: Date): Promise<WhatsOn> {
  const catalog = await loadCatalog(db);
  const city = catalog.cities.find((c) => c.id === q.cityId) ?? catalog.cities[0] ?? null;
  const zone = catalog.theaters.find((t) => t.cityId === city?.id)?.timezone ?? 'Asia/Kolkata';
  const today = localDate(now, zone);
  const date = q.date && q.date >= today && q.date <= addDays(today, 30) ? q.date : today;
  const dates = Array.from({ length: 7 }, (_, i) => addDays(today, i)).map((d, i) => ({
    date: d,
    label: i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : dateLabel(d),
  }));
  if (!city) return { cities: [], city: null, date, dateLabel: dateLabel(date), dates, movies: [] };

  const shows = (await listShowtimesByCityDate(db, city.id, date)).filter((s) => onSale(s, now));
  const byMovie = new Map<string, WhatsOnShow[]>();
  for (const s of shows.sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const list = byMovie.get(s.movieId) ?? [];
    list.push({
      id: s.id,
      theaterName: s.theaterName,
      screenName: s.screenName,
      timeLabel: timeLabel(new Date(s.startsAt), s.timezone),
      language: s.language,
      format: s.format,
      seatsAvailable: Math.max(0, s.seatsTotal - s.seatsSold),
      seatsTotal: s.seatsTotal,
    });
    byMovie.set(s.movieId, list);
  }
  const movies = catalog.movies
    .filter((m) => byMovie.has(m.id))
    .map((m) => ({ ...m, shows: byMovie.get(m.id) ?? [] }))
    .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0));
  return { cities: catalog.cities, city, date, dateLabel: date === today ? 'Today' : dateLabel(date), dates, movies };
}
