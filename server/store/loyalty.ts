import { GetCommand, paginateQuery, PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { reversalOf } from '../domain/loyalty.js';
import { bookingKey } from './bookings.js';
import { isTransactionCancelled, type Db } from './db.js';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * A customer's points: one balance item (`LOYALTY#<user>` / `BALANCE`, attribute `points`) and one
 * ledger item per movement (`MOVE#<booking>#<earn|redeem|reverse>`). Every change of the balance
 * is an `ADD` in the same transaction as the `Put` of its ledger item under
 * `attribute_not_exists`, so each movement happens once per booking whatever retries.
 */
export type MoveKind = 'earn' | 'redeem' | 'reverse';

export interface LoyaltyMove {
  kind: MoveKind;
  bookingId: string;
  /** Signed change of the balance. */
  points: number;
  at: string;
  movieTitle?: string;
  /** reverse: earned points not taken back because they were already spent. */
  forgiven?: number;
}

export interface LoyaltyAccount {
  balance: number;
  /** Newest first. */
  moves: LoyaltyMove[];
  /** Bookings settled without points (not let in at a show whose doors scan): not looked at again. */
  unearned: string[];
}

const pk = (userId: string) => `LOYALTY#${userId}`;
const balanceKey = (userId: string) => ({ pk: pk(userId), sk: 'BALANCE' });
const moveKey = (userId: string, bookingId: string, kind: MoveKind) => ({ pk: pk(userId), sk: `MOVE#${bookingId}#${kind}` });

function moveItem(userId: string, m: LoyaltyMove) {
  return { ...moveKey(userId, m.bookingId, m.kind), type: 'loyaltyMove', ...m };
}

export async function getLoyalty(db: Db, userId: string): Promise<LoyaltyAccount> {
  let balance = 0;
  const moves: LoyaltyMove[] = [];
  const unearned: string[] = [];
  const pages = paginateQuery({ client: db.doc }, { TableName: db.table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk(userId) }, ConsistentRead: true });
  for await (const out of pages) {
    for (const item of out.Items ?? []) {
      if (item.sk === 'BALANCE') balance = Number(item.points ?? 0);
      else if (item.type === 'loyaltyUnearned') unearned.push(String(item.bookingId));
      else {
        const { pk: _p, sk: _s, type: _t, ...m } = item;
        moves.push(m as LoyaltyMove);
      }
    }
  }
  moves.sort((a, b) => b.at.localeCompare(a.at));
  return { balance, moves, unearned };
}

export async function getBalance(db: Db, userId: string): Promise<number> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: balanceKey(userId), ConsistentRead: true }));
  return Number(out.Item?.points ?? 0);
}

/**
 * The items that spend points inside the booking transaction (DESIGN rule 2): the balance must
 * still hold them (`points >= :spend`), so two bookings racing for the same points cannot both
 * commit. The first item is the balance's: its cancellation reason says the points were gone.
 */
export function redeemItems(table: string, userId: string, move: Omit<LoyaltyMove, 'kind' | 'points'> & { spend: number }): TransactItems {
  const { spend, ...rest } = move;
  return [
    {
      Update: {
        TableName: table,
        Key: balanceKey(userId),
        UpdateExpression: 'ADD points :minus SET updatedAt = :at',
        ConditionExpression: 'points >= :spend',
        ExpressionAttributeValues: { ':minus': -spend, ':spend': spend, ':at': move.at },
      },
    },
    { Put: { TableName: table, Item: moveItem(userId, { ...rest, kind: 'redeem', points: -spend }), ConditionExpression: 'attribute_not_exists(pk)' } },
  ];
}

/**
 * Credits a booking's earned points once, and only while the booking is still confirmed (a
 * cancelled booking earns nothing). False when already credited or no longer confirmed.
 */
export async function creditEarned(db: Db, userId: string, move: Omit<LoyaltyMove, 'kind'>): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName: db.table,
              Key: bookingKey(move.bookingId),
              ConditionExpression: '#status = :confirmed AND userId = :user',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':confirmed': 'confirmed', ':user': userId },
            },
          },
          { Put: { TableName: db.table, Item: moveItem(userId, { ...move, kind: 'earn' }), ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Update: {
              TableName: db.table,
              Key: balanceKey(userId),
              UpdateExpression: 'ADD points :p SET updatedAt = :at',
              ExpressionAttributeValues: { ':p': move.points, ':at': move.at },
            },
          },
        ],
      }),
    );
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}

/**
 * Records that a booking earns nothing (`UNEARNED#<booking>`), so reading the points stops
 * looking at it. Not a movement: the balance does not change, and a door scan uploaded even
 * later still credits the booking (`creditEarned` only looks at the `earn` item).
 */
export async function markUnearned(db: Db, userId: string, bookingId: string, at: string): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: pk(userId), sk: `UNEARNED#${bookingId}`, type: 'loyaltyUnearned', bookingId, at } }));
}

async function getMove(db: Db, userId: string, bookingId: string, kind: MoveKind): Promise<LoyaltyMove | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: moveKey(userId, bookingId, kind), ConsistentRead: true }));
  return (out.Item as LoyaltyMove | undefined) ?? null;
}

/**
 * After a booking is cancelled: the points it spent come back and the points it earned go, never
 * below zero (domain `reversalOf`). Once per booking (the `reverse` ledger item); the balance is
 * written only if it is still what was read, and read again when it moved meanwhile.
 * Returns the reversal written, or null when there was nothing to do or it was done before.
 */
export async function reverseBooking(db: Db, userId: string, bookingId: string, now: Date, movieTitle?: string): Promise<LoyaltyMove | null> {
  const [redeem, earn, done] = await Promise.all([
    getMove(db, userId, bookingId, 'redeem'),
    getMove(db, userId, bookingId, 'earn'),
    getMove(db, userId, bookingId, 'reverse'),
  ]);
  if (done || (!redeem && !earn)) return null;
  for (let attempt = 1; ; attempt++) {
    const balance = await getBalance(db, userId);
    const r = reversalOf(balance, -(redeem?.points ?? 0), earn?.points ?? 0);
    const move: LoyaltyMove = { kind: 'reverse', bookingId, points: r.change, at: now.toISOString(), ...(movieTitle ? { movieTitle } : {}), ...(r.forgiven ? { forgiven: r.forgiven } : {}) };
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: db.table, Item: moveItem(userId, move), ConditionExpression: 'attribute_not_exists(pk)' } },
            {
              Update: {
                TableName: db.table,
                Key: balanceKey(userId),
                UpdateExpression: 'SET points = :next, updatedAt = :at',
                ConditionExpression: balance === 0 ? 'attribute_not_exists(points) OR points = :seen' : 'points = :seen',
                ExpressionAttributeValues: { ':next': balance + r.change, ':seen': balance, ':at': move.at },
              },
            },
          ],
        }),
      );
      return move;
    } catch (err) {
      if (!isTransactionCancelled(err)) throw err;
      const reasons = err.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return null; // reversed by someone else meanwhile
      if (attempt >= 5) throw err;
    }
  }
}
