import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';
import type { SeatItem } from './seats.js';

/** Every changed seat of a show with who has it (booking, hold, kiosk lease): for staff reports and show changes. */
export async function listSeatStates(db: Db, showtimeId: string): Promise<Pick<SeatItem, 'seatId' | 'status' | 'holdExpiresAt' | 'bookingId' | 'kioskId' | 'leaseId'>[]> {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :seat)',
        ExpressionAttributeValues: { ':pk': `SHOW#${showtimeId}`, ':seat': 'SEAT#' },
        ProjectionExpression: 'seatId, #status, holdExpiresAt, bookingId, kioskId, leaseId',
        ExpressionAttributeNames: { '#status': 'status' },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items as unknown as Awaited<ReturnType<typeof listSeatStates>>;
}
