import type { Booking } from '../../server/domain/booking.js';

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
