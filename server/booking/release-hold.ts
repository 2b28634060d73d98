import { AppError } from '../domain/errors.js';
import { getHold, releaseHold } from '../store/holds.js';
import type { BookingDeps } from './deps.js';
import { seatsChanged } from './seat-state-cache.js';
import { seatsCameBack } from './waitlist.js';
import { seatsBackWork } from './waitlist-work.js';

/** Frees a customer's held seats at once. Someone else's or an unknown hold is `not_found`. */
export async function releaseCustomerHold(deps: BookingDeps, userId: string, holdId: string): Promise<void> {
  const hold = await getHold(deps.db, holdId);
  if (!hold || hold.userId !== userId) throw new AppError('not_found', 'We could not find that seat hold.');
  if (hold.status === 'active') {
    const now = deps.clock();
    await releaseHold(deps.db, hold, now, await seatsBackWork(deps.db, hold.showtimeId, `release-${hold.id}`, hold.seats.length, now));
    seatsChanged(deps.db, hold.showtimeId);
    await seatsCameBack(deps, hold.showtimeId, `release-${hold.id}`, hold.seats.length);
  }
}
