import { RemoteClient } from './remote-client.js';

export interface RemoteSaleResult {
  bookings: number;
  seatsBooked: number;
  holdsPlaced: number;
  holdConflicts: number;
  mapReads: number;
  /** Answers no customer should ever get (5xx, a booking refused after its hold…). */
  unexpected: string[];
  /** From the first hold request to the last booking answer. */
  wallMs: number;
  bookMs: number[];
  /** Requests each server answered. */
  perServer: Record<string, number>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

/** A tiny seeded generator (mulberry32), so a run can be repeated. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A flash sale over real HTTP: every customer signs in, then loops — read the map, hold 1–3
 * random seats it believes free, book them — until the map shows nothing free (wheelchair
 * spaces aside). Each request
 * goes to the next server in turn (round-robin, as a load balancer does), so a hold made on
 * one server is booked on another.
 */
export async function remoteFlashSale(opts: {
  urls: string[];
  showtimeId: string;
  customers: { email: string; password: string }[];
  seed: number;
  deadlineMs: number;
  /** The Origin header browsers send (the public URL when the servers run in production mode). */
  origin?: string;
  /** Warm-up: stop after this many bookings. */
  stopAfterBookings?: number;
  /** Seats per hold: 1 to this (default 3). */
  maxSeats?: number;
}): Promise<RemoteSaleResult> {
  const r: RemoteSaleResult = { bookings: 0, seatsBooked: 0, holdsPlaced: 0, holdConflicts: 0, mapReads: 0, unexpected: [], wallMs: 0, bookMs: [], perServer: {} };
  const clients = await Promise.all(
    opts.customers.map(async (cust, i) => {
      // Start each client on a different server, so the round-robin mixes servers per request.
      const bases = opts.urls.map((_, k) => opts.urls[(i + k) % opts.urls.length]);
      const c = new RemoteClient(bases, { origin: opts.origin });
      await c.login(cust.email, cust.password);
      return c;
    }),
  );
  const count = (res: Response) => {
    const server = new URL(res.url).origin;
    r.perServer[server] = (r.perServer[server] ?? 0) + 1;
    return res;
  };
  const deadline = Date.now() + opts.deadlineMs;
  const started = Date.now();

  async function freeSeats(c: RemoteClient): Promise<string[]> {
    const res = count(await c.get(`/api/v1/showtimes/${opts.showtimeId}/seats`));
    r.mapReads++;
    if (res.status !== 200) {
      r.unexpected.push(`map ${res.status}`);
      return [];
    }
    // Wheelchair spaces are sold with a companion seat; a random pick leaves them out.
    return ((await res.json()) as Json).seats.filter((s: Json) => s.status === 'available' && s.type !== 'wheelchair').map((s: Json) => s.id as string);
  }

  async function loop(c: RemoteClient, index: number) {
    const rand = seeded(opts.seed * 1000 + index);
    for (let n = 0; Date.now() < deadline; n++) {
      if (opts.stopAfterBookings !== undefined && r.bookings >= opts.stopAfterBookings) return;
      const free = await freeSeats(c);
      if (free.length === 0) return;
      const want = Math.min(free.length, 1 + Math.floor(rand() * (opts.maxSeats ?? 3)));
      const pick: string[] = [];
      while (pick.length < want) {
        const s = free[Math.floor(rand() * free.length)];
        if (!pick.includes(s)) pick.push(s);
      }
      const held = count(await c.post('/api/v1/holds', { showtimeId: opts.showtimeId, seats: pick }));
      if (held.status === 409) {
        r.holdConflicts++;
        await held.body?.cancel();
        continue;
      }
      if (held.status !== 201) {
        r.unexpected.push(`hold ${held.status} ${await held.text()}`);
        continue;
      }
      r.holdsPlaced++;
      const { hold } = (await held.json()) as Json;
      const t0 = performance.now();
      const booked = count(await c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': `sale-${opts.showtimeId}-${opts.seed}-${index}-${n}` }));
      r.bookMs.push(performance.now() - t0);
      if (booked.status !== 201) {
        r.unexpected.push(`book ${booked.status} ${await booked.text()}`);
        continue;
      }
      const { booking } = (await booked.json()) as Json;
      r.bookings++;
      r.seatsBooked += (booking.seats as string[]).length;
    }
    r.unexpected.push(`client ${index}: deadline reached`);
  }

  await Promise.all(clients.map((c, i) => loop(c, i)));
  r.wallMs = Date.now() - started;
  return r;
}
