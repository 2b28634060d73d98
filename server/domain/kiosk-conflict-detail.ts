/**
 * Why a kiosk sale could not be applied, beyond its reason: a code and its facts (seats, minutes,
 * a booking id), stored on the sale record so every page says it in its own language. The English
 * words here are the kiosk catalog's (views/i18n/features/kiosk/en.ts uses them), and the API's
 * `detail` sentence.
 */
export const CONFLICT_DETAILS_EN = {
  not_signed: 'The sale is not signed by this kiosk’s key.',
  not_leased: 'The seats were not in a lease of this kiosk.',
  clock_far_off: (minutes: number, seconds: number) => `Sold about ${minutes} min after the lease ended (kiosk clock off by ${seconds} s).`,
  booking_id_taken: (id: string) => `Another booking already has the id ${id}.`,
  lease_revoked: (seats: string) => `The lease was revoked while the kiosk was offline; ${seats} went back on sale.`,
  lease_returned: (seats: string) => `The lease was returned before this sale was synced; ${seats} went back on sale.`,
  lease_expired: (seats: string) => `The lease ended before this sale was synced and ${seats} went to someone else.`,
  seat_taken: (seats: string) => `${seats}: no longer leased to this kiosk.`,
  bad_fields: (fields: string) => `Details missing or wrong: ${fields}.`,
  sale_id_in_use: 'Another kiosk already used this sale id.',
  other_kiosk: 'The sale names another kiosk.',
  unknown_show: 'The server does not know this show at this theater.',
  bad_booking_id: 'The booking id is not in the MVM-YYYYMMDD-XXXXXXXX form.',
  seat_twice: 'A seat is named twice.',
  quote_seats: 'The price lines do not match the seats.',
  quote_sum: 'The prices do not add up.',
} as const;

export type ConflictDetailCode = keyof typeof CONFLICT_DETAILS_EN;

/** A conflict's detail as stored: the code and the facts its sentence needs. */
export interface ConflictDetail {
  code: ConflictDetailCode;
  seats?: string[];
  minutes?: number;
  skewSeconds?: number;
  bookingId?: string;
  fields?: string[];
}

/** The words of one language for the detail codes (the kiosk catalog's `conflicts.details`). */
export type ConflictDetailWords = {
  [K in ConflictDetailCode]: (typeof CONFLICT_DETAILS_EN)[K] extends (...a: infer A) => string ? (...a: A) => string : string;
};

export function isConflictDetail(v: unknown): v is ConflictDetail {
  return !!v && typeof v === 'object' && typeof (v as ConflictDetail).code === 'string' && (v as ConflictDetail).code in CONFLICT_DETAILS_EN;
}

/** The detail's sentence in the language of `words`. */
export function conflictDetailText(words: ConflictDetailWords, d: ConflictDetail): string {
  const seats = (d.seats ?? []).join(', ');
  switch (d.code) {
    case 'clock_far_off':
      return words.clock_far_off(d.minutes ?? 0, d.skewSeconds ?? 0);
    case 'booking_id_taken':
      return words.booking_id_taken(d.bookingId ?? '');
    case 'lease_revoked':
    case 'lease_returned':
    case 'lease_expired':
    case 'seat_taken':
      return words[d.code](seats);
    case 'bad_fields':
      return words.bad_fields((d.fields ?? []).join(', '));
    default:
      return words[d.code];
  }
}

/** The English sentence, as the API's `detail` gives it. */
export const conflictDetailEnglish = (d: ConflictDetail): string => conflictDetailText(CONFLICT_DETAILS_EN, d);
