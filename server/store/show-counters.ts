import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { coalescedAdd } from './coalesced-write.js';
import type { Db } from './db.js';

/**
 * Keeps `seatsSold` on the showtime item for listings ("12 seats left"). It is written after the
 * booking transaction, not inside it: every booking of a show touching one item inside its
 * transaction would make bookings of different seats conflict. The seat items stay the truth.
 */
export async function addSeatsSold(db: Db, showtimeId: string, delta: number): Promise<void> {
  // Sales of one show finishing together share one write (store/coalesced-write.ts).
  await coalescedAdd(`${db.table}#SHOW#${showtimeId}#seatsSold`, { d: delta }, {}, (add) =>
    db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: `SHOW#${showtimeId}`, sk: 'SHOW' },
        UpdateExpression: 'ADD seatsSold :d',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':d': add.d },
      }),
    ),
  );
}
