import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from './db.js';

/**
 * Door check-ins (`SCAN#<ticket>`, one item per door that let the ticket in, `DOOR#<kiosk>#<door>`),
 * listed per show through gsi1 (`DOORSCANS#<theater>#<show>` / `<booking>#<seat>#…`): whether a
 * booking was let in, and whether the show's doors scan at all (loyalty attendance).
 * A ticket let in at two doors gets a `FLAG` item, listed per theater through gsi1
 * (`SCANFLAGS#<theater>`) for the kiosks and the admin panel.
 */
export interface ScanRecord {
  ticketId: string;
  bookingId: string;
  seat: string;
  showtimeId: string;
  theaterId: string;
  kioskId: string;
  door: string;
  scannedAt: string;
}

export interface ScanFlag {
  ticketId: string;
  bookingId: string;
  seat: string;
  showtimeId: string;
  doors: { kioskId: string; door: string; scannedAt: string }[];
  flaggedAt: string;
}

const doorSk = (s: Pick<ScanRecord, 'kioskId' | 'door'>) => `DOOR#${s.kioskId}#${s.door}`;

const showScansPk = (theaterId: string, showtimeId: string) => `DOORSCANS#${theaterId}#${showtimeId}`;

/** Records the first entry of a ticket at a door (a repeated upload changes nothing). True when new. */
export async function putScan(db: Db, s: ScanRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          pk: `SCAN#${s.ticketId}`,
          sk: doorSk(s),
          type: 'scan',
          ...s,
          gsi1pk: showScansPk(s.theaterId, s.showtimeId),
          gsi1sk: `${s.bookingId}#${s.seat}#${s.kioskId}#${s.door}`,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
    return false;
  }
}

/**
 * Was any ticket of the show let in at a door of the theater (`bookingId` given: any ticket of
 * that booking)? One small Query of gsi1 (eventually consistent: a scan just written may be a
 * moment late).
 */
export async function hasDoorScans(db: Db, theaterId: string, showtimeId: string, bookingId?: string): Promise<boolean> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: bookingId ? 'gsi1pk = :p AND begins_with(gsi1sk, :b)' : 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': showScansPk(theaterId, showtimeId), ...(bookingId ? { ':b': `${bookingId}#` } : {}) },
      ProjectionExpression: 'pk',
      Limit: 1,
    }),
  );
  return (out.Items?.length ?? 0) > 0;
}

export async function doorsForTicket(db: Db, ticketId: string): Promise<ScanRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :d)',
      ExpressionAttributeValues: { ':p': `SCAN#${ticketId}`, ':d': 'DOOR#' },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []) as ScanRecord[];
}

export async function putScanFlag(db: Db, theaterId: string, flag: ScanFlag): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { pk: `SCAN#${flag.ticketId}`, sk: 'FLAG', type: 'scanFlag', ...flag, gsi1pk: `SCANFLAGS#${theaterId}`, gsi1sk: `${flag.flaggedAt}#${flag.ticketId}` },
    }),
  );
}

/** Tickets let in at two doors, flagged since `since`. */
export async function listScanFlags(db: Db, theaterId: string, since: string): Promise<ScanFlag[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk >= :since',
      ExpressionAttributeValues: { ':p': `SCANFLAGS#${theaterId}`, ':since': since },
    }),
  );
  return (out.Items ?? []).map((i) => {
    const { pk: _pk, sk: _sk, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = i;
    return rest as ScanFlag;
  });
}
