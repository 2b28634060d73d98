import { contactFor } from '../notify/booking-notices.js';
import { metrics } from '../ops/metrics.js';
import { getBooking } from '../store/bookings.js';
import type { Db } from '../store/db.js';
import { getHold } from '../store/holds.js';
import { clearMarker, listMarkedBefore, markSweptCapture, SWEEP_SHARDS, type PaymentMarker } from '../store/payment-markers.js';
import { addSeatsSold } from '../store/show-counters.js';
import { cachedShowtime } from './catalog-cache.js';
import type { PaymentGateway } from './payment-gateway.js';
import { saleRecorded } from './sales-facts.js';
import { repeatWithJitter, type Repeating } from '../ops/repeat.js';

export interface SweepDeps {
  db: Db;
  gateway: PaymentGateway;
  clock: () => Date;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;
}

/**
 * How old a payment must be before the sweep touches it: no request runs this long (store calls
 * time out in seconds), so a payment this old belongs to a request that died with its server.
 */
export const SWEEP_GRACE_MS = 2 * 60_000;

export interface SweepResult {
  captured: number;
  voided: number;
  settled: number;
}

/**
 * Settles the money of bookings whose server died mid-payment (DESIGN rule 2 after a crash):
 * - the booking committed (seats sold) but its payment is still only authorized → capture it,
 *   mark it captured once, count the sale: never seats without the money, never money twice;
 * - the booking never committed and the hold has expired (so it never can) → void every
 *   authorization made for the hold: never money without seats.
 * Holds still inside their time are left alone. Safe in every server process at once: each
 * step is idempotent or conditional.
 */
export async function sweepPayments(deps: SweepDeps, graceMs = SWEEP_GRACE_MS): Promise<SweepResult> {
  const now = deps.clock();
  const before = new Date(now.getTime() - graceMs);
  const result: SweepResult = { captured: 0, voided: 0, settled: 0 };
  for (let shard = 0; shard < SWEEP_SHARDS; shard++) {
    for (const marker of await listMarkedBefore(deps.db, shard, before)) {
      const outcome = await settle(deps, marker, now).catch((err: unknown) => {
        deps.log('warn', 'payment sweep could not settle a hold; next pass tries again', { holdId: marker.holdId, error: (err as Error).message });
        return 'later' as const;
      });
      if (outcome === 'later') continue;
      if (outcome === 'captured') result.captured++;
      if (outcome === 'voided') result.voided++;
      result.settled++;
    }
  }
  if (result.captured || result.voided) deps.log('warn', 'payment sweep settled payments of interrupted bookings', { ...result });
  return result;
}

async function settle(deps: SweepDeps, marker: PaymentMarker, now: Date): Promise<'captured' | 'voided' | 'nothing' | 'later'> {
  // The index may lag; the hold item itself decides.
  const hold = await getHold(deps.db, marker.holdId);
  if (!hold) return 'nothing';
  const bookingId = hold.status === 'booked' ? hold.bookingId : undefined;
  if (bookingId) {
    const booking = await getBooking(deps.db, bookingId);
    let outcome: 'captured' | 'nothing' = 'nothing';
    if (booking && booking.status === 'confirmed' && booking.payment.status === 'authorized') {
      await deps.gateway.capture(booking.payment.reference);
      if (await markSweptCapture(deps.db, booking.id, { userId: hold.userId, keys: marker.idemKeys ?? [] })) {
        outcome = 'captured';
        metrics.paymentsSwept.inc({ action: 'captured' });
        // What the interrupted request would have done after capture.
        await addSeatsSold(deps.db, booking.showtimeId, booking.seats.length).catch(() => undefined);
        const show = await cachedShowtime(deps.db, booking.showtimeId);
        const contact = await contactFor(deps.db, booking.userId).catch(() => null);
        if (show) await saleRecorded(deps.db, deps.log, booking, show, { email: contact?.email, phone: contact?.phone });
      }
    }
    // Other authorizations of the same hold (a double click's second payment) go back.
    const voided = booking ? await voidAll(deps, marker.payKeys, booking.payment.reference) : false;
    await clearMarker(deps.db, hold.id);
    return outcome === 'captured' ? outcome : voided ? 'voided' : 'nothing';
  }
  if (hold.status === 'active' && new Date(hold.expiresAt) >= now) return 'later';
  const voided = await voidAll(deps, marker.payKeys, undefined);
  await clearMarker(deps.db, hold.id);
  return voided ? 'voided' : 'nothing';
}

/** Voids every authorization made under `keys` except the booking's own; true if any was voided. */
async function voidAll(deps: SweepDeps, keys: string[], keep: string | undefined): Promise<boolean> {
  if (!deps.gateway.find) return false;
  let any = false;
  for (const key of keys) {
    const auth = await deps.gateway.find(key);
    if (!auth || auth.authorizationId === keep || auth.status !== 'authorized') continue;
    await deps.gateway.void(auth.authorizationId);
    metrics.paymentsSwept.inc({ action: 'voided' });
    any = true;
  }
  return any;
}

/** Runs the sweep now and then about every `intervalMs` until stopped. */
export function startPaymentSweep(deps: SweepDeps, intervalMs = 60_000): Repeating {
  return repeatWithJitter(() => sweepPayments(deps), intervalMs, (err) => deps.log('warn', 'payment sweep failed; it runs again shortly', { error: err.message }));
}
