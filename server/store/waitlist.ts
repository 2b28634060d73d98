import { DeleteCommand, GetCommand, PutCommand, paginateQuery, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, isTransactionCancelled, ttlFrom, type Db } from './db.js';
import { updateWithMessages, type OutboxMessage } from './outbox.js';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * The waitlist of a sold-out show lives in the show's partition: an entry per customer at
 * `SHOW#<id>` / `WAIT#<joinedAt>#<user>` (so the sort order is the order of joining) and a pointer
 * `WAITER#<user>` that makes it one entry per customer per show (both written in one transaction).
 * Both expire (TTL) when the show starts. A freeing of seats is claimed once under `FREED#<id>`.
 */
export interface WaitEntry {
  showtimeId: string;
  userId: string;
  seats: number;
  joinedAt: string;
  /** The language of the page they joined on: their message speaks it. */
  lang: string;
  status: 'waiting' | 'notified';
  notifiedAt?: string;
  /** What freed the seats they were told about. */
  freeing?: string;
}

const pk = (showtimeId: string) => `SHOW#${showtimeId}`;
const entryKey = (e: Pick<WaitEntry, 'showtimeId' | 'joinedAt' | 'userId'>) => ({ pk: pk(e.showtimeId), sk: `WAIT#${e.joinedAt}#${e.userId}` });
const pointerKey = (showtimeId: string, userId: string) => ({ pk: pk(showtimeId), sk: `WAITER#${userId}` });

function strip(item: Record<string, unknown>): WaitEntry {
  const { pk: _p, sk: _s, type: _t, ttl: _ttl, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as WaitEntry;
}

/**
 * A waiting entry is also in the shared index under `WAITLISTS`, sorted by its show's start, so
 * the per-minute sweep finds the shows that have a waitlist without scanning (docs/loyalty-and-
 * waitlist.md). Sparse: an entry leaves the index when it is told (or leaves the line).
 */
const WAITING_INDEX = 'WAITLISTS';
const waitingIndex = (e: Pick<WaitEntry, 'showtimeId' | 'joinedAt' | 'userId'>, startsAt: Date) => ({
  gsi1pk: WAITING_INDEX,
  gsi1sk: `${startsAt.toISOString()}#${e.showtimeId}#${e.joinedAt}#${e.userId}`,
});

/**
 * The shows not yet started that have someone waiting, from the index (eventually consistent:
 * an entry joined a moment ago may be missed until the next pass). Reads the waiting entries of
 * shows not yet started (about 400 bytes each: half a read unit per ten).
 */
export async function showsWithWaiters(db: Db, now: Date): Promise<string[]> {
  const shows = new Set<string>();
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk > :now',
      ExpressionAttributeValues: { ':p': WAITING_INDEX, ':now': now.toISOString() },
      ProjectionExpression: 'showtimeId',
    },
  );
  for await (const out of pages) for (const item of out.Items ?? []) shows.add(item.showtimeId as string);
  return [...shows];
}

export async function getWaitEntry(db: Db, showtimeId: string, userId: string): Promise<WaitEntry | null> {
  const ptr = await db.doc.send(new GetCommand({ TableName: db.table, Key: pointerKey(showtimeId, userId), ConsistentRead: true }));
  if (!ptr.Item) return null;
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: entryKey({ showtimeId, userId, joinedAt: ptr.Item.joinedAt as string }), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

/**
 * Adds the customer at the end of the line. One entry per customer per show: a customer still
 * waiting keeps their place (their party size is updated); one already told about free seats is
 * put at the back again. `expiresAt`: the show's start.
 */
export async function joinWaitlist(db: Db, entry: WaitEntry, expiresAt: Date): Promise<WaitEntry> {
  const ttl = ttlFrom(expiresAt);
  for (let attempt = 1; ; attempt++) {
    const current = await getWaitEntry(db, entry.showtimeId, entry.userId);
    if (current?.status === 'waiting') {
      try {
        await db.doc.send(
          new UpdateCommand({
            TableName: db.table,
            Key: entryKey(current),
            UpdateExpression: 'SET seats = :n, lang = :lang',
            ConditionExpression: '#status = :waiting',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':n': entry.seats, ':lang': entry.lang, ':waiting': 'waiting' },
          }),
        );
        return { ...current, seats: entry.seats, lang: entry.lang };
      } catch (err) {
        // Told about free seats a moment ago: join again at the back.
        if (!isConditionFailure(err) || attempt >= 3) throw err;
        continue;
      }
    }
    const items: TransactItems = [
      {
        Put: {
          TableName: db.table,
          Item: { ...pointerKey(entry.showtimeId, entry.userId), type: 'waitPointer', joinedAt: entry.joinedAt, ttl },
          ...(current
            ? { ConditionExpression: 'joinedAt = :old', ExpressionAttributeValues: { ':old': current.joinedAt } }
            : { ConditionExpression: 'attribute_not_exists(pk)' }),
        },
      },
      { Put: { TableName: db.table, Item: { ...entryKey(entry), type: 'waitEntry', ...entry, ttl, ...waitingIndex(entry, expiresAt) }, ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    if (current) items.push({ Delete: { TableName: db.table, Key: entryKey(current) } });
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return entry;
    } catch (err) {
      // Joined twice at once: read again and answer with the entry that won.
      if (!isTransactionCancelled(err) || attempt >= 3) throw err;
    }
  }
}

/** Takes the customer off the line (nothing to do when they were not on it). */
export async function leaveWaitlist(db: Db, showtimeId: string, userId: string): Promise<boolean> {
  const current = await getWaitEntry(db, showtimeId, userId);
  if (!current) {
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: pointerKey(showtimeId, userId) }));
    return false;
  }
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [{ Delete: { TableName: db.table, Key: pointerKey(showtimeId, userId) } }, { Delete: { TableName: db.table, Key: entryKey(current) } }],
    }),
  );
  return true;
}

