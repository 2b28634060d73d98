import { isoInZone } from './theater-time.js';

/** Parts of a theater's day, by its own clock: morning before 12, afternoon 12–17, evening 17–21, night from 21. */
export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = {
  morning: 'Morning (before 12 pm)',
  afternoon: 'Afternoon (12–5 pm)',
  evening: 'Evening (5–9 pm)',
  night: 'Night (after 9 pm)',
};

export function timeOfDay(instant: Date, timeZone: string): TimeOfDay {
  const hour = Number(isoInZone(instant, timeZone).slice(11, 13));
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  if (hour < 21) return 'evening';
  return 'night';
}
