/**
 * A repeating schedule ("daily at 10:00 and 18:30 for two weeks") as the start instants it
 * means. Dates and times are the theater's own; each is turned into UTC in the theater's zone
 * on its own date, so a show stays at 10:00 on the theater's clock across a DST change.
 */
import { AppError } from './errors.js';
import { fieldsError, type FieldHint } from './field-hints.js';
import { addDays, zonedTimeToUtc } from './theater-time.js';

export const MAX_SHOWS_PER_SCHEDULE = 40;
export const MAX_SCHEDULE_DAYS = 31;

export interface RepeatInput {
  firstDate: string;
  /** Inclusive; the same as firstDate for one day. */
  lastDate: string;
  /** `HH:MM` on the theater's clock. */
  times: string[];
  /** 0 = Sunday … 6 = Saturday; empty or absent: every day. */
  weekdays?: number[];
}

export interface PlannedStart {
  date: string;
  time: string;
  startsAt: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `9:05`, `09:05` or `21:30` → `HH:MM`; anything else → null. */
export function parseClockTime(text: string): string | null {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : null;
}

function validDate(d: string): boolean {
  return DATE.test(d) && addDays(d, 0) === d;
}

function bad(message: string, field: string, hint: FieldHint): AppError {
  return fieldsError(message, { [field]: [message, hint] });
}

export function repeatStarts(input: RepeatInput, timeZone: string): PlannedStart[] {
  if (!validDate(input.firstDate)) throw bad('Give the first date as YYYY-MM-DD.', 'firstDate', { code: 'date' });
  if (!validDate(input.lastDate)) throw bad('Give the last date as YYYY-MM-DD.', 'lastDate', { code: 'date' });
  if (input.lastDate < input.firstDate) throw bad('The last date must not be before the first date.', 'lastDate', { code: 'lastBeforeFirst' });
  const times = [...new Set(input.times.map((t) => t.trim()).filter(Boolean))];
  if (times.length === 0) throw bad('Give at least one start time, such as 10:00.', 'times', { code: 'timesNone' });
  const clock = times.map((t) => {
    const parsed = parseClockTime(t);
    if (!parsed) throw bad(`"${t}" is not a time of day; write it as 10:00 or 18:30.`, 'times', { code: 'timeOfDay', text: t.trim() });
    return parsed;
  });
  clock.sort();
  const weekdays = new Set(input.weekdays ?? []);
  const out: PlannedStart[] = [];
  for (let date = input.firstDate, n = 0; date <= input.lastDate; date = addDays(date, 1), n++) {
    if (n >= MAX_SCHEDULE_DAYS) throw bad(`A schedule may cover at most ${MAX_SCHEDULE_DAYS} days.`, 'lastDate', { code: 'maxDays', max: MAX_SCHEDULE_DAYS });
    const [y, m, d] = date.split('-').map(Number);
    if (weekdays.size && !weekdays.has(new Date(Date.UTC(y, m - 1, d)).getUTCDay())) continue;
    for (const time of clock) out.push({ date, time, startsAt: zonedTimeToUtc(date, time, timeZone) });
  }
  if (out.length === 0) throw bad('None of the chosen days falls between the first and last date.', 'weekdays', { code: 'noDays' });
  if (out.length > MAX_SHOWS_PER_SCHEDULE) throw bad(`That makes ${out.length} shows; schedule at most ${MAX_SHOWS_PER_SCHEDULE} at a time.`, 'lastDate', { code: 'tooManyShows', count: out.length, max: MAX_SHOWS_PER_SCHEDULE });
  return out;
}
