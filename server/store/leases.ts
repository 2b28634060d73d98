import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, isTransactionCancelled, type Db } from './db.js';
import { updateWithMessages, type OutboxMessage } from './outbox.js';
import { SEAT_IS_FREE, freeSeatValues, seatKey } from './seats.js';

/**
 * A block of a show's seats leased to one kiosk (DESIGN rule 3): `LEASE#<id>`. A kiosk's leases
 * are found through gsi1 (`KIOSKLEASES#<kiosk>`, sorted by status then creation). The seat items
 * are the truth: the lease's `seats` is what it was given, not what is still unsold.
 */
export type LeaseStatus = 'active' | 'returned' | 'revoked';

export interface LeaseRecord {
  id: string;
  kioskId: string;
  theaterId: string;
  showtimeId: string;
  seats: string[];
  endsAt: string;
  status: LeaseStatus;
  createdAt: string;
  createdBy: string;
  endedAt?: string;
  /** Made by the theater's auto-lease rule (the kiosk gives it back before the show). */
  auto?: boolean;
}

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export const leaseKey = (id: string) => ({ pk: `LEASE#${id}`, sk: 'LEASE' });
const sortKey = (l: Pick<LeaseRecord, 'status' | 'createdAt' | 'id'>) => `${l.status}#${l.createdAt}#${l.id}`;

function strip(item: Record<string, unknown>): LeaseRecord {
  const { pk: _pk, sk: _sk, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as LeaseRecord;
}

export type CreateLeaseResult = { ok: true } | { ok: false; takenSeats: string[]; leaseExists?: true };

/**
 * Every seat must be free by the same condition a hold uses; all become `leased` with the kiosk,
 * the lease and its end, in one transaction with the lease item — all or none.
 */
export async function createLease(db: Db, lease: LeaseRecord, now: Date): Promise<CreateLeaseResult> {
  const items: TransactItems = lease.seats.map((seatId) => ({
    Update: {
      TableName: db.table,
      Key: seatKey(lease.showtimeId, seatId),
      UpdateExpression:
        'SET #status = :leased, seatId = :seat, kioskId = :kiosk, leaseId = :lease, leaseEndsAt = :ends, updatedAt = :now REMOVE holdId, holdExpiresAt, userId, bookingId',
      ConditionExpression: SEAT_IS_FREE,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ...freeSeatValues(now), ':seat': seatId, ':kiosk': lease.kioskId, ':lease': lease.id, ':ends': lease.endsAt },
    },
  }));
  items.push({
    Put: {
      TableName: db.table,
      Item: { ...leaseKey(lease.id), type: 'lease', ...lease, gsi1pk: `KIOSKLEASES#${lease.kioskId}`, gsi1sk: sortKey(lease) },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return { ok: true };
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const reasons = err.CancellationReasons ?? [];
    const taken = lease.seats.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed' || reasons[i]?.Code === 'TransactionConflict');
    // A lease id made from kiosk and show (auto-lease) is taken at most once: the second ask is refused whole.
    if (reasons[lease.seats.length]?.Code === 'ConditionalCheckFailed') return { ok: false, takenSeats: taken, leaseExists: true };
    if (taken.length === 0) throw err;
    return { ok: false, takenSeats: taken };
  }
}

export async function getLease(db: Db, id: string): Promise<LeaseRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: leaseKey(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

/** A kiosk's leases that are still active (newest last). */
export async function listActiveLeases(db: Db, kioskId: string): Promise<LeaseRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND begins_with(gsi1sk, :active)',
      ExpressionAttributeValues: { ':p': `KIOSKLEASES#${kioskId}`, ':active': 'active#' },
    }),
  );
  return (out.Items ?? []).map(strip);
}

/**
 * Gives back the lease's seats that are still leased under it (sold ones stay sold), each seat on
 * its own condition, then ends the lease. `returned` when the kiosk hands them back, `revoked`
 * when staff take them away. Returns the seats freed.
 */
export async function endLease(
  db: Db,
  lease: LeaseRecord,
  status: 'returned' | 'revoked',
  now: Date,
  workFor: (freed: number) => OutboxMessage[] = () => [],
): Promise<string[]> {
  const freed: string[] = [];
  await Promise.all(
    lease.seats.map(async (seatId) => {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.table,
            Key: seatKey(lease.showtimeId, seatId),
            UpdateExpression: 'SET #status = :available, updatedAt = :now REMOVE kioskId, leaseId, leaseEndsAt',
            ConditionExpression: '#status = :leased AND leaseId = :lease',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':available': 'available', ':leased': 'leased', ':lease': lease.id, ':now': now.toISOString() },
          }),
        );
        freed.push(seatId);
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
    }),
  );
  const ended = {
    TableName: db.table,
    Key: leaseKey(lease.id),
    UpdateExpression: 'SET #status = :status, endedAt = :now, gsi1sk = :sk',
    ConditionExpression: '#status = :active',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status, ':active': 'active', ':now': now.toISOString(), ':sk': sortKey({ ...lease, status }) },
  };
  // With the waitlist's work item (only for a show someone waits for) in the same transaction.
  const work = freed.length ? workFor(freed.length) : [];
  await updateWithMessages(db, ended, work);
  return freed.sort();
}

/**
 * Moves an active lease's end, on the lease and on each seat still leased under it. A seat whose
 * lease was already reclaimed and taken by someone else is simply no longer in it. Returns the
 * seats still leased, or null when the lease is not active.
 */
export async function renewLease(db: Db, lease: LeaseRecord, endsAt: string, now: Date): Promise<string[] | null> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: leaseKey(lease.id),
        UpdateExpression: 'SET endsAt = :ends',
        ConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':ends': endsAt, ':active': 'active' },
      }),
    );
  } catch (err) {
    if (isConditionFailure(err)) return null;
    throw err;
  }
  const kept: string[] = [];
  await Promise.all(
    lease.seats.map(async (seatId) => {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.table,
            Key: seatKey(lease.showtimeId, seatId),
            UpdateExpression: 'SET leaseEndsAt = :ends, updatedAt = :now',
            ConditionExpression: '#status = :leased AND leaseId = :lease',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':ends': endsAt, ':leased': 'leased', ':lease': lease.id, ':now': now.toISOString() },
          }),
        );
        kept.push(seatId);
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
    }),
  );
  return kept.sort();
}
