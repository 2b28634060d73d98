import { randomUUID } from 'node:crypto';
import { layoutSeats } from '../server/booking/layouts.js';
import type { Booking } from '../server/domain/booking.js';
import { newBookingId } from '../server/domain/booking-id.js';
import { quote } from '../server/domain/pricing.js';
import { bookingConfirmedMessage } from '../server/notify/templates/booking-messages.js';
import { confirmBooking } from '../server/store/bookings.js';
import { getShowtime } from '../server/store/catalog.js';
import { placeHold, type HoldRecord } from '../server/store/holds.js';
import { getTheater } from '../server/store/theaters.js';
import type { CapacitySummary } from './capacity.js';
import { BENCH_ORIGIN } from './http-client.js';
import type { BenchEnv } from './setup.js';
import { cpuSpan, rng, type CpuSpan } from './stats.js';

export interface DirectResult {
  showtimeId: string;
  workers: number;
  span: CpuSpan;
  bookings: number;
  seatsBooked: number;
  holdConflicts: number;
  bookFailures: number;
  holdMs: number[];
  bookMs: number[];
  holdToBookedMs: number[];
  capacity: CapacitySummary;
}

/**
 * The store's own limit: the same two transactions the app issues for a booking — placeHold's
 * TransactWrite (every seat + the hold) and confirmBooking's TransactWrite (every seat, the
 * booking, the hold, one outbox message, the idempotency record) — sent straight to DynamoDB
 * Local by `workers` concurrent loops, with no HTTP, sessions, reads, gateway or seat maps.
 * The seats come from one shared shuffled pool, so no two workers ever ask for the same seat.
 */
export async function directStore(env: BenchEnv, showtimeId: string, opts: { workers: number; seed: number }): Promise<DirectResult> {
  const show = await getShowtime(env.db, showtimeId);
  if (!show) throw new Error(`no showtime ${showtimeId}`);
  const theater = await getTheater(env.db, show.theaterId);
  const seats = (await layoutSeats(env.db, show.screenId, show.layoutVersion)).filter((s) => !s.blocked);
  const rand = rng(opts.seed);
  const pool = [...seats];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const customers = env.customers.slice(0, opts.workers);
  const r = { bookings: 0, seatsBooked: 0, holdConflicts: 0, bookFailures: 0, holdMs: [] as number[], bookMs: [] as number[], holdToBookedMs: [] as number[] };

  async function worker(index: number) {
    const who = customers[index];
    const wrand = rng(opts.seed * 7919 + index);
    for (let n = 0; pool.length > 0; n++) {
      const chosen = pool.splice(Math.max(0, pool.length - (1 + Math.floor(wrand() * 4))));
      const now = new Date();
      const q = quote({ seats: chosen.map((s) => ({ id: s.id, type: s.type })), prices: show!.prices, convenienceFeeBps: theater?.convenienceFeeBps ?? 175 });
      const hold: HoldRecord = {
        id: randomUUID(),
        userId: who.userId,
        showtimeId,
        seats: chosen.map((s) => s.id),
        quote: q,
        expiresAt: new Date(now.getTime() + 10 * 60_000).toISOString(),
        createdAt: now.toISOString(),
        status: 'active',
      };
      const t0 = performance.now();
      const held = await placeHold(env.db, hold, now);
      const t1 = performance.now();
      r.holdMs.push(t1 - t0);
      if (!held.ok) {
        r.holdConflicts++;
        continue;
      }
      const at = new Date();
      const booking: Booking = {
        id: newBookingId(at, show!.timezone),
        userId: who.userId,
        status: 'confirmed',
        channel: 'online',
        showtimeId,
        movieId: show!.movieId,
        movieTitle: show!.movieTitle,
        theaterId: show!.theaterId,
        theaterName: show!.theaterName,
        screenName: show!.screenName,
        startsAt: show!.startsAt,
        timezone: show!.timezone,
        seats: hold.seats,
        quote: q,
        payment: { method: 'upi', status: 'authorized', reference: `pay_direct_${randomUUID().slice(0, 12)}` },
        holdId: hold.id,
        createdAt: at.toISOString(),
      };
      const mail = bookingConfirmedMessage(booking, who.name, BENCH_ORIGIN);
      const ok = await confirmBooking(env.db, booking, {
        now: at,
        idempotency: { userId: who.userId, key: `direct-${opts.seed}-${index}-${n}` },
        messages: [{ id: randomUUID(), channel: 'email', to: who.email, kind: 'booking_confirmed', lang: 'en', ...mail, createdAt: at.toISOString() }],
      });
      const t2 = performance.now();
      r.bookMs.push(t2 - t1);
      if (!ok) {
        r.bookFailures++;
        continue;
      }
      r.holdToBookedMs.push(t2 - t0);
      r.bookings++;
      r.seatsBooked += hold.seats.length;
    }
  }

  env.meter.reset();
  const end = cpuSpan(env.dynamo.pid);
  await Promise.all(customers.map((_, i) => worker(i)));
  const span = end();
  return { showtimeId, workers: customers.length, span, capacity: env.meter.snapshot(), ...r };
}