/** Up to `limit` entries still waiting, first come first. */
export async function waitingEntries(db: Db, showtimeId: string, limit = 50): Promise<WaitEntry[]> {
  const found: WaitEntry[] = [];
  const pages = paginateQuery(
    { client: db.doc, pageSize: 100 },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
      FilterExpression: '#status = :waiting',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': pk(showtimeId), ':wait': 'WAIT#', ':waiting': 'waiting' },
      ConsistentRead: true,
    },
  );
  for await (const out of pages) {
    found.push(...(out.Items ?? []).map(strip));
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

/** Claims one freeing of seats (a cancellation, a released hold…) so it is announced once. */
export async function claimFreeing(db: Db, showtimeId: string, freeing: string, now: Date, expiresAt: Date): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { pk: pk(showtimeId), sk: `FREED#${freeing}`, type: 'seatsFreed', at: now.toISOString(), ttl: Math.max(ttlFrom(expiresAt), ttlFrom(now) + 86400) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

const freedKey = (showtimeId: string, freeing: string) => ({ pk: pk(showtimeId), sk: `FREED#${freeing}` });

/** The claim of a freeing: when it was made and whether its announcement ran to the end. */
export async function getFreeing(db: Db, showtimeId: string, freeing: string): Promise<{ at: string; done: boolean } | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: freedKey(showtimeId, freeing), ConsistentRead: true }));
  return out.Item ? { at: out.Item.at as string, done: out.Item.done === true } : null;
}

/** The announcement of a freeing ran to the end: nothing is left to resume. */
export async function finishFreeing(db: Db, showtimeId: string, freeing: string): Promise<void> {
  await db.doc.send(new UpdateCommand({ TableName: db.table, Key: freedKey(showtimeId, freeing), UpdateExpression: 'SET done = :t', ExpressionAttributeValues: { ':t': true } }));
}

/** Seats of the entries already told about this freeing (to resume an announcement cut short). */
export async function seatsToldFor(db: Db, showtimeId: string, freeing: string): Promise<number> {
  let seats = 0;
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
      FilterExpression: '#status = :notified AND freeing = :f',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': pk(showtimeId), ':wait': 'WAIT#', ':notified': 'notified', ':f': freeing },
      ConsistentRead: true,
    },
  );
  for await (const out of pages) for (const item of out.Items ?? []) seats += Number(item.seats ?? 0);
  return seats;
}

/** Marks an entry told about `freeing` and queues its messages, in one transaction; false if it left or was told already. */
export async function markNotified(db: Db, e: WaitEntry, freeing: string, messages: OutboxMessage[], now: Date): Promise<boolean> {
  return updateWithMessages(
    db,
    {
      TableName: db.table,
      Key: entryKey(e),
      UpdateExpression: 'SET #status = :notified, notifiedAt = :now, freeing = :freeing REMOVE gsi1pk, gsi1sk',
      ConditionExpression: '#status = :waiting',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':notified': 'notified', ':waiting': 'waiting', ':now': now.toISOString(), ':freeing': freeing },
    },
    messages,
  );
}

/**
 * Whether anyone is still waiting for this show: what decides if a freeing of its seats writes a
 * "seats came back" work item in its transaction. A Query of the show's `WAIT#` entries, which
 * almost every show does not have (one read unit for nothing found).
 */
export async function hasWaitingEntries(db: Db, showtimeId: string): Promise<boolean> {
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :wait)',
      FilterExpression: '#status = :waiting',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pk': pk(showtimeId), ':wait': 'WAIT#', ':waiting': 'waiting' },
      Select: 'COUNT',
      ConsistentRead: true,
    },
  );
  for await (const out of pages) if ((out.Count ?? 0) > 0) return true;
  return false;
}
