import type { Booking } from '../../../../server/domain/booking.js';
import type { OutboxChannel, OutboxStatus } from '../../../../server/store/outbox.js';

/**
 * Stored states the admin pages show, named in the page language (mounted as `admin.states`).
 * Keyed by the stored values' own types, so a new state without words fails the typecheck.
 */
export type StateWords = {
  paymentMethod: Record<Booking['payment']['method'], string>;
  paymentStatus: Record<Booking['payment']['status'], string>;
  refundStatus: Record<NonNullable<Booking['refund']>['status'], string>;
  delivery: Record<OutboxStatus, string>;
  channel: Record<OutboxChannel, string>;
  /** Invitations other than open ones ("open until …" is `staff.openUntil`). */
  invite: { accepted: string; expired: string; withdrawn: string };
};

export const statesEn: StateWords = {
  paymentMethod: { upi: 'UPI', card: 'card', wallet: 'wallet', netbanking: 'net banking', cash: 'cash' },
  paymentStatus: { authorized: 'authorized', captured: 'paid', refunded: 'refunded', partially_refunded: 'partly refunded', voided: 'voided, nothing taken' },
  refundStatus: { pending: 'on its way', refunded: 'refunded' },
  delivery: { pending: 'waiting to be sent', sent: 'sent', failed: 'could not be sent', cancelled: 'not sent (no longer needed)' },
  channel: { email: 'email', sms: 'SMS', task: 'task' },
  invite: { accepted: 'accepted', expired: 'expired', withdrawn: 'withdrawn' },
};
