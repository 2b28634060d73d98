import { DeleteCommand, GetCommand, paginateQuery, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SalesChannelName } from '../domain/booking.js';
import type { Showtime } from '../domain/catalog.js';
import { batchPutConcurrently } from './batch-put.js';
import { coalescedAdd } from './coalesced-write.js';
import type { Db } from './db.js';

/**
 * Counters for the admin panel's reports, so no page ever reads every booking. In the theater's
 * partition `AGG#<theaterId>`:
 *   `D#<date>`            one item per theater-local day of the shows: shows, seats offered, sales
 *   `S#<date>#<showId>`   one item per show: what it is, seats offered, sales
 * "Day" is the show's day on the theater's calendar (the box-office day), for every figure.
 * Sales figures move with `ADD` after a booking or cancellation commits, never inside its
 * transaction (one shared item in every booking transaction would make bookings of different
 * seats conflict). `revenueMinor` is the money kept: booking totals less refunds.
 * `pointsDiscountMinor` is the ticket price paid with loyalty points (₹ given as points) on the
 * bookings still standing: a cancellation gives the points back, so it takes its discount out.
 */
export const CHANNELS: SalesChannelName[] = ['online', 'counter', 'kiosk'];

export interface SalesCounters {
  bookings: number;
  seatsSold: number;
  revenueMinor: number;
  refundedMinor: number;
  cancellations: number;
  onlineBookings: number;
  onlineSeats: number;
  onlineRevenueMinor: number;
  counterBookings: number;
  counterSeats: number;
  counterRevenueMinor: number;
  kioskBookings: number;
  kioskSeats: number;
  kioskRevenueMinor: number;
  pointsDiscountMinor: number;
}

export interface DayAgg extends SalesCounters {
  date: string;
  shows: number;
  seatsOffered: number;
}

export interface ShowAgg extends SalesCounters {
  date: string;
  showtimeId: string;
  movieId: string;
  movieTitle: string;
  screenId: string;
  screenName: string;
  startsAt: string;
  language?: string;
  format?: string;
  status: 'scheduled' | 'cancelled';
  seatsOffered: number;
}

const COUNTERS: (keyof SalesCounters)[] = [
  'bookings', 'seatsSold', 'revenueMinor', 'refundedMinor', 'cancellations',
  'onlineBookings', 'onlineSeats', 'onlineRevenueMinor',
  'counterBookings', 'counterSeats', 'counterRevenueMinor',
  'kioskBookings', 'kioskSeats', 'kioskRevenueMinor',
  'pointsDiscountMinor',
];

const pk = (theaterId: string) => `AGG#${theaterId}`;
const dayKey = (theaterId: string, date: string) => ({ pk: pk(theaterId), sk: `D#${date}` });
const showKey = (theaterId: string, date: string, showtimeId: string) => ({ pk: pk(theaterId), sk: `S#${date}#${showtimeId}` });

/** A change of sales: one booking sold (+) or cancelled (−), or more money refunded. */
export interface SalesChange {
  channel: SalesChannelName;
  bookings: number;
  seats: number;
  revenueMinor: number;
  refundedMinor?: number;
  cancellations?: number;
  /** Ticket price paid with loyalty points: + on a sale, − on its cancellation. */
  pointsDiscountMinor?: number;
}

function counterDelta(ch: SalesChange): Partial<SalesCounters> {
  return {
    bookings: ch.bookings,
    seatsSold: ch.seats,
    revenueMinor: ch.revenueMinor,
    refundedMinor: ch.refundedMinor ?? 0,
    cancellations: ch.cancellations ?? 0,
    pointsDiscountMinor: ch.pointsDiscountMinor ?? 0,
    [`${ch.channel}Bookings`]: ch.bookings,
    [`${ch.channel}Seats`]: ch.seats,
    [`${ch.channel}RevenueMinor`]: ch.revenueMinor,
  };
}

