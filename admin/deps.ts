import type { BookingDeps } from '../server/booking/deps.js';
import type { NotifyDeps } from '../server/notify/booking-notifications.js';
import type { Db } from '../server/store/db.js';
import type { TicketKeyring } from '../server/tickets/keys.js';

/** What the admin panel needs: the store, the clock, and the booking services it shares with customers. */
export interface AdminDeps {
  db: Db;
  clock: () => Date;
  log: BookingDeps['log'];
  booking: BookingDeps;
  /** Where uploaded posters are kept (DATA_DIR/posters in local mode); without it uploads are refused. */
  posterDir?: string;
  /** Signs the tickets staff print for counter sales. */
  ticketKeys: TicketKeyring;
}

export function notifyDeps(deps: AdminDeps): NotifyDeps {
  return { db: deps.db, publicUrl: deps.booking.publicUrl, clock: deps.clock, messagesWaiting: deps.booking.messagesWaiting };
}
