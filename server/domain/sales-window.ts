/**
 * Whether a showtime is on sale at `now` for a channel. Start times are instants, so the
 * comparison is the same in every zone: a show at 00:15 IST tomorrow is on sale at 23:50 IST today.
 * Online sales close `onlineCloseMinutesBefore` the start (default at the start); kiosks at the
 * theater may keep selling until `kioskGraceMinutes` after it (default 20).
 */
export type SalesChannel = 'online' | 'kiosk';

/**
 * `started`: the show is starting or has just started; online sales are closed, though a kiosk
 * may still sell. `past`: beyond the kiosk grace, no channel sells any more.
 */
export type SalesState = { open: true } | { open: false; reason: 'cancelled' | 'started' | 'past' };

export interface SalesWindowOptions {
  onlineCloseMinutesBefore?: number;
  kioskGraceMinutes?: number;
}

const MINUTE_MS = 60_000;
export const DEFAULT_KIOSK_GRACE_MINUTES = 20;

/** When kiosks at the theater stop selling a show (its start plus the kiosk grace). */
export function kioskSalesCloseAt(show: { startsAt: string }, kioskGraceMinutes = DEFAULT_KIOSK_GRACE_MINUTES): Date {
  return new Date(Date.parse(show.startsAt) + kioskGraceMinutes * MINUTE_MS);
}

function minutes(value: number, what: string): number {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what} must be 0 or more minutes, got ${value}.`);
  return value * MINUTE_MS;
}

export function salesState(
  show: { startsAt: string; status: 'scheduled' | 'cancelled' },
  now: Date,
  channel: SalesChannel,
  opts: SalesWindowOptions = {},
): SalesState {
  if (show.status === 'cancelled') return { open: false, reason: 'cancelled' };
  const startsAt = Date.parse(show.startsAt);
  if (Number.isNaN(startsAt)) throw new RangeError(`Showtime startsAt "${show.startsAt}" is not a date.`);
  const onlineClose = minutes(opts.onlineCloseMinutesBefore ?? 0, 'onlineCloseMinutesBefore');
  const kioskGrace = minutes(opts.kioskGraceMinutes ?? DEFAULT_KIOSK_GRACE_MINUTES, 'kioskGraceMinutes');

  const t = now.getTime();
  const closesAt = channel === 'online' ? startsAt - onlineClose : startsAt + kioskGrace;
  if (t < closesAt) return { open: true };
  return { open: false, reason: t < startsAt + kioskGrace ? 'started' : 'past' };
}
