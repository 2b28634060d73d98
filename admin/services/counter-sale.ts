import { z } from 'zod';
import { createBooking } from '../../server/booking/create-booking.js';
import type { Customer } from '../../server/booking/deps.js';
import { placeHoldForCustomer } from '../../server/booking/place-hold.js';
import type { Booking } from '../../server/domain/booking.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError, rule } from '../../server/domain/field-hints.js';
import { formatInr } from '../../server/domain/money.js';
import { toE164 } from '../../server/domain/phone.js';
import { normalizeEmail } from '../../server/domain/user.js';
import { getBooking } from '../../server/store/bookings.js';
import { getIdempotency } from '../../server/store/idempotency.js';
import { getUserByEmail } from '../../server/store/users.js';
import type { AdminDeps } from '../deps.js';
import { auditOf, recordAudit } from './audit-log.js';
import { parseForm, textField } from './form-input.js';

export const COUNTER_METHODS = ['cash', 'card', 'upi'] as const;

const saleSchema = z.object({
  saleKey: z.string().refine((s) => /^[\w-]{8,64}$/.test(s), rule('This form is out of date; reload the page.', { code: 'staleForm' })),
  method: z
    .string()
    .refine((s) => (COUNTER_METHODS as readonly string[]).includes(s), rule('Choose cash, card or UPI.', { code: 'paymentMethod' }))
    .transform((s) => s as (typeof COUNTER_METHODS)[number]),
  name: textField({ max: 80, tooLong: 'At most 80 characters.' }).default(''),
  email: z
    .string()
    .trim()
    .default('')
    .refine((e) => e === '' || z.email().safeParse(e).success, rule('That email address does not look right.', { code: 'email' })),
  phone: z
    .string()
    .trim()
    .default('')
    .refine((p) => p === '' || toE164(p) !== null, rule('Give a mobile number such as 98765 43210 or +91 98765 43210.', { code: 'phone' })),
});

type Who = { id: string; email: string; name: string };

/**
 * A sale at the box office to someone at the window, through the same hold and booking
 * services as online sales (same seat conditions, same prices), with channel `counter` and the
 * cash/card/UPI payment taken at the counter. The form's sale key makes a double submit answer
 * the first sale instead of selling twice. A walk-in who gives the email of an account gets the
 * booking on that account; otherwise the email (if any) gets the confirmation.
 */
export async function counterSale(deps: AdminDeps, who: Who, showtimeId: string, seats: string[], form: Record<string, string>): Promise<Booking> {
  const input = parseForm(saleSchema, form);
  const email = input.email ? normalizeEmail(input.email) : '';
  const phone = input.phone ? (toE164(input.phone) as string) : '';
  const account = email ? await getUserByEmail(deps.db, email) : null;
  const name = input.name || account?.name || 'Walk-in customer';
  const customer: Customer = account
    ? { id: account.id, email: account.email, name: account.name, emailVerified: true }
    : { id: `walkin-${input.saleKey}`, email, name, emailVerified: true };

  const earlier = await getIdempotency(deps.db, customer.id, input.saleKey);
  if (earlier?.bookingId) {
    const done = await getBooking(deps.db, earlier.bookingId);
    if (done) return done;
  }
  const { hold } = await placeHoldForCustomer(deps.booking, customer, { showtimeId, seats }, { channel: 'counter' });
  const { booking } = await createBooking(deps.booking, customer, { holdId: hold.id, payment: { method: input.method } }, input.saleKey, {
    channel: 'counter',
    contact: account ? undefined : email ? { email, name, smsTo: null, lang: 'en', phone: phone || null } : null,
    walkIn: { name, ...(email ? { email } : {}), ...(phone ? { phone } : {}), soldBy: who.id },
  });
  await recordAudit(
    deps.db,
    auditOf(who, booking.theaterId, 'booking.counter-sale', booking.id, { after: `${booking.seats.join(', ')}, ${formatInr(booking.quote.totalMinor)} by ${input.method}`, afterNote: { kind: 'counterSale', seats: booking.seats, totalMinor: booking.quote.totalMinor, method: input.method } }, deps.clock()),
  );
  return booking;
}

export function noSeatsError(): AppError {
  return fieldsError('Pick the seats on the map first.', { seats: ['Pick at least one seat.', { code: 'pickSeats' }] });
}
