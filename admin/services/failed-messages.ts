import { failedMessages, retryFailedMessage, type NotifyDeps } from '../../server/notify/booking-notifications.js';
import { theatersFor } from '../../server/domain/permissions.js';
import type { RoleGrant } from '../../server/domain/user.js';
import { AppError } from '../../server/domain/errors.js';
import { getBookings } from '../../server/store/booking-finder.js';
import { getMessages } from '../../server/store/outbox.js';
import type { Db } from '../../server/store/db.js';

export type FailedMessage = Awaited<ReturnType<typeof failedMessages>>['messages'][number] & { theaterId?: string };

/**
 * Messages that failed after every retry, limited to what this person may see: those about
 * bookings at their theaters, and (owners only) account messages that belong to no booking.
 */
export async function visibleFailedMessages(db: Db, roles: RoleGrant[], opts: { theaterId?: string } = {}): Promise<FailedMessage[]> {
  const allowed = new Set(theatersFor(roles, 'booking.resend'));
  const owner = theatersFor(roles, 'audit.view').length > 0;
  const { messages } = await failedMessages(db, { limit: 100 });
  const bookings = await getBookings(db, messages.map((m) => m.bookingId).filter((id): id is string => Boolean(id)));
  const theaterOf = new Map(bookings.map((b) => [b.id, b.theaterId]));
  return messages
    .map((m) => ({ ...m, theaterId: m.bookingId ? theaterOf.get(m.bookingId) : undefined }))
    .filter((m) => (m.theaterId ? allowed.has(m.theaterId) && (!opts.theaterId || m.theaterId === opts.theaterId) : owner && !opts.theaterId));
}

/** Retries one failed message, if this person may see it. */
export async function retryVisibleMessage(deps: NotifyDeps, roles: RoleGrant[], id: string): Promise<void> {
  const [message] = await getMessages(deps.db, [id]);
  if (!message) throw new AppError('not_found', 'No failed message with that id.');
  const allowed = new Set(theatersFor(roles, 'booking.resend'));
  if (message.bookingId) {
    const [booking] = await getBookings(deps.db, [message.bookingId]);
    if (!booking || !allowed.has(booking.theaterId)) throw new AppError('forbidden');
  } else if (theatersFor(roles, 'audit.view').length === 0) {
    throw new AppError('forbidden');
  }
  if (message.status !== 'failed') throw new AppError('not_found', 'No failed message with that id.');
  await retryFailedMessage(deps, id);
}
