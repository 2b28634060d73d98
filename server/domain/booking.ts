import type { Quote } from './pricing.js';

export type PaymentMethod = 'upi' | 'card' | 'wallet' | 'netbanking';
export type SalesChannelName = 'online' | 'counter' | 'kiosk';

export interface BookingPayment {
  method: PaymentMethod | 'cash';
  status: 'authorized' | 'captured' | 'refunded' | 'partially_refunded' | 'voided';
  reference: string;
}

export interface BookingRefund {
  amountMinor: number;
  percent: number;
  status: 'pending' | 'refunded';
  reference?: string;
  at: string;
}

export interface Booking {
  id: string;
  userId: string;
  status: 'confirmed' | 'cancelled' | 'refunded';
  channel: SalesChannelName;
  showtimeId: string;
  movieId: string;
  movieTitle: string;
  theaterId: string;
  theaterName: string;
  screenName: string;
  /** UTC instant. */
  startsAt: string;
  timezone: string;
  seats: string[];
  quote: Quote;
  payment: BookingPayment;
  refund?: BookingRefund;
  holdId: string;
  createdAt: string;
  cancelledAt?: string;
  /** Outbox messages sent about this booking, oldest first (their delivery shows on the booking). */
  notificationIds?: string[];
  /** When the customer or staff last asked to send the confirmation again. */
  lastResendAt?: string;
  /** A counter sale to someone without an account: what the box office was told. */
  walkIn?: { name: string; email?: string; phone?: string; soldBy: string };
  /** The language its messages and tickets use (absent: English), from the page it was booked on. */
  lang?: string;
}
