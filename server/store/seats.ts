import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { SeatItemState } from '../domain/hold-rules.js';
import { leaseCutoff } from '../domain/lease-rules.js';
import type { Db } from './db.js';

/**
 * One item per seat per showtime (`pk = SHOW#<id>`, `sk = SEAT#<seat>`), written the first time
 * the seat changes state: a seat with no item is available. A show's seats are one partition,
 * so its whole map is one Query, and different seats sell in parallel.
 */
export interface SeatItem extends SeatItemState {
  seatId: string;
  holdId?: string;
  userId?: string;
  bookingId?: string;
  kioskId?: string;
  leaseId?: string;
  leaseEndsAt?: string;
  updatedAt: string;
}

export const seatKey = (showtimeId: string, seatId: string) => ({ pk: `SHOW#${showtimeId}`, sk: `SEAT#${seatId}` });

/**
 * DESIGN rules 1 and 3 as a condition: the seat has no item yet, is available, is held by a hold
 * that expired before `:now`, or is leased to a kiosk whose lease ended more than the grace ago
 * (`:leaseCutoff`). It must say what `seatIsFree` in server/domain/hold-rules.ts says. Pass
 * `freeSeatValues(now)` with it.
 */
export const SEAT_IS_FREE =
  'attribute_not_exists(pk) OR #status = :available OR (#status = :held AND holdExpiresAt < :now) OR (#status = :leased AND leaseEndsAt < :leaseCutoff)';

/** The values `SEAT_IS_FREE` refers to (with `#status` → `status`). */
export function freeSeatValues(now: Date): Record<string, string> {
  return { ':available': 'available', ':held': 'held', ':leased': 'leased', ':now': now.toISOString(), ':leaseCutoff': leaseCutoff(now) };
}

/**
 * A show's seat items (only the seats that ever changed), with just the `fields` asked for: every
 * reader of a whole map goes through here, paging through the partition.
 */
export async function querySeatItems<K extends keyof SeatItem>(db: Db, showtimeId: string, fields: readonly K[], consistent: boolean): Promise<Pick<SeatItem, K>[]> {
  const items: Pick<SeatItem, K>[] = [];
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :seat)',
      ExpressionAttributeValues: { ':pk': `SHOW#${showtimeId}`, ':seat': 'SEAT#' },
      ProjectionExpression: fields.map((f) => (f === 'status' ? '#status' : f)).join(', '),
      ...(fields.includes('status' as K) ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ConsistentRead: consistent,
    },
  );
  for await (const out of pages) items.push(...((out.Items ?? []) as Pick<SeatItem, K>[]));
  return items;
}

/** What a seat map needs: a third of the bytes of a full item to send and unmarshal. */
const MAP_FIELDS = ['seatId', 'status', 'holdExpiresAt', 'leaseEndsAt', 'updatedAt'] as const;

export async function listSeatItems(db: Db, showtimeId: string, consistent = false): Promise<SeatItem[]> {
  return (await querySeatItems(db, showtimeId, MAP_FIELDS, consistent)) as SeatItem[];
}
