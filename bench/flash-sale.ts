import type { BenchEnv, BenchCustomer } from './setup.js';
import type { CapacitySummary } from './capacity.js';
import { cpuSpan, rng, sleep, type CpuSpan } from './stats.js';
import { SeatPicker } from './seat-picker.js';
import { checkSale, EMPTY_CHECK, type SaleCheck } from './verify-sale.js';

interface MapSeatView {
  id: string;
  status: 'available' | 'held' | 'sold' | 'blocked';
}

export interface FlashSaleResult {
  showtimeId: string;
  clients: number;
  seatsTotal: number;
  blocked: number;
  span: CpuSpan;
  bookings: number;
  seatsBooked: number;
  bookedMinor: number;
  holdsPlaced: number;
  holdConflicts: number;
  /** Seats a 409 named as just taken. */
  seatsLostInConflicts: number;
  unexpected: string[];
  mapReads: number;
  /** Live updates read after a 409 (`/showtimes/:id/seat-updates?since=…`, the page's poll). */
  liveUpdates: number;
  updateMs: number[];
  holdMs: number[];
  bookMs: number[];
  /** Hold + book, from the hold request to the booking answer. */
  holdToBookedMs: number[];
  mapMs: number[];
  /** Set when the sale stopped before every seat was sold. */
  stopped?: string;
  capacity: CapacitySummary;
  check: SaleCheck;
}

/**
 * The flash sale: `clients` signed-in customers at once, each picking 1–4 random seats among
 * those it believes free (`SeatPicker`: from the seat map it read, less the seats each 409 named
 * as taken, plus the live update of changed seats it then reads, as the seat page gets them; the
 * map is read again when it believes none is left), holding them and booking them
 * with an Idempotency-Key, until the show is sold out. Everything goes through the real app.
 */
