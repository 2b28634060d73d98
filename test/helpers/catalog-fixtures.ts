import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_CANCELLATION_POLICY, type Movie, type Showtime, type Theater } from '../../server/domain/catalog.js';
import { localDate, zonedTimeToUtc } from '../../server/domain/theater-time.js';
import { DEMO_MOVIES } from '../../server/local/demo-catalog.js';
import { batchPut, catalogItem, showtimeItem } from '../../server/store/catalog.js';
import type { Db } from '../../server/store/db.js';

/** A theater of a test city, in any zone. */
export function testTheater(id: string, cityId: string, timezone: string, name = id): Theater {
  return {
    id,
    cityId,
    name,
    address: `1 Test Road, ${cityId}`,
    timezone,
    amenities: ['Parking'],
    cancellationPolicy: DEFAULT_CANCELLATION_POLICY,
    convenienceFeeBps: 175,
  };
}

export function testMovie(id: string, over: Partial<Movie> = {}): Movie {
  return { ...DEMO_MOVIES[0], id, title: id, ...over };
}

/** A showtime starting at `date` `time` on the theater's own clock. */
export function testShow(id: string, theater: Theater, movie: Movie, date: string, time: string, over: Partial<Showtime> = {}): Showtime {
  const startsAt = zonedTimeToUtc(date, time, theater.timezone);
  return {
    id,
    movieId: movie.id,
    theaterId: theater.id,
    screenId: `${theater.id}-1`,
    cityId: theater.cityId,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + (movie.durationMinutes + 15) * 60_000).toISOString(),
    timezone: theater.timezone,
    localDate: localDate(startsAt, theater.timezone),
    language: movie.languages[0],
    format: '2D',
    prices: { regular: 20000 },
    layoutVersion: 1,
    seatsTotal: 100,
    seatsSold: 0,
    status: 'scheduled',
    movieTitle: movie.title,
    theaterName: theater.name,
    screenName: 'Screen 1',
    ...over,
  };
}

export async function putCatalog(
  db: Db,
  items: { cities?: { id: string; name: string }[]; theaters?: Theater[]; movies?: Movie[]; shows?: Showtime[] },
): Promise<void> {
  await batchPut(db, [
    ...(items.cities ?? []).map((value) => catalogItem({ kind: 'city', value })),
    ...(items.theaters ?? []).map((value) => catalogItem({ kind: 'theater', value })),
    ...(items.movies ?? []).map((value) => catalogItem({ kind: 'movie', value })),
    ...(items.shows ?? []).map(showtimeItem),
  ]);
}

/** What the booking engine does to a showtime item; here by hand. */
export async function setShowFields(db: Db, id: string, fields: { seatsSold?: number; status?: Showtime['status'] }): Promise<void> {
  const names = Object.keys(fields);
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: { pk: `SHOW#${id}`, sk: 'SHOW' },
      UpdateExpression: `SET ${names.map((n) => `#${n} = :${n}`).join(', ')}`,
      ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
      ExpressionAttributeValues: Object.fromEntries(Object.entries(fields).map(([k, v]) => [`:${k}`, v])),
    }),
  );
}
