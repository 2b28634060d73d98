import { randomUUID } from 'node:crypto';
import { layoutSeats } from '../server/booking/layouts.js';
import { cachedSeatItems, seatsChanged } from '../server/booking/seat-state-cache.js';
import type { Booking } from '../server/domain/booking.js';
import { newBookingId } from '../server/domain/booking-id.js';
import { seatStatusFor } from '../server/domain/hold-rules.js';
import { quote } from '../server/domain/pricing.js';
import { noticeMessages, reminderMessages, type Contact } from '../server/notify/booking-notices.js';
import { confirmBooking } from '../server/store/bookings.js';
import { getShowtime } from '../server/store/catalog.js';
import { placeHold, type HoldRecord } from '../server/store/holds.js';
import { getTheater } from '../server/store/theaters.js';
import type { CapacitySummary } from './capacity.js';
import { BENCH_ORIGIN } from './http-client.js';
import { SeatPicker } from './seat-picker.js';
import type { BenchEnv } from './setup.js';
import { cpuSpan, rng, sleep, type CpuSpan } from './stats.js';

export interface DirectResult {
  showtimeId: string;
  workers: number;
  span: CpuSpan;
  bookings: number;
  seatsBooked: number;
  holdConflicts: number;
  bookFailures: number;
  /** Reads of the show's seat items (the app's map Query), at the start and when a worker believes nothing is left. */
  mapReads: number;
  /** The same Query after each lost race, keeping the seats written since the last read (what the app's live update reads). */
  liveUpdates: number;
  /** Outbox messages in each booking transaction (as the app queues them). */
  messagesPerBooking: number;
  holdMs: number[];
  bookMs: number[];
  holdToBookedMs: number[];
  capacity: CapacitySummary;
}

/**
 * The store's own limit: the same store work the app does for a booking, with nothing around it
 * — no HTTP, sessions, idempotency claim, gateway, counters or JSON. `workers` concurrent loops
 * play the flash sale's customers at the store: each reads the show's seat items (the Query the
 * app's seat map makes, through the same 250 ms read cache), picks 1–4 random seats it believes free with the same `SeatPicker` as
 * the app clients, and sends placeHold's TransactWrite (every seat + the hold + the customer's
 * current-hold pointer), losing races the way the app's customers do (the refused seats are
 * named by the cancellation reasons and dropped, the rest kept, and the seats changed since its
 * last read taken from the same Query, as the app's live update does), then confirmBooking's
 * TransactWrite (every seat, the booking, the hold, the same outbox messages the app queues —
 * confirmation and reminder — and the idempotency record). So the app ÷ store ratio measures
 * what the app adds, not a difference in contention.
 */
export async function directStore(env: BenchEnv, showtimeId: string, opts: { workers: number; seed: number }): Promise<DirectResult> {
  const show = await getShowtime(env.db, showtimeId);
  if (!show) throw new Error(`no showtime ${showtimeId}`);
  const theater = await getTheater(env.db, show.theaterId);
  const layout = await layoutSeats(env.db, show.screenId, show.layoutVersion);
  const typeOf = new Map(layout.map((s) => [s.id, s.type]));
  const sellable = layout.filter((s) => !s.blocked);
  const customers = env.customers.slice(0, opts.workers);
  const r = { bookings: 0, seatsBooked: 0, holdConflicts: 0, bookFailures: 0, mapReads: 0, liveUpdates: 0, messagesPerBooking: 0, holdMs: [] as number[], bookMs: [] as number[], holdToBookedMs: [] as number[] };

  /** The free seats as the store has them now, through the app's own seat-item read cache (so reads share a Query exactly as the app's maps do). */
  async function readFree(): Promise<{ free: string[]; soldOut: boolean }> {
    r.mapReads++;
    const now = new Date();
    const byId = new Map((await cachedSeatItems(env.db, showtimeId)).map((i) => [i.seatId, i]));
    const states = sellable.map((s) => ({ id: s.id, status: seatStatusFor(byId.get(s.id), now) }));
    return { free: states.filter((x) => x.status === 'available').map((x) => x.id), soldOut: states.every((x) => x.status === 'sold') };
  }

  /** What the app's live update reads: the same Query, only seats written since `since` (5 s overlap, as seatChanges). */
  async function changedSince(since: number): Promise<{ id: string; status: string }[]> {
    r.liveUpdates++;
    const now = new Date();
    return (await cachedSeatItems(env.db, showtimeId)).filter((i) => Date.parse(i.updatedAt) > since - 5000).map((i) => ({ id: i.seatId, status: seatStatusFor(i, now) }));
  }

  async function worker(index: number) {
    const who = customers[index];
    const contact: Contact = { email: who.email, name: who.name, smsTo: null, lang: 'en' };
    const picker = new SeatPicker(rng(opts.seed * 7919 + index));
    let since = Date.now();
    picker.reset((await readFree()).free);
    for (let n = 0; ; n++) {
      if (picker.empty) {
        since = Date.now();
        const map = await readFree();
        if (map.soldOut) return;
        picker.reset(map.free);
        if (picker.empty) {
          await sleep(20 + Math.random() * 30); // others' holds are on their way to sold
          continue;
        }
      }
      const chosen = picker.pick();
      const now = new Date();
      const q = quote({ seats: chosen.map((id) => ({ id, type: typeOf.get(id)! })), prices: show!.prices, convenienceFeeBps: theater?.convenienceFeeBps ?? 175 });
      const hold: HoldRecord = {
        id: randomUUID(),
        userId: who.userId,
        showtimeId,
        seats: chosen,
        quote: q,
        expiresAt: new Date(now.getTime() + 10 * 60_000).toISOString(),
        createdAt: now.toISOString(),
        status: 'active',
      };
      const t0 = performance.now();
      const held = await placeHold(env.db, hold, now);
      seatsChanged(env.db, showtimeId);
      const t1 = performance.now();
      r.holdMs.push(t1 - t0);
      if (!held.ok) {
        r.holdConflicts++;
        picker.lost(chosen, held.takenSeats);
        const readAt = Date.now();
        picker.apply(await changedSince(since));
        since = readAt;
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
      const messages = [
        ...noticeMessages('booking_confirmed', booking, contact, { publicUrl: BENCH_ORIGIN, now: at }),
        ...reminderMessages(booking, contact, { publicUrl: BENCH_ORIGIN, now: at, hours: 3 }),
      ];
      booking.notificationIds = messages.map((m) => m.id);
      const ok = await confirmBooking(env.db, booking, { now: at, idempotency: { userId: who.userId, key: `direct-${opts.seed}-${index}-${n}` }, messages });
      seatsChanged(env.db, showtimeId);
      const t2 = performance.now();
      r.bookMs.push(t2 - t1);
      if (!ok) {
        r.bookFailures++;
        continue;
      }
      r.messagesPerBooking = messages.length;
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
