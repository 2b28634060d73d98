import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Showtime } from '../domain/catalog.js';
import { auditPut, type AuditEntry } from './audit.js';
import { showtimeItem } from './catalog.js';
import { isTransactionCancelled, type Db } from './db.js';
import { scheduleGuard, slotItem, slotKey } from './screen-schedule.js';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** `stale`: the screen's schedule changed since it was read (check the overlap again); `changed`: the showtime did. */
export type ScheduleWrite = 'ok' | 'stale' | 'changed';

async function commit(db: Db, items: TransactItems, guardIndex: number | null): Promise<ScheduleWrite> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return 'ok';
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const reasons = err.CancellationReasons ?? [];
    if (reasons.some((r) => r.Code === 'TransactionConflict')) return 'stale';
    if (guardIndex !== null && reasons[guardIndex]?.Code === 'ConditionalCheckFailed') return 'stale';
    return 'changed';
  }
}

/** New showtimes of one screen with their slots, all or none, if the schedule is still at `version`. */
export async function createShowtimes(db: Db, shows: Showtime[], version: number, audit: AuditEntry): Promise<ScheduleWrite> {
  const screenId = shows[0].screenId;
  const items: TransactItems = [scheduleGuard(db.table, screenId, version), auditPut(db.table, audit)];
  for (const s of shows) {
    items.push({ Put: { TableName: db.table, Item: showtimeItem(s), ConditionExpression: 'attribute_not_exists(pk)' } });
    items.push({ Put: { TableName: db.table, Item: slotItem(s) } });
  }
  return commit(db, items, 0);
}

/** Moves a scheduled show to a new start (its slot with it), if neither it nor the screen's schedule changed meanwhile. */
export async function moveShowtime(db: Db, old: Showtime, moved: Showtime, version: number, audit: AuditEntry): Promise<ScheduleWrite> {
  const next = showtimeItem(moved);
  const items: TransactItems = [
    scheduleGuard(db.table, old.screenId, version),
    {
      Update: {
        TableName: db.table,
        Key: { pk: `SHOW#${old.id}`, sk: 'SHOW' },
        UpdateExpression: 'SET startsAt = :s, endsAt = :e, localDate = :d, gsi1pk = :g1, gsi1sk = :g2',
        ConditionExpression: '#status = :scheduled AND startsAt = :old',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':s': moved.startsAt,
          ':e': moved.endsAt,
          ':d': moved.localDate,
          ':g1': next.gsi1pk,
          ':g2': next.gsi1sk,
          ':scheduled': 'scheduled',
          ':old': old.startsAt,
        },
      },
    },
    { Delete: { TableName: db.table, Key: slotKey(old.screenId, old.startsAt, old.id) } },
    { Put: { TableName: db.table, Item: slotItem(moved) } },
    auditPut(db.table, audit),
  ];
  return commit(db, items, 0);
}

/** Marks a scheduled show cancelled and frees its screen time. */
export async function markShowtimeCancelled(db: Db, show: Showtime, audit: AuditEntry): Promise<ScheduleWrite> {
  return commit(
    db,
    [
      {
        Update: {
          TableName: db.table,
          Key: { pk: `SHOW#${show.id}`, sk: 'SHOW' },
          UpdateExpression: 'SET #status = :cancelled',
          ConditionExpression: '#status = :scheduled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':cancelled': 'cancelled', ':scheduled': 'scheduled' },
        },
      },
      { Delete: { TableName: db.table, Key: slotKey(show.screenId, show.startsAt, show.id) } },
      auditPut(db.table, audit),
    ],
    null,
  );
}

/** New prices for seats sold from now on; holds already placed keep their quote. */
export async function setShowtimePrices(db: Db, show: Showtime, prices: Showtime['prices'], audit: AuditEntry): Promise<ScheduleWrite> {
  return commit(
    db,
    [
      {
        Update: {
          TableName: db.table,
          Key: { pk: `SHOW#${show.id}`, sk: 'SHOW' },
          UpdateExpression: 'SET prices = :p',
          ConditionExpression: '#status = :scheduled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':p': prices, ':scheduled': 'scheduled' },
        },
      },
      auditPut(db.table, audit),
    ],
    null,
  );
}
