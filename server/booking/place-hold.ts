import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import { holdExpiresAt, validateSeatSelection } from '../domain/hold-rules.js';
import { quote, type Quote } from '../domain/pricing.js';
import { salesState } from '../domain/sales-window.js';
import { seatsTakenMessage } from '../domain/seats-taken-message.js';
import { currentHoldId, getHold, placeHold, releaseHold, type HoldRecord } from '../store/holds.js';
import { hasWaitingEntries } from '../store/waitlist.js';
import { cachedShowtime, cachedTheater } from './catalog-cache.js';
import { isHoldClosed } from './closed-holds.js';
import type { BookingDeps, Customer } from './deps.js';
import { layoutSeats } from './layouts.js';
import { seatsChanged } from './seat-state-cache.js';
import { seatsCameBack } from './waitlist.js';
import { seatsBackItem } from './waitlist-work.js';

export interface PlaceHoldInput {
  showtimeId: string;
  seats: string[];
}

export function salesClosedError(reason: 'cancelled' | 'started' | 'past'): AppError {
  return new AppError(
    'sales_closed',
    reason === 'cancelled' ? 'This show has been cancelled, so it is no longer on sale.' : 'This show has already started, so online sales are closed.',
    { reason },
  );
}

/**
 * Going back to the map and picking again replaces the customer's earlier hold on the show:
 * its seats are freed at once (before the new hold, so seats picked again can be taken again).
 * The seats the new hold does not take again came back: when someone waits for the show, the
 * release's transaction writes the waitlist's work item for them. Returns that freeing (null when
 * nobody waits: then there is nothing to announce).
 */
async function releasePreviousHold(
  deps: BookingDeps,
  userId: string,
  showtimeId: string,
  keeps: string[],
  now: Date,
): Promise<{ freeing: string; seats: string[] } | null> {
  const previousId = await currentHoldId(deps.db, userId, showtimeId);
  if (!previousId || isHoldClosed(previousId)) return null;
  // Whether anyone waits is asked beside the hold's read: no round trip added to the pick.
  const [previous, waiting] = await Promise.all([getHold(deps.db, previousId), hasWaitingEntries(deps.db, showtimeId)]);
  if (previous?.status !== 'active' || previous.userId !== userId) return null;
  const freeing = `release-${previous.id}`;
  const gone = previous.seats.filter((s) => !keeps.includes(s)).length;
  await releaseHold(deps.db, previous, now, waiting && gone > 0 ? [seatsBackItem({ showtimeId, freeing, count: gone }, now)] : []);
  return waiting ? { freeing, seats: previous.seats } : null;
}

/**
 * Holds seats for a customer (DESIGN rule 1) at the server's own prices. Refuses unverified
 * accounts, closed sales, unknown/blocked/duplicate seats, more than 10, and seats just taken
 * (naming them).
 */
export async function placeHoldForCustomer(
  deps: BookingDeps,
  customer: Customer,
  input: PlaceHoldInput,
  /** `counter`: staff selling at the theater, who may sell until the kiosk cut-off. */
  opts: { channel?: 'online' | 'counter' } = {},
): Promise<{ hold: HoldRecord; quote: Quote }> {
  if (!customer.emailVerified) throw new AppError('email_unverified', 'Please verify your email address before booking seats.');
  const now = deps.clock();
  const show = await cachedShowtime(deps.db, input.showtimeId);
  if (!show) throw new AppError('not_found', 'We could not find that show.');
  const state = salesState(show, now, opts.channel === 'counter' ? 'kiosk' : 'online');
  if (!state.open) throw salesClosedError(state.reason);

  const chosen = validateSeatSelection(input.seats, await layoutSeats(deps.db, show.screenId, show.layoutVersion));
  const theater = await cachedTheater(deps.db, show.theaterId);
  const q = quote({
    seats: chosen.map((s) => ({ id: s.id, type: s.type })),
    prices: show.prices,
    convenienceFeeBps: theater?.convenienceFeeBps ?? 175,
  });
  const hold: HoldRecord = {
    id: randomUUID(),
    userId: customer.id,
    showtimeId: show.id,
    seats: chosen.map((s) => s.id),
    quote: q,
    expiresAt: holdExpiresAt(now, deps.holdMinutes).toISOString(),
    createdAt: now.toISOString(),
    status: 'active',
  };
  const replaced = await releasePreviousHold(deps, customer.id, show.id, hold.seats, now);
  const result = await placeHold(deps.db, hold, now);
  seatsChanged(deps.db, show.id);
  if (replaced) {
    // The old hold's seats that did not go into the new one (all of them if the new one failed).
    const back = result.ok ? replaced.seats.filter((s) => !hold.seats.includes(s)).length : replaced.seats.length;
    await seatsCameBack(deps, show.id, replaced.freeing, back);
  }
  if (!result.ok) {
    throw new AppError('seats_unavailable', seatsTakenMessage(result.takenSeats), { seats: result.takenSeats });
  }
  return { hold, quote: q };
}
