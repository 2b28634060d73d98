import type { SeatType } from '../../server/domain/seat-layout.js';

/** English seat-type names for the admin panel; customer pages take theirs from views/i18n. */
export const SEAT_TYPE_NAMES: Record<SeatType, string> = {
  regular: 'Regular',
  premium: 'Premium',
  recliner: 'Recliner',
  couple: 'Couple',
  wheelchair: 'Wheelchair',
};
