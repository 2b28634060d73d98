import type { Booking, SalesChannelName } from '../server/domain/booking.js';
import type { Movie, Screen, Showtime, Theater } from '../server/domain/catalog.js';
import { newBookingId } from '../server/domain/booking-id.js';
import { quote } from '../server/domain/pricing.js';
import { addDays, localDate, zonedTimeToUtc } from '../server/domain/theater-time.js';
import { batchPutConcurrently } from '../server/store/batch-put.js';
import { catalogItem, showtimeItem } from '../server/store/catalog.js';
import type { Db } from '../server/store/db.js';
import { DEMO_MOVIES } from '../server/local/demo-catalog.js';
import { rng } from './stats.js';

/**
 * 90 days of a busy multiplex, written straight to the store in bulk: its showtimes, every
 * booking item, and the aggregate items the app keeps with ADD after each sale (the same
 * figures, summed here), as if the theater had been selling through the app all along.
 */
export const BENCH_THEATER: Theater = {
  id: 'bench-multiplex',
  cityId: 'hyderabad',
  name: 'Bench Multiplex',
  address: '1 Benchmark Road',
  timezone: 'Asia/Kolkata',
  amenities: ['Parking'],
  cancellationPolicy: { tiers: [{ hoursBefore: 24, refundPercent: 75 }] },
  convenienceFeeBps: 175,
};

const SCREENS: Screen[] = Array.from({ length: 5 }, (_, i) => ({
  id: `bench-multiplex-${i + 1}`,
  theaterId: BENCH_THEATER.id,
  name: `Audi ${i + 1}`,
  layoutVersion: 1,
  seatsTotal: i === 0 ? 400 : 200,
}));
const TIMES = ['09:30', '12:45', '16:00', '19:15', '22:30'];
const PRICES = { regular: 25000 };
const CHANNELS: [SalesChannelName, number][] = [['online', 0.7], ['counter', 0.2], ['kiosk', 0.1]];

export interface History {
  shows: number;
  bookings: number;
  seats: number;
  items: number;
  days: number;
}

function channelOf(r: number): SalesChannelName {
  let acc = 0;
  for (const [c, p] of CHANNELS) if (r < (acc += p)) return c;
  return 'online';
}

export async function writeHistory(db: Db, now: Date, opts: { days: number; bookingsPerShow: number }): Promise<History> {
  const random = rng(42);
  const tz = BENCH_THEATER.timezone;
  const today = localDate(now, tz);
  const movies: Movie[] = DEMO_MOVIES;
  const catalog = [catalogItem({ kind: 'theater', value: BENCH_THEATER }), ...SCREENS.map((value) => catalogItem({ kind: 'screen', value }))];
  await batchPutConcurrently(db, catalog);

  const items: Record<string, unknown>[] = [];
  const dayAgg = new Map<string, Record<string, number | string>>();
  let bookingCount = 0;
  let seatCount = 0;
  let showCount = 0;
  const flush = async (force = false) => {
    if (items.length >= 2500 || (force && items.length)) await batchPutConcurrently(db, items.splice(0), 4);
  };

  for (let d = opts.days - 1; d >= -6; d--) {
    const date = addDays(today, -d);
    const day: Record<string, number | string> = { date, shows: 0, seatsOffered: 0 };
    for (const [si, screen] of SCREENS.entries()) {
      for (const [ti, time] of TIMES.entries()) {
        const movie = movies[(((si * 2 + ti + d) % movies.length) + movies.length) % movies.length];
        const start = zonedTimeToUtc(date, time, tz);
        const show: Showtime = {
          id: `${screen.id}-${date.replaceAll('-', '')}-${time.replace(':', '')}`,
          movieId: movie.id,
          theaterId: BENCH_THEATER.id,
          screenId: screen.id,
          cityId: BENCH_THEATER.cityId,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + (movie.durationMinutes + 15) * 60_000).toISOString(),
          timezone: tz,
          localDate: date,
          language: movie.languages[0],
          format: '2D',
          prices: PRICES,
          layoutVersion: 1,
          seatsTotal: screen.seatsTotal,
          seatsSold: 0,
          status: 'scheduled',
          movieTitle: movie.title,
          theaterName: BENCH_THEATER.name,
          screenName: screen.name,
        };
        const agg: Record<string, number | string> = {
          date, showtimeId: show.id, movieId: movie.id, movieTitle: movie.title, screenId: screen.id, screenName: screen.name,
          startsAt: show.startsAt, language: show.language, format: show.format, status: 'scheduled', seatsOffered: screen.seatsTotal,
        };
        // Future shows have sold part of what past ones did.
        const sold = d < 0 ? Math.round(opts.bookingsPerShow * (0.2 + random() * 0.3)) : Math.round(opts.bookingsPerShow * (0.6 + random() * 0.8));
        let seatNo = 0;
        for (let b = 0; b < sold && seatNo < screen.seatsTotal - 4; b++) {
          const n = 1 + Math.floor(random() * 4);
          const seats = Array.from({ length: n }, () => `${String.fromCharCode(65 + Math.floor(seatNo / 20))}${(seatNo++ % 20) + 1}`);
          const channel = channelOf(random());
          const at = new Date(start.getTime() - Math.floor(random() * 5 * 86_400_000));
          const q = quote({ seats: seats.map((id) => ({ id, type: 'regular' as const })), prices: PRICES, convenienceFeeBps: channel === 'online' ? 175 : 0 });
          const booking: Booking = {
            id: newBookingId(at, tz),
            userId: `bench-user-${Math.floor(random() * 20_000)}`,
            status: 'confirmed',
            channel,
            showtimeId: show.id,
            movieId: movie.id,
            movieTitle: movie.title,
            theaterId: BENCH_THEATER.id,
            theaterName: BENCH_THEATER.name,
            screenName: screen.name,
            startsAt: show.startsAt,
            timezone: tz,
            seats,
            quote: q,
            payment: { method: channel === 'online' ? 'upi' : 'cash', status: 'captured', reference: `pay_bench_${bookingCount}` },
            holdId: `bench-hold-${bookingCount}`,
            createdAt: at.toISOString(),
          };
          items.push({ pk: `BOOKING#${booking.id}`, sk: 'BOOKING', type: 'booking', ...booking, gsi1pk: `USERBOOKINGS#${booking.userId}`, gsi1sk: `${booking.createdAt}#${booking.id}` });
          for (const target of [agg, day]) {
            for (const [k, v] of [['bookings', 1], ['seatsSold', n], ['revenueMinor', q.totalMinor], [`${channel}Bookings`, 1], [`${channel}Seats`, n], [`${channel}RevenueMinor`, q.totalMinor]] as const) {
              target[k] = Number(target[k] ?? 0) + v;
            }
          }
          bookingCount++;
          seatCount += n;
        }
        show.seatsSold = Number(agg.seatsSold ?? 0);
        items.push(showtimeItem(show), { pk: `AGG#${BENCH_THEATER.id}`, sk: `S#${date}#${show.id}`, type: 'agg', ...agg });
        day.shows = Number(day.shows) + 1;
        day.seatsOffered = Number(day.seatsOffered) + screen.seatsTotal;
        showCount++;
        await flush();
      }
    }
    dayAgg.set(date, day);
  }
  items.push(...[...dayAgg.values()].map((day) => ({ pk: `AGG#${BENCH_THEATER.id}`, sk: `D#${day.date}`, type: 'agg', ...day })));
  const total = bookingCount + showCount * 2 + dayAgg.size + catalog.length;
  await flush(true);
  return { shows: showCount, bookings: bookingCount, seats: seatCount, items: total, days: opts.days };
}
