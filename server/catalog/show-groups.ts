import type { Showtime } from '../domain/catalog.js';
import { timeLabel } from '../domain/theater-time.js';
import { dayLabel, daysBetween } from './browse-dates.js';

/** A show as the browse pages list it: the time already on the theater's clock. */
export interface ShowItem {
  id: string;
  theaterId: string;
  theaterName: string;
  screenName: string;
  timeLabel: string;
  /** UTC start and the theater's zone, so a page can print the time in its own language. */
  startsAt: string;
  timezone: string;
  language: string;
  format: string;
  seatsAvailable: number;
  seatsTotal: number;
}

export interface DayGroup {
  date: string;
  label: string;
  /** Days after the theater's today (0 today, 1 tomorrow), for labels in the page's language. */
  fromToday: number;
  groups: { id: string; name: string; shows: ShowItem[] }[];
}

export function toShowItem(s: Showtime): ShowItem {
  return {
    id: s.id,
    theaterId: s.theaterId,
    theaterName: s.theaterName,
    screenName: s.screenName,
    timeLabel: timeLabel(new Date(s.startsAt), s.timezone),
    startsAt: s.startsAt,
    timezone: s.timezone,
    language: s.language,
    format: s.format,
    seatsAvailable: Math.max(0, s.seatsTotal - (s.seatsSold ?? 0)),
    seatsTotal: s.seatsTotal,
  };
}

/**
 * Shows (already sorted by start) by theater-local day, then by `groupOf` (a theater or a movie),
 * groups in the order their first show starts.
 */
export function groupByDay(shows: Showtime[], today: string, groupOf: (s: Showtime) => { id: string; name: string }): DayGroup[] {
  const days = new Map<string, Map<string, { id: string; name: string; shows: ShowItem[] }>>();
  for (const s of shows) {
    const groups = days.get(s.localDate) ?? new Map();
    days.set(s.localDate, groups);
    const key = groupOf(s);
    const group = groups.get(key.id) ?? { ...key, shows: [] };
    groups.set(key.id, group);
    group.shows.push(toShowItem(s));
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, groups]) => ({ date, label: dayLabel(date, today), fromToday: daysBetween(today, date), groups: [...groups.values()] }));
}
