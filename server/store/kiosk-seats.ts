import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';
import type { SeatItem } from './seats.js';

export type KioskSeatState = Pick<SeatItem, 'seatId' | 'status' | 'holdExpiresAt' | 'leaseEndsAt' | 'kioskId' | 'leaseId' | 'bookingId' | 'updatedAt'>;

/** A show's changed seats with what a kiosk needs: its leases, and which booking has each sold seat (for the door). */
export async function listSeatsForKiosk(db: Db, showtimeId: string): Promise<KioskSeatState[]> {
  const items: KioskSeatState[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :seat)',
        ExpressionAttributeValues: { ':pk': `SHOW#${showtimeId}`, ':seat': 'SEAT#' },
        ProjectionExpression: 'seatId, #status, holdExpiresAt, leaseEndsAt, kioskId, leaseId, bookingId, updatedAt',
        ExpressionAttributeNames: { '#status': 'status' },
        ExclusiveStartKey,
      }),
    );
    items.push(...((out.Items ?? []) as KioskSeatState[]));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}