function addUpdate(db: Db, key: Record<string, string>, add: Record<string, number>, set: Record<string, unknown>) {
  const adds = Object.entries(add).filter(([, v]) => v !== 0);
  const sets = Object.entries({ ...set, type: 'agg' }).filter(([, v]) => v !== undefined);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  if (sets.length) {
    parts.push(`SET ${sets.map(([k], i) => ((names[`#s${i}`] = k), (values[`:s${i}`] = sets[i][1]), `#s${i} = :s${i}`)).join(', ')}`);
  }
  if (adds.length) {
    parts.push(`ADD ${adds.map(([k, v], i) => ((names[`#a${i}`] = k), (values[`:a${i}`] = v), `#a${i} :a${i}`)).join(', ')}`);
  }
  return db.doc.send(
    new UpdateCommand({ TableName: db.table, Key: key, UpdateExpression: parts.join(' '), ExpressionAttributeNames: names, ExpressionAttributeValues: values }),
  );
}

type ShowFacts = Pick<Showtime, 'id' | 'theaterId' | 'localDate' | 'movieId' | 'movieTitle' | 'screenId' | 'screenName' | 'startsAt' | 'language' | 'format'>;

const describe = (s: ShowFacts) => ({
  date: s.localDate,
  showtimeId: s.id,
  movieId: s.movieId,
  movieTitle: s.movieTitle,
  screenId: s.screenId,
  screenName: s.screenName,
  startsAt: s.startsAt,
  language: s.language,
  format: s.format,
});

/** Adds `add` on one aggregate item; sales finishing together share one write (store/coalesced-write.ts). */
function coalescedUpdate(db: Db, key: { pk: string; sk: string }, add: Record<string, number>, set: Record<string, unknown>) {
  return coalescedAdd(`${db.table}#${key.pk}#${key.sk}`, add, set, (sum, last) => addUpdate(db, key, sum, last));
}

/** Two writes in parallel: the day's counters and the show's. */
export async function addSales(db: Db, show: ShowFacts, change: SalesChange): Promise<void> {
  const delta = counterDelta(change) as Record<string, number>;
  await Promise.all([
    coalescedUpdate(db, dayKey(show.theaterId, show.localDate), delta, { date: show.localDate }),
    coalescedUpdate(db, showKey(show.theaterId, show.localDate, show.id), delta, describe(show)),
  ]);
}

/**
 * Newly scheduled shows (none sold yet): their show items in batches of 25, and one `ADD` per
 * theater-day for the day counters, so a run of 28 shows or a week of demo shows is a few calls.
 */
export async function addScheduledShows(db: Db, shows: (ShowFacts & Pick<Showtime, 'seatsTotal'>)[]): Promise<void> {
  const days = new Map<string, { theaterId: string; date: string; shows: number; seats: number }>();
  for (const s of shows) {
    const k = `${s.theaterId}#${s.localDate}`;
    const d = days.get(k) ?? { theaterId: s.theaterId, date: s.localDate, shows: 0, seats: 0 };
    d.shows++;
    d.seats += s.seatsTotal;
    days.set(k, d);
  }
  await batchPutConcurrently(db, shows.map((s) => ({ ...showKey(s.theaterId, s.localDate, s.id), type: 'agg', ...describe(s), seatsOffered: s.seatsTotal, status: 'scheduled' })), 2);
  // A few at a time: a week of demo shows makes ~40 of these, and a busy store must not time out.
  const list = [...days.values()];
  for (let i = 0; i < list.length; i += 4) {
    await Promise.all(list.slice(i, i + 4).map((d) => addUpdate(db, dayKey(d.theaterId, d.date), { shows: d.shows, seatsOffered: d.seats }, { date: d.date })));
  }
}

export async function removeCancelledShow(db: Db, show: ShowFacts & Pick<Showtime, 'seatsTotal'>): Promise<void> {
  await Promise.all([
    addUpdate(db, dayKey(show.theaterId, show.localDate), { shows: -1, seatsOffered: -show.seatsTotal }, { date: show.localDate }),
    addUpdate(db, showKey(show.theaterId, show.localDate, show.id), {}, { ...describe(show), status: 'cancelled' }),
  ]);
}

/** A show moved to another start: its item (and, across days, its counters) move with it. */
export async function moveShowAggregates(db: Db, old: ShowFacts & Pick<Showtime, 'seatsTotal'>, moved: ShowFacts): Promise<void> {
  if (old.localDate === moved.localDate) {
    await addUpdate(db, showKey(old.theaterId, old.localDate, old.id), {}, { startsAt: moved.startsAt });
    return;
  }
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: showKey(old.theaterId, old.localDate, old.id), ConsistentRead: true }));
  const item = (out.Item ?? { ...showKey(old.theaterId, old.localDate, old.id), seatsOffered: old.seatsTotal }) as Record<string, unknown>;
  const counts: Record<string, number> = { shows: 1, seatsOffered: Number(item.seatsOffered ?? 0) };
  for (const c of COUNTERS) counts[c] = Number(item[c] ?? 0);
  const negative = Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, -v]));
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...item, ...showKey(moved.theaterId, moved.localDate, moved.id), ...describe(moved), type: 'agg' } }));
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: showKey(old.theaterId, old.localDate, old.id) }));
  await Promise.all([
    addUpdate(db, dayKey(old.theaterId, old.localDate), negative, { date: old.localDate }),
    addUpdate(db, dayKey(moved.theaterId, moved.localDate), counts, { date: moved.localDate }),
  ]);
}

function numbers<T>(item: Record<string, unknown>, fields: string[]): T {
  const out: Record<string, unknown> = { ...item };
  delete out.pk;
  delete out.sk;
  for (const f of fields) out[f] = Number(item[f] ?? 0);
  return out as T;
}

async function queryRange(db: Db, theaterId: string, from: string, to: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':p': pk(theaterId), ':a': from, ':b': to },
    },
  );
  for await (const out of pages) items.push(...(out.Items ?? []));
  return items;
}

/** Day items from `from` to `to` (theater-local dates, inclusive), oldest first. */
export async function dayAggregates(db: Db, theaterId: string, from: string, to: string): Promise<DayAgg[]> {
  const items = await queryRange(db, theaterId, `D#${from}`, `D#${to}`);
  return items.map((i) => numbers<DayAgg>(i, [...COUNTERS, 'shows', 'seatsOffered']));
}

/** Show items of shows on `from` … `to` (inclusive), by day then show id. */
export async function showAggregates(db: Db, theaterId: string, from: string, to: string): Promise<ShowAgg[]> {
  const items = await queryRange(db, theaterId, `S#${from}#`, `S#${to}#~`);
  return items.map((i) => numbers<ShowAgg>(i, [...COUNTERS, 'seatsOffered']));
}

export async function showAggregate(db: Db, theaterId: string, date: string, showtimeId: string): Promise<ShowAgg | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: showKey(theaterId, date, showtimeId), ConsistentRead: true }));
  return out.Item ? numbers<ShowAgg>(out.Item, [...COUNTERS, 'seatsOffered']) : null;
}
