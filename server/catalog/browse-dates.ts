import { addDays, dateLabel } from '../domain/theater-time.js';
import { BROWSE_DAYS } from './city-shows.js';

/** How far ahead a shared link may point before a page falls back to today. */
const MAX_DAYS_AHEAD = 30;

export interface StripDate {
  date: string;
  /** "Today", "Tomorrow" or the weekday. */
  top: string;
  /** "3 Dec". */
  bottom: string;
}

/** "Today", "Tomorrow", then "Thu, 3 Dec". */
export function dayLabel(date: string, today: string): string {
  if (date === today) return 'Today';
  if (date === addDays(today, 1)) return 'Tomorrow';
  return dateLabel(date);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The day a page shows: the one asked for when it is today or ahead (within reason), else today. */
export function pickDate(asked: string | undefined, today: string): string {
  return asked && asked >= today && asked <= addDays(today, MAX_DAYS_AHEAD) ? asked : today;
}

/** Today and the six days after it, for the date strip. */
export function stripDates(today: string): StripDate[] {
  return Array.from({ length: BROWSE_DAYS }, (_, i) => addDays(today, i)).map((date, i) => {
    const [weekday, dayMonth] = dateLabel(date).split(', ');
    return { date, top: i === 0 ? 'Today' : i === 1 ? 'Tomorrow' : weekday, bottom: dayMonth ?? date };
  });
}
