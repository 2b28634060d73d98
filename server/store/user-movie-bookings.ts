import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import type { Db } from './db.js';

export type MovieBooking = Pick<Booking, 'id' | 'movieId' | 'status' | 'startsAt' | 'payment'>;

/**
 * Whether some booking of this person for this movie passes `test`, over their whole history:
 * the "My bookings" index (`USERBOOKINGS#<user>`), newest first, page after page, filtered to the
 * movie in the store (only its bookings travel, with the few fields the rules read), stopping at
 * the first that passes. The index's key cannot narrow to a movie, so a person who never booked
 * the movie has every booking of theirs read (billed by size, not by what is returned): one page
 * for almost everyone, a few for the rare account with thousands of bookings.
 */
export async function someMovieBooking(db: Db, userId: string, movieId: string, test: (b: MovieBooking) => boolean): Promise<boolean> {
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :u',
      FilterExpression: 'movieId = :m',
      ProjectionExpression: 'id, movieId, #status, startsAt, payment',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':u': `USERBOOKINGS#${userId}`, ':m': movieId },
      ScanIndexForward: false,
    },
  );
  for await (const out of pages) if ((out.Items ?? []).some((i) => test(i as MovieBooking))) return true;
  return false;
}
