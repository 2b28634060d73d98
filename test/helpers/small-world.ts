import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Screen } from '../../server/domain/catalog.js';
import { expandLayout, sellableSeatCount, type LayoutSpec } from '../../server/domain/seat-layout.js';
import { localDate } from '../../server/domain/theater-time.js';
import { DEMO_CITIES, DEMO_MOVIES, DEMO_PRICES, DEMO_THEATERS, grandHallLayout, PROTOTYPE_LAYOUT } from '../../server/local/demo-catalog.js';
import { batchPut, catalogItem, layoutItem, showtimeItem } from '../../server/store/catalog.js';
import type { Db } from '../../server/store/db.js';
import { testShow } from './catalog-fixtures.js';

/** The shows of the small world: the prototype's 70 seats and the 1,200-seat hall, two each. */
export const SMALL_SHOWS = { seventyA: 'small-70-a', seventyB: 'small-70-b', grandA: 'small-1200-a', grandB: 'small-1200-b' } as const;

/**
 * Just enough catalog for load and fault tests, written in a few batch writes: one theater, the
 * prototype screen and the Grand Hall, four shows two and three days ahead. (The full demo world
 * takes tens of seconds to load on a disk-backed DynamoDB Local on a busy machine.)
 */
export async function seedSmallWorld(db: Db, now = new Date()): Promise<void> {
  const theater = DEMO_THEATERS.find((t) => t.id === 'charminar-cinemas')!;
  const movie = DEMO_MOVIES[0];
  const screens: [Screen, LayoutSpec][] = [
    [{ id: 'small-screen-70', theaterId: theater.id, name: 'Screen 1', layoutVersion: 1, seatsTotal: 0 }, PROTOTYPE_LAYOUT],
    [{ id: 'small-screen-1200', theaterId: theater.id, name: 'Grand Hall', layoutVersion: 1, seatsTotal: 0 }, grandHallLayout()],
  ];
  for (const [screen, spec] of screens) screen.seatsTotal = sellableSeatCount(expandLayout(spec));
  const day = (n: number) => localDate(new Date(now.getTime() + n * 86_400_000), theater.timezone);
  const show = (id: string, screen: Screen, days: number, time: string) =>
    testShow(id, theater, movie, day(days), time, { screenId: screen.id, screenName: screen.name, seatsTotal: screen.seatsTotal, prices: DEMO_PRICES });
  const [seventy, grand] = screens.map(([s]) => s);
  await batchPut(db, [
    catalogItem({ kind: 'city', value: DEMO_CITIES.find((c) => c.id === theater.cityId)! }),
    catalogItem({ kind: 'theater', value: theater }),
    catalogItem({ kind: 'movie', value: movie }),
    ...screens.map(([screen]) => catalogItem({ kind: 'screen', value: screen })),
    ...screens.map(([screen, spec]) => layoutItem({ screenId: screen.id, version: 1, spec })),
    ...[
      show(SMALL_SHOWS.seventyA, seventy, 2, '10:00'),
      show(SMALL_SHOWS.seventyB, seventy, 3, '10:00'),
      show(SMALL_SHOWS.grandA, grand, 2, '20:30'),
      show(SMALL_SHOWS.grandB, grand, 3, '20:30'),
    ].map(showtimeItem),
  ]);
}

export const SMALL_WORLD_ORIGIN = 'https://tickets.test';

/** Settings that start the server in production mode against local endpoints: no demo data, no embedded services. */
export function productionEnv(): Record<string, string> {
  return {
    AWS_REGION: 'ap-south-1',
    PUBLIC_URL: SMALL_WORLD_ORIGIN,
    APP_SECRET: randomBytes(32).toString('base64url'),
    TICKET_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    TICKET_KEY_ID: 'test1',
  };
}
