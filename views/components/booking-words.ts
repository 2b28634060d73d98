import type { Booking } from '../../server/domain/booking.js';
import type { SeatType } from '../../server/domain/seat-layout.js';

export const SEAT_TYPE_NAMES: Record<SeatType, string> = {
  regular: 'Regular',
  premium: 'Premium',
  recliner: 'Recliner',
  couple: 'Couple',
  wheelchair: 'Wheelchair',
};

export const METHOD_NAMES: Record<Booking['payment']['method'], string> = {
  upi: 'UPI',
  card: 'Card',
  wallet: 'Wallet',
  netbanking: 'Net banking',
  cash: 'Cash',
};

export const PAYMENT_STATUS_NAMES: Record<Booking['payment']['status'], string> = {
  authorized: 'Authorised',
  captured: 'Paid',
  refunded: 'Refunded',
  partially_refunded: 'Partly refunded',
  voided: 'Voided',
};

export const BOOKING_STATUS_NAMES: Record<Booking['status'], string> = {
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};
