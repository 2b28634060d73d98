import type { Booking } from '../domain/booking.js';
import { reversePointsAfterCancel } from './loyalty-points.js';
import { seatsCameBack, type WaitlistDeps } from './waitlist.js';

/**
 * What follows a cancellation once its transaction has committed (customer or staff): the
 * booking's loyalty points are reversed and the show's waitlist hears that its seats came back.
 * Neither can undo or fail the cancellation; both are once per booking.
 */
export async function afterBookingCancelled(deps: WaitlistDeps, booking: Booking): Promise<void> {
  await reversePointsAfterCancel(deps.db, booking, deps.clock(), deps.log);
  await seatsCameBack(deps, booking.showtimeId, `cancel-${booking.id}`, booking.seats.length);
}
