/**
 * Rules for holding seats (DESIGN.md, rule 1).
 *
 * The store MUST mirror `seatIsFree` in its ConditionExpression for a hold (`SEAT_IS_FREE`):
 *   attribute_not_exists(pk) OR #status = :available OR (#status = :held AND holdExpiresAt < :now)
 *   OR (#status = :leased AND leaseEndsAt < :leaseCutoff)
 * with times written as `Date.toISOString()`, `:now` = `now.toISOString()` and `:leaseCutoff` =
 * `leaseCutoff(now)`, so that DynamoDB's string order is time order. If one changes, change the
 * other in the same commit.
 */
import { AppError } from './errors.js';
import { leaseReclaimed } from './lease-rules.js';
import type { Seat } from './seat-layout.js';

export const MAX_SEATS_PER_HOLD = 10;

/** A seat's item in the store, as far as holding is concerned; `undefined` when there is no item. */
export interface SeatItemState {
  status: 'held' | 'sold' | 'leased' | 'available';
  holdExpiresAt?: string;
  /** A kiosk lease's end; the seat is free again `LEASE_GRACE_MS` after it (rule 3). */
  leaseEndsAt?: string;
}

/** What customers see: a kiosk's leased seat looks held; an expired hold looks available. */
export type CustomerSeatStatus = 'available' | 'held' | 'sold';

function plural(ids: string[], one: string, many: string): string {
  return `${ids.length === 1 ? 'Seat' : 'Seats'} ${ids.join(', ')} ${ids.length === 1 ? one : many}`;
}

/**
 * Checks a customer's seat choice against the screen's layout and returns the chosen seats in
 * the order asked. Refusals are `invalid_request` with `details.seats` naming the seats at fault.
 */
export function validateSeatSelection(requested: string[], layoutSeats: Seat[]): Seat[] {
  if (requested.length === 0) {
    throw new AppError('invalid_request', 'Pick at least one seat.', { seats: [], min: 1 });
  }
  if (requested.length > MAX_SEATS_PER_HOLD) {
    throw new AppError('invalid_request', `You can pick at most ${MAX_SEATS_PER_HOLD} seats at a time.`, {
      seats: [],
      max: MAX_SEATS_PER_HOLD,
      count: requested.length,
    });
  }

  const byId = new Map(layoutSeats.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const unknown: string[] = [];
  const blocked: string[] = [];
  const duplicates: string[] = [];
  const chosen: Seat[] = [];
  for (const id of requested) {
    if (seen.has(id)) {
      if (!duplicates.includes(id)) duplicates.push(id);
      continue;
    }
    seen.add(id);
    const seat = byId.get(id);
    if (!seat) unknown.push(id);
    else if (seat.blocked) blocked.push(id);
    else chosen.push(seat);
  }
  if (unknown.length || blocked.length || duplicates.length) {
    const problems = [
      unknown.length ? plural(unknown, 'does not exist on this screen', 'do not exist on this screen') : '',
      blocked.length ? plural(blocked, 'is not for sale', 'are not for sale') : '',
      duplicates.length ? plural(duplicates, 'was picked twice', 'were picked twice') : '',
    ].filter(Boolean);
    throw new AppError('invalid_request', `${problems.join('. ')}.`, {
      seats: [...new Set([...unknown, ...blocked, ...duplicates])],
      ...(unknown.length ? { unknown } : {}),
      ...(blocked.length ? { blocked } : {}),
      ...(duplicates.length ? { duplicates } : {}),
    });
  }
  return chosen;
}

export function holdExpiresAt(now: Date, minutes: number): Date {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`A hold lasts more than 0 minutes, got ${minutes}.`);
  return new Date(now.getTime() + minutes * 60_000);
}

/** A held seat is free once `holdExpiresAt < now`; a held seat without an expiry stays held, as in DynamoDB. */
function holdHasExpired(holdExpiresAt: string | undefined, now: Date): boolean {
  if (holdExpiresAt === undefined) return false;
  return Date.parse(holdExpiresAt) < now.getTime();
}

/**
 * May a new hold (or lease) take this seat at `now`? The store's condition says the same: free,
 * an expired hold, or an unsold kiosk lease past its end and grace.
 */
export function seatIsFree(item: SeatItemState | undefined, now: Date): boolean {
  if (!item || item.status === 'available') return true;
  if (item.status === 'leased') return leaseReclaimed(item.leaseEndsAt, now);
  return item.status === 'held' && holdHasExpired(item.holdExpiresAt, now);
}

export function seatStatusFor(item: SeatItemState | undefined, now: Date): CustomerSeatStatus {
  if (seatIsFree(item, now)) return 'available';
  return item?.status === 'sold' ? 'sold' : 'held';
}
