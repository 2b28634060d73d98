import type { RateLimiter } from '../auth/rate-limiter.js';
import type { Db } from '../store/db.js';
import type { Contact } from '../notify/booking-notices.js';
import type { PaymentGateway } from './payment-gateway.js';

export interface BookingDeps {
  db: Db;
  gateway: PaymentGateway;
  clock: () => Date;
  holdMinutes: number;
  publicUrl: string;
  /** How long before the show the reminder goes out (default 3 hours; 0: none). */
  reminderHours?: number;
  /** Tells the outbox dispatcher that new messages are waiting. */
  messagesWaiting: () => void;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;
  /** Counts customers' holds (`holdsPerUser`); absent: not limited (staff tools, tests). */
  limiter?: RateLimiter;
}

/** The signed-in person, as the booking services need them. */
export interface Customer {
  id: string;
  email: string;
  name: string;
  emailVerified: boolean;
  /** The language of the page they book on; the booking's messages and tickets use it. */
  lang?: string;
  /** Where their messages go, from the account read with the session (so a booking need not read it again). */
  contact?: Contact;
}
