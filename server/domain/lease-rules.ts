/**
 * Kiosk seat leases (DESIGN.md, rule 3). A lease gives one kiosk a block of seats of a show so it
 * can sell them while the theater's link is down; nobody else can take them meanwhile.
 *
 * Two clocks meet here, so the lease has two ends:
 *  - the kiosk stops selling a lease at `endsAt − LEASE_MARGIN_MS` by its own clock;
 *  - the server treats an unsold leased seat as free only after `endsAt + LEASE_GRACE_MS`.
 * A kiosk whose clock lags by less than margin + grace (12 minutes) can therefore never sell a seat
 * the server already gave back. Reclaiming is a condition on `now`, like hold expiry: no job runs.
 * Pure: no I/O.
 */
import { AppError } from './errors.js';
import type { Seat } from './seat-layout.js';

export const LEASE_GRACE_MS = 10 * 60_000;
export const LEASE_MARGIN_MS = 2 * 60_000;
/** A kiosk whose clock is further off than this stops selling offline until it is set right. */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;
/** How many seats one lease may take: one DynamoDB transaction holds at most 100 items. */
export const MAX_LEASE_SEATS = 99;

/**
 * The store's condition compares `leaseEndsAt < :leaseCutoff`; this is `:leaseCutoff` for `now`
 * (ISO strings of the same shape sort as time does).
 */
export function leaseCutoff(now: Date): string {
  return new Date(now.getTime() - LEASE_GRACE_MS).toISOString();
}

/** An unsold leased seat is back on sale once its lease ended more than the grace ago. */
export function leaseReclaimed(leaseEndsAt: string | undefined, now: Date): boolean {
  if (leaseEndsAt === undefined) return false;
  return Date.parse(leaseEndsAt) < now.getTime() - LEASE_GRACE_MS;
}

/** May the kiosk still sell from a lease ending at `endsAt`, by its own clock `now`? */
export function kioskMaySellLease(endsAt: string, now: Date): boolean {
  return now.getTime() < Date.parse(endsAt) - LEASE_MARGIN_MS;
}

/**
 * When a lease ends: the one asked for, else when the kiosk stops selling the show (start + the
 * kiosk grace). Refuses an end in the past or after the show's kiosk sales close.
 */
export function leaseEnd(opts: { requested?: string; now: Date; kioskSalesCloseAt: Date }): string {
  const close = opts.kioskSalesCloseAt.getTime();
  if (opts.requested === undefined) {
    if (close <= opts.now.getTime()) throw new AppError('sales_closed', 'This show is no longer on sale, so its seats cannot be leased.');
    return new Date(close).toISOString();
  }
  const end = Date.parse(opts.requested);
  if (Number.isNaN(end)) throw new AppError('invalid_request', 'endsAt must be a date and time.', { fields: { endsAt: 'not a date' } });
  if (end <= opts.now.getTime() + LEASE_MARGIN_MS) {
    throw new AppError('invalid_request', 'A lease must end more than 2 minutes from now.', { fields: { endsAt: 'too soon' } });
  }
  if (end > close) throw new AppError('invalid_request', 'A lease cannot outlast the show’s kiosk sales.', { fields: { endsAt: 'after sales close' } });
  return new Date(end).toISOString();
}

/** The kiosk clock's offset from the server's, as seen in one request: positive when the kiosk is behind. */
export function clockSkewMs(kioskNow: Date, serverNow: Date): number {
  return serverNow.getTime() - kioskNow.getTime();
}

export function clockTooFarOff(skewMs: number): boolean {
  return Math.abs(skewMs) > MAX_CLOCK_SKEW_MS;
}

/** Checks the seats asked for a lease against the screen: each must exist, be for sale and be named once. */
export function validateLeaseSeats(requested: string[], layoutSeats: Seat[]): string[] {
  if (requested.length === 0) throw new AppError('invalid_request', 'Lease at least one seat.', { seats: [], formHint: { code: 'pickSeats' } });
  if (requested.length > MAX_LEASE_SEATS) {
    throw new AppError('invalid_request', `A lease can take at most ${MAX_LEASE_SEATS} seats.`, { seats: [], max: MAX_LEASE_SEATS, formHint: { code: 'leaseMax', max: MAX_LEASE_SEATS } });
  }
  const byId = new Map(layoutSeats.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const bad = requested.filter((id) => {
    const wrong = seen.has(id) || !byId.get(id) || byId.get(id)!.blocked;
    seen.add(id);
    return wrong;
  });
  if (bad.length) throw new AppError('invalid_request', `Seats ${[...new Set(bad)].join(', ')} cannot be leased (unknown, blocked or named twice).`, { seats: [...new Set(bad)], formHint: { code: 'leaseSeats', seats: [...new Set(bad)].join(', ') } });
  return [...seen];
}
