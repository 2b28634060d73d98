import type { Db } from '../store/db.js';
import type { TicketKeyring } from '../tickets/keys.js';

/** What the kiosk services need; createApp builds it from its own deps. */
export interface KioskSyncDeps {
  db: Db;
  clock: () => Date;
  /** The server's ticket keys: their public halves go to the kiosks; online kiosk sales are signed with the current one. */
  ticketKeys: TicketKeyring;
  publicUrl: string;
  /** Tells the outbox dispatcher that new messages are waiting. */
  messagesWaiting: () => void;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;
}

/** What the kiosk routes are mounted with: the app's own deps plus its ticket keys. */
export interface KioskRouteDeps {
  db: Db;
  clock: () => Date;
  config: { publicUrl: string };
  messagesWaiting: () => void;
  log: KioskSyncDeps['log'];
  ticketKeys: TicketKeyring;
}

export function kioskSyncDeps(d: KioskRouteDeps): KioskSyncDeps {
  return { db: d.db, clock: d.clock, ticketKeys: d.ticketKeys, publicUrl: d.config.publicUrl, messagesWaiting: d.messagesWaiting, log: d.log };
}
