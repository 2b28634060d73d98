import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';

/** The distinct movies of a person's history a recommendation looks at (newest bookings first). */
export const HISTORY_MOVIES = 40;
/** The most bookings one read goes through (an account buying one movie again and again). */
export const HISTORY_BOOKINGS = 1_000;
const PAGE = 100;

export interface MovieHistory {
  /** Movies of confirmed bookings whose show started, newest booking first, each once. */
  watched: string[];
  /** Movies of every confirmed booking read (started or not), each once. */
  booked: string[];
  /** Bookings read, and whether the whole history was. */
  read: number;
  complete: boolean;
}

/**
 * A person's movies for "because you watched": the "My bookings" index (`USERBOOKINGS#<user>`),
 * newest first, 100 a page, only `movieId`, `status` and `startsAt` returned, stopping once
 * `HISTORY_MOVIES` distinct movies were seen (or `HISTORY_BOOKINGS` bookings were read). So any
 * history counts up to 40 movies (not only the newest 200 bookings), and the cost is bounded: read
 * units are billed by the size of the bookings read (the projection does not lower them), about
 * 0.1 a booking of ~1 KB: 10.5 for a page of 100, at most ~105 (docs/reviews-and-recommendations.md).
 */
export async function userMovieHistory(db: Db, userId: string, now: Date): Promise<MovieHistory> {
  const watched = new Set<string>();
  const booked = new Set<string>();
  let read = 0;
  let complete = true;
  const pages = paginateQuery(
    { client: db.doc, pageSize: PAGE },
    {
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :u',
      ProjectionExpression: 'movieId, #status, startsAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':u': `USERBOOKINGS#${userId}` },
      ScanIndexForward: false,
    },
  );
  for await (const out of pages) {
    for (const b of out.Items ?? []) {
      if (b.status !== 'confirmed' || typeof b.movieId !== 'string') continue;
      booked.add(b.movieId);
      if (typeof b.startsAt === 'string' && Date.parse(b.startsAt) <= now.getTime()) watched.add(b.movieId);
    }
    read += out.Items?.length ?? 0;
    complete = !out.LastEvaluatedKey;
    if (booked.size >= HISTORY_MOVIES || read >= HISTORY_BOOKINGS) break;
  }
  return { watched: [...watched], booked: [...booked], read, complete };
}
