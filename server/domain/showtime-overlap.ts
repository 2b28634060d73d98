/**
 * When a screen is busy. A show occupies its screen from its start to its end (the film plus
 * trailers and ads) and then for the theater's cleaning time; two shows overlap when either
 * one starts before the other's screen is free again.
 */
export const DEFAULT_CLEANING_MINUTES = 20;
/** Trailers and ads before the film; part of every show's length (as in the demo schedule). */
export const TRAILER_MINUTES = 15;
/** No show (a film of at most 6 h, trailers, up to 2 h of cleaning) lasts longer, so a screen's shows are looked up this far back. */
export const LONGEST_SHOW_MINUTES = 9 * 60;

const MINUTE_MS = 60_000;

export interface BusySlot {
  showtimeId: string;
  startsAt: string;
  endsAt: string;
}

export function showEndsAt(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + (durationMinutes + TRAILER_MINUTES) * MINUTE_MS);
}

export function cleaningMinutesOf(theater: { cleaningMinutes?: number }): number {
  return theater.cleaningMinutes ?? DEFAULT_CLEANING_MINUTES;
}

/** True when `a` and `b` cannot both play on one screen with `cleaningMinutes` between them. */
export function slotsOverlap(a: Pick<BusySlot, 'startsAt' | 'endsAt'>, b: Pick<BusySlot, 'startsAt' | 'endsAt'>, cleaningMinutes: number): boolean {
  const gap = cleaningMinutes * MINUTE_MS;
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) + gap && Date.parse(b.startsAt) < Date.parse(a.endsAt) + gap;
}

/** The slots among `existing` that `candidate` would collide with (a show never collides with itself). */
export function clashesWith<T extends BusySlot>(existing: T[], candidate: BusySlot, cleaningMinutes: number): T[] {
  return existing.filter((s) => s.showtimeId !== candidate.showtimeId && slotsOverlap(s, candidate, cleaningMinutes));
}