export async function flashSale(env: BenchEnv, showtimeId: string, opts: { clients: number; seed: number; deadlineS: number; /** Warm-up: stop after this many bookings. */ maxBookings?: number }): Promise<FlashSaleResult> {
  const customers = env.customers.slice(0, opts.clients);
  const r: Omit<FlashSaleResult, 'span' | 'capacity' | 'check' | 'seatsTotal' | 'blocked'> = {
    showtimeId,
    clients: customers.length,
    bookings: 0,
    seatsBooked: 0,
    bookedMinor: 0,
    holdsPlaced: 0,
    holdConflicts: 0,
    seatsLostInConflicts: 0,
    unexpected: [],
    mapReads: 0,
    liveUpdates: 0,
    updateMs: [],
    holdMs: [],
    bookMs: [],
    holdToBookedMs: [],
    mapMs: [],
  };
  const first = await readMap(customers[0], showtimeId);
  const seatsTotal = first.length;
  const blocked = first.filter((s) => s.status === 'blocked').length;
  const deadline = Date.now() + opts.deadlineS * 1000;
  let lastProgress = Date.now();
  let stop: string | undefined;

  async function map(c: BenchCustomer) {
    const t0 = performance.now();
    const seats = await readMap(c, showtimeId);
    r.mapMs.push(performance.now() - t0);
    r.mapReads++;
    return seats;
  }

  async function client(c: BenchCustomer, index: number) {
    const picker = new SeatPicker(rng(opts.seed * 1000 + index));
    let since = new Date().toISOString();
    picker.reset(freeOf(await map(c)));
    for (let n = 0; !stop; n++) {
      if (Date.now() > deadline) stop = `deadline of ${opts.deadlineS} s reached`;
      if (Date.now() - lastProgress > 20_000) stop = 'no booking for 20 s';
      if (opts.maxBookings !== undefined && r.bookings >= opts.maxBookings) stop = `warm-up limit of ${opts.maxBookings} bookings`;
      if (stop) break;
      if (picker.empty) {
        since = new Date().toISOString();
        const seats = await map(c);
        if (seats.every((s) => s.status === 'sold' || s.status === 'blocked')) return;
        picker.reset(freeOf(seats));
        if (picker.empty) {
          await sleep(20 + Math.random() * 30); // others' holds are on their way to sold
          continue;
        }
      }
      const picked = picker.pick();

      const t0 = performance.now();
      const h = await c.client.post('/api/v1/holds', { showtimeId, seats: picked });
      const hBody = (await h.json()) as { hold?: { id: string }; error?: { code: string; details?: { seats?: string[] } } };
      const t1 = performance.now();
      r.holdMs.push(t1 - t0);
      if (h.status === 409) {
        r.holdConflicts++;
        const taken = hBody.error?.details?.seats ?? [];
        r.seatsLostInConflicts += taken.length;
        // Like the seat page: drop the seats the 409 names, keep the rest, and take in the
        // seats changed meanwhile from the live update the page uses (not the whole map).
        picker.lost(picked, taken);
        const t = performance.now();
        const upd = await liveUpdate(c, showtimeId, since);
        r.updateMs.push(performance.now() - t);
        r.liveUpdates++;
        since = upd.since;
        picker.apply(upd.seats);
        continue;
      }
      if (h.status !== 201 || !hBody.hold) {
        r.unexpected.push(`hold ${h.status} ${hBody.error?.code ?? ''}`);
        continue;
      }
      r.holdsPlaced++;

      const b = await c.client.post(
        '/api/v1/bookings',
        { holdId: hBody.hold.id, payment: { method: 'upi' } },
        { 'idempotency-key': `flash-${opts.seed}-${index}-${n}` },
      );
      const bBody = (await b.json()) as { booking?: { seats: string[]; quote: { totalMinor: number } }; error?: { code: string } };
      const t2 = performance.now();
      r.bookMs.push(t2 - t1);
      if (b.status !== 201 || !bBody.booking) {
        r.unexpected.push(`booking ${b.status} ${bBody.error?.code ?? ''}`);
        await c.client.request('DELETE', `/api/v1/holds/${hBody.hold.id}`);
        continue;
      }
      r.holdToBookedMs.push(t2 - t0);
      r.bookings++;
      r.seatsBooked += bBody.booking.seats.length;
      r.bookedMinor += bBody.booking.quote.totalMinor;
      lastProgress = Date.now();
    }
  }

  env.meter.reset();
  const end = cpuSpan(env.dynamo.pid);
  await Promise.all(customers.map((c, i) => client(c, i)));
  const span = end();
  const capacity = env.meter.snapshot();
  if (stop) r.stopped = stop;
  const check = opts.maxBookings === undefined ? await checkSale(env.db, showtimeId) : EMPTY_CHECK;
  return { ...r, seatsTotal, blocked, span, capacity, check };
}

/** The page's live update: the seats changed since `since` (seat labels swapped in place) and the next `since`. */
async function liveUpdate(c: BenchCustomer, showtimeId: string, since: string): Promise<{ seats: { id: string; status: string }[]; since: string }> {
  const res = await c.client.get(`/showtimes/${encodeURIComponent(showtimeId)}/seat-updates?since=${encodeURIComponent(since)}`);
  const html = await res.text();
  if (res.status !== 200) throw new Error(`seat updates of ${showtimeId}: ${res.status} ${html.slice(0, 200)}`);
  const next = /since=([^"&]+)/.exec(html);
  const seats = [...html.matchAll(/<label id="s([^"]+)" class="s [a-z]( [hxb])?/g)].map((m) => ({
    id: m[1],
    status: m[2] === ' h' ? 'held' : m[2] === ' x' ? 'sold' : m[2] === ' b' ? 'blocked' : 'available',
  }));
  return { seats, since: next ? decodeURIComponent(next[1]) : since };
}

const freeOf = (seats: MapSeatView[]) => seats.filter((s) => s.status === 'available').map((s) => s.id);

async function readMap(c: BenchCustomer, showtimeId: string): Promise<MapSeatView[]> {
  const res = await c.client.get(`/api/v1/showtimes/${encodeURIComponent(showtimeId)}/seats`);
  if (res.status !== 200) throw new Error(`seat map of ${showtimeId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { seats: MapSeatView[] }).seats;
}
