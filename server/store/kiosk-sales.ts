import { GetCommand, paginateQuery, PutCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import type { ConflictDetail } from '../domain/kiosk-conflict-detail.js';
import type { KioskSale } from '../domain/kiosk-sale.js';
import { bookingKey } from './bookings.js';
import { isConditionFailure, isTransactionCancelled, type Db } from './db.js';
import { outboxPut, type OutboxMessage } from './outbox.js';
import { SEAT_IS_FREE, freeSeatValues, seatKey } from './seats.js';

/**
 * One record per kiosk sale id (`KSALE#<sale id>`): the idempotency record of rule 4 and, when a
 * sale could not be applied, the conflict staff resolve. Open conflicts and recently resolved ones
 * are listed per theater through gsi1 (`KCONFLICTS#<theater>`, sort key `open#…` / `resolved#…`).
 */
export type ConflictReason = 'lease_revoked' | 'lease_expired' | 'seat_taken' | 'clock_far_off' | 'bad_signature' | 'not_leased' | 'booking_id_taken';

export interface ConflictResolution {
  action: 'reseat' | 'refund';
  by: string;
  at: string;
  seats?: string[];
  refundMinor?: number;
  /** A reseat's new price minus what was paid, in paise: more to collect (> 0) or to give back (< 0) at the counter. */
  differenceMinor?: number;
  /** The manager's own words, as typed. */
  note?: string;
}

export interface SaleRecord {
  saleId: string;
  kioskId: string;
  theaterId: string;
  showtimeId: string;
  seats: string[];
  bookingId: string;
  /** `online`: sold through a hold while the kiosk was online; `lease`: from the kiosk's lease. */
  mode: 'lease' | 'online';
  status: 'applied' | 'conflict' | 'resolved';
  createdAt: string;
  reason?: ConflictReason;
  /** Records from before `conflictDetail` kept an English sentence here. */
  detail?: string;
  /** Why, beyond the reason: a code and its facts (pages say it in their language). */
  conflictDetail?: ConflictDetail;
  sale?: KioskSale;
  resolution?: ConflictResolution;
}

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export const saleKey = (saleId: string) => ({ pk: `KSALE#${saleId}`, sk: 'KSALE' });

function saleItem(r: SaleRecord): Record<string, unknown> {
  const conflictIndex =
    r.status === 'applied' ? {} : { gsi1pk: `KCONFLICTS#${r.theaterId}`, gsi1sk: `${r.status === 'conflict' ? 'open' : 'resolved'}#${r.createdAt}#${r.saleId}` };
  return { ...saleKey(r.saleId), type: 'kioskSale', ...r, ...conflictIndex };
}

function strip(item: Record<string, unknown>): SaleRecord {
  const { pk: _pk, sk: _sk, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as SaleRecord;
}

export async function getSaleRecord(db: Db, saleId: string): Promise<SaleRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: saleKey(saleId), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

export type ApplyResult =
  | { ok: true }
  | { ok: false; already: true }
  | { ok: false; already: false; failedSeats: string[] }
  | { ok: false; already: false; bookingIdTaken: true };

/**
 * Rule 3 on sync: every seat must still be `leased` to this kiosk under this lease → `sold`; the
 * booking and the sale record are written once, with the booking's messages, in one transaction.
 * `already` when this sale id was applied (or refused) before: the caller answers with that record.
 */
export async function applyLeaseSale(db: Db, b: Booking, record: SaleRecord, opts: { now: Date; leaseId: string; messages: OutboxMessage[] }): Promise<ApplyResult> {
  const now = opts.now.toISOString();
  const items: TransactItems = b.seats.map((seatId) => ({
    Update: {
      TableName: db.table,
      Key: seatKey(b.showtimeId, seatId),
      UpdateExpression: 'SET #status = :sold, bookingId = :booking, updatedAt = :now REMOVE leaseEndsAt',
      ConditionExpression: '#status = :leased AND kioskId = :me AND leaseId = :lease',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sold': 'sold', ':leased': 'leased', ':me': record.kioskId, ':lease': opts.leaseId, ':booking': b.id, ':now': now },
    },
  }));
  items.push(
    { Put: { TableName: db.table, Item: saleItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: db.table, Item: bookingItem(b), ConditionExpression: 'attribute_not_exists(pk)' } },
    ...opts.messages.map((m) => outboxPut(db.table, m)),
  );
  return runSaleTransaction(db, items, b.seats);
}

async function runSaleTransaction(db: Db, items: TransactItems, seats: string[]): Promise<ApplyResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return { ok: true };
    } catch (err) {
      if (!isTransactionCancelled(err)) throw err;
      const reasons = err.CancellationReasons ?? [];
      if (reasons[seats.length]?.Code === 'ConditionalCheckFailed') return { ok: false, already: true };
      const failed = seats.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed');
      if (failed.length) return { ok: false, already: false, failedSeats: failed };
      if (reasons[seats.length + 1]?.Code === 'ConditionalCheckFailed') return { ok: false, already: false, bookingIdTaken: true };
      if (attempt >= 4 || !reasons.some((r) => r.Code === 'TransactionConflict')) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
}

function bookingItem(b: Booking): Record<string, unknown> {
  return { ...bookingKey(b.id), type: 'booking', ...b, gsi1pk: `USERBOOKINGS#${b.userId}`, gsi1sk: `${b.createdAt}#${b.id}` };
}

/** Writes a sale record (applied online sale, or a conflict) once; false when the id was already recorded. */
export async function putSaleRecord(db: Db, record: SaleRecord): Promise<boolean> {
  try {
    await db.doc.send(new PutCommand({ TableName: db.table, Item: saleItem(record), ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** Open conflicts of a theater, oldest first; with `resolvedSince`, also those resolved after it. */
export async function listConflicts(db: Db, theaterId: string, opts: { resolvedSince?: string } = {}): Promise<SaleRecord[]> {
  const query = async (condition: string, values: Record<string, string>) => {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client: db.doc },
      {
        TableName: db.table,
        IndexName: 'gsi1',
        KeyConditionExpression: `gsi1pk = :p AND ${condition}`,
        ExpressionAttributeValues: { ':p': `KCONFLICTS#${theaterId}`, ...values },
      },
    );
    for await (const out of pages) items.push(...(out.Items ?? []));
    return items.map(strip);
  };
  const open = await query('begins_with(gsi1sk, :s)', { ':s': 'open#' });
  if (!opts.resolvedSince) return open;
  const resolved = await query('gsi1sk BETWEEN :from AND :to', { ':from': `resolved#${opts.resolvedSince}`, ':to': 'resolved#~' });
  return [...open, ...resolved];
}

/** Closes a conflict with a refund (the money goes back at the counter); false when it was not open. */
export async function resolveByRefund(db: Db, record: SaleRecord, resolution: ConflictResolution): Promise<boolean> {
  try {
    await db.doc.send(new UpdateCommand({ TableName: db.table, Key: saleKey(record.saleId), ...closeConflict(record, resolution) }));
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

function closeConflict(record: SaleRecord, resolution: ConflictResolution) {
  return {
    UpdateExpression: 'SET #status = :resolved, resolution = :r, gsi1sk = :sk',
    ConditionExpression: '#status = :conflict',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':resolved': 'resolved',
      ':conflict': 'conflict',
      ':r': resolution,
      ':sk': `resolved#${record.createdAt}#${record.saleId}`,
    },
  };
}

export type ReseatResult = { ok: true } | { ok: false; takenSeats: string[] } | { ok: false; notOpen: true };

/**
 * Closes a conflict by selling the customer other seats: each must be free (as for a hold) →
 * `sold`, with the booking, in one transaction with closing the conflict.
 */
export async function resolveByReseat(db: Db, record: SaleRecord, b: Booking, resolution: ConflictResolution, now: Date): Promise<ReseatResult> {
  const items: TransactItems = b.seats.map((seatId) => ({
    Update: {
      TableName: db.table,
      Key: seatKey(b.showtimeId, seatId),
      UpdateExpression: 'SET #status = :sold, seatId = :seat, bookingId = :booking, updatedAt = :now REMOVE holdId, holdExpiresAt, userId, kioskId, leaseId, leaseEndsAt',
      ConditionExpression: SEAT_IS_FREE,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ...freeSeatValues(now), ':sold': 'sold', ':seat': seatId, ':booking': b.id },
    },
  }));
  const close = closeConflict(record, resolution);
  items.push(
    { Update: { TableName: db.table, Key: saleKey(record.saleId), ...close } },
    { Put: { TableName: db.table, Item: bookingItem(b), ConditionExpression: 'attribute_not_exists(pk)' } },
  );
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return { ok: true };
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const reasons = err.CancellationReasons ?? [];
    if (reasons[b.seats.length]?.Code === 'ConditionalCheckFailed') return { ok: false, notOpen: true };
    const taken = b.seats.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed' || reasons[i]?.Code === 'TransactionConflict');
    if (taken.length) return { ok: false, takenSeats: taken };
    throw err;
  }
}
