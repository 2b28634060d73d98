import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { hashPassword } from '../auth/password.js';
import type { Screen, Showtime, Theater } from '../domain/catalog.js';
import { expandLayout, sellableSeatCount, type LayoutSpec } from '../domain/seat-layout.js';
import { addDays, localDate, zonedTimeToUtc } from '../domain/theater-time.js';
import type { User } from '../domain/user.js';
import { batchPut, catalogItem, layoutItem, showtimeItem } from '../store/catalog.js';
import { batchPutConcurrently } from '../store/batch-put.js';
import { isConditionFailure, type Db } from '../store/db.js';
import { addScheduledShows } from '../store/sales-aggregates.js';
import { slotItem } from '../store/screen-schedule.js';
import { createUser } from '../store/users.js';
import {
  DEMO_CITIES,
  DEMO_MOVIES,
  DEMO_PRICES,
  DEMO_SHOW_TIMES,
  DEMO_THEATERS,
  PROTOTYPE_LAYOUT,
  grandHallLayout,
  mediumHallLayout,
} from './demo-catalog.js';

export const DEMO_ACCOUNTS = {
  owner: 'owner@demo.moviemagic.in',
  staff: 'staff@demo.moviemagic.in',
  customer: 'customer@demo.moviemagic.in',
} as const;

interface DemoScreen {
  screen: Screen;
  spec: LayoutSpec;
}

function demoScreens(): DemoScreen[] {
  return DEMO_THEATERS.flatMap((t) =>
    [1, 2].map((n) => {
      const spec =
        t.id === 'charminar-cinemas' && n === 1
          ? PROTOTYPE_LAYOUT
          : t.id === 'hitech-screens' && n === 1
            ? grandHallLayout()
            : mediumHallLayout();
      const name = t.id === 'hitech-screens' && n === 1 ? 'Grand Hall' : `Screen ${n}`;
      const screen: Screen = {
        id: `${t.id}-${n}`,
        theaterId: t.id,
        name,
        layoutVersion: 1,
        seatsTotal: sellableSeatCount(expandLayout(spec)),
      };
      return { screen, spec };
    }),
  );
}

const CITY_LANGUAGES: Record<string, string[]> = {
  hyderabad: ['Telugu', 'Hindi', 'English'],
  mumbai: ['Hindi', 'English'],
  bengaluru: ['Tamil', 'English', 'Hindi', 'Telugu'],
};

/** Which movie plays a slot: rotates through the city's movies so every screen shows variety. */
function programme(theater: Theater, screenIndex: number, slot: number, day: number) {
  const langs = CITY_LANGUAGES[theater.cityId];
  const movies = DEMO_MOVIES.filter((m) => m.languages.some((l) => langs.includes(l)));
  const movie = movies[(screenIndex * 3 + slot + day + theater.id.length) % movies.length];
  const language = movie.languages.find((l) => langs.includes(l)) ?? movie.languages[0];
  const format = screenIndex === 0 && theater.amenities.includes('Dolby Atmos') ? '2D Dolby Atmos' : '2D';
  return { movie, language, format };
}

/** Showtimes for `days` theater-local days from `now`; ids are stable, so a re-run adds only what is missing. */
export function demoShowtimes(now: Date, days = 7): Showtime[] {
  const shows: Showtime[] = [];
  const screens = demoScreens();
  for (const theater of DEMO_THEATERS) {
    const today = localDate(now, theater.timezone);
    screens
      .filter((s) => s.screen.theaterId === theater.id)
      .forEach(({ screen }, screenIndex) => {
        for (let day = 0; day < days; day++) {
          const date = addDays(today, day);
          DEMO_SHOW_TIMES.forEach((time, slot) => {
            const { movie, language, format } = programme(theater, screenIndex, slot, day);
            const startsAt = zonedTimeToUtc(date, time, theater.timezone);
            const endsAt = new Date(startsAt.getTime() + (movie.durationMinutes + 15) * 60_000);
            shows.push({
              id: `${screen.id}-${date.replaceAll('-', '')}-${time.replace(':', '')}`,
              movieId: movie.id,
              theaterId: theater.id,
              screenId: screen.id,
              cityId: theater.cityId,
              startsAt: startsAt.toISOString(),
              endsAt: endsAt.toISOString(),
              timezone: theater.timezone,
              localDate: date,
              language,
              format,
              prices: DEMO_PRICES,
              layoutVersion: screen.layoutVersion,
              seatsTotal: screen.seatsTotal,
              seatsSold: 0,
              status: 'scheduled',
              movieTitle: movie.title,
              theaterName: theater.name,
              screenName: screen.name,
            });
          });
        }
      });
  }
  return shows;
}

async function putIfAbsent(db: Db, item: Record<string, unknown>): Promise<boolean> {
  try {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

async function loadBase(db: Db, demoPassword: string, now: Date): Promise<void> {
  const screens = demoScreens();
  await batchPut(db, [
    ...DEMO_CITIES.map((value) => catalogItem({ kind: 'city', value })),
    ...DEMO_THEATERS.map((value) => catalogItem({ kind: 'theater', value })),
    ...DEMO_MOVIES.map((value) => catalogItem({ kind: 'movie', value })),
    ...screens.map(({ screen }) => catalogItem({ kind: 'screen', value: screen })),
    ...screens.map(({ screen, spec }) => layoutItem({ screenId: screen.id, version: 1, spec })),
  ]);
  const passwordHash = await hashPassword(demoPassword);
  const allTheaters = DEMO_THEATERS.map((t) => t.id);
  const users: User[] = [
    { id: 'demo-owner', email: DEMO_ACCOUNTS.owner, name: 'Demo Owner', phone: null, emailVerified: true, roles: [{ role: 'owner', theaterIds: allTheaters }], createdAt: now.toISOString() },
    { id: 'demo-staff', email: DEMO_ACCOUNTS.staff, name: 'Demo Staff', phone: null, emailVerified: true, roles: [{ role: 'staff', theaterIds: ['charminar-cinemas'] }], createdAt: now.toISOString() },
    { id: 'demo-customer', email: DEMO_ACCOUNTS.customer, name: 'Demo Customer', phone: '+919876543210', emailVerified: true, roles: [], createdAt: now.toISOString() },
  ];
  for (const u of users) {
    await createUser(db, { ...u, passwordHash }).catch((err: unknown) => {
      if ((err as { code?: string }).code !== 'email_taken') throw err;
    });
  }
}

/**
 * Loads the demo world once per data folder (a marker item records it), and on every start adds
 * the showtimes the next 7 days still lack. Existing users, bookings and sales are never touched.
 */
export async function loadDemoData(db: Db, opts: { demoPassword: string; now: Date }): Promise<{ loaded: boolean; showtimesAdded: number }> {
  const marker = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: 'META', sk: 'DEMO' }, ConsistentRead: true }));
  const firstTime = !marker.Item;
  if (firstTime) {
    await loadBase(db, opts.demoPassword, opts.now);
    // Written last: a first load cut short is simply redone (every write above is idempotent).
    await db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: 'META', sk: 'DEMO', type: 'meta', loadedAt: opts.now.toISOString() } }));
  }
  const added: Showtime[] = [];
  await inBatches(demoShowtimes(opts.now), 16, async (s) => {
    if (await putIfAbsent(db, showtimeItem(s))) added.push(s);
  });
  // As the admin panel schedules a show: its screen slot (overlap rule) and its report counters.
  await batchPutConcurrently(db, added.map(slotItem), 2);
  await addScheduledShows(db, added);
  return { loaded: firstTime, showtimesAdded: added.length };
}
