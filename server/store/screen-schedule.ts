import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Showtime } from '../domain/catalog.js';
import { LONGEST_SHOW_MINUTES, type BusySlot } from '../domain/showtime-overlap.js';
import type { Db } from './db.js';

/**
 * A screen's schedule, for the overlap rule without scanning: every showtime also writes a
 * slot item in its screen's partition (`SCREEN#<id>`, sk `SLOT#<startsAt>#<showtimeId>`, beside
 * the layout versions), in the same transaction as the showtime. The shows that could touch a
 * new one are then one Query of a few hours of slots. gsi1 stays the showtime's CITYDATE key.
 *
 * Two staff scheduling the same screen at once must not both pass the check: every schedule
 * write also moves the screen's `SCHEDULE` item from the version it read to the next one, so
 * the second transaction fails and is re-checked against the first one's shows.
 */
export const slotKey = (screenId: string, startsAt: string, showtimeId: string) => ({ pk: `SCREEN#${screenId}`, sk: `SLOT#${startsAt}#${showtimeId}` });
const scheduleKey = (screenId: string) => ({ pk: `SCREEN#${screenId}`, sk: 'SCHEDULE' });

export function slotItem(s: Pick<Showtime, 'id' | 'screenId' | 'startsAt' | 'endsAt' | 'movieTitle'>): Record<string, unknown> {
  return { ...slotKey(s.screenId, s.startsAt, s.id), type: 'slot', showtimeId: s.id, startsAt: s.startsAt, endsAt: s.endsAt, movieTitle: s.movieTitle };
}

export interface ScreenSchedule {
  version: number;
  slots: (BusySlot & { movieTitle?: string })[];
}

/** The version first, then the slots from `from − the longest show` to `to`: a later write moves the version. */
export async function readScreenSchedule(db: Db, screenId: string, from: Date, to: Date): Promise<ScreenSchedule> {
  const head = await db.doc.send(new GetCommand({ TableName: db.table, Key: scheduleKey(screenId), ConsistentRead: true }));
  const start = new Date(from.getTime() - LONGEST_SHOW_MINUTES * 60_000).toISOString();
  const slots: ScreenSchedule['slots'] = [];
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':p': `SCREEN#${screenId}`, ':a': `SLOT#${start}`, ':b': `SLOT#${to.toISOString()}~` },
      ProjectionExpression: 'showtimeId, startsAt, endsAt, movieTitle',
      ConsistentRead: true,
    },
  );
  for await (const out of pages) slots.push(...((out.Items ?? []) as ScreenSchedule['slots']));
  return { version: (head.Item?.version as number | undefined) ?? 0, slots };
}

/** The transaction item that makes a schedule write fail if anyone wrote the screen's schedule since `version`. */
export function scheduleGuard(table: string, screenId: string, version: number) {
  return {
    Update: {
      TableName: table,
      Key: scheduleKey(screenId),
      UpdateExpression: 'SET version = :next',
      ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :v',
      ExpressionAttributeValues: version === 0 ? { ':next': 1 } : { ':next': version + 1, ':v': version },
    },
  };
}
