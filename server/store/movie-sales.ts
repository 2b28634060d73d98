import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Showtime } from '../domain/catalog.js';
import { localDate } from '../domain/theater-time.js';
import { coalescedAdd } from './coalesced-write.js';
import type { Db } from './db.js';

/**
 * Seats sold per movie by the day of the **sale** (not of the show), for "popular this week":
 * one small item per theater and sale day in the reports' partition, `AGG#<theaterId>` /
 * `SOLD#<date>` (the theater's calendar), with one number per movie (`m:<movieId>`) and per movie
 * and language (`l:<movieId>:<language>`). A sale ADDs its seats after its transaction, in
 * parallel with the report counters (no added round trip) and coalesced like them
 * (store/coalesced-write.ts); a cancellation takes them back on the day of the sale, so a day
 * counts the seats sold that day and still sold.
 */
type SaleFacts = Pick<Showtime, 'theaterId' | 'movieId' | 'language' | 'timezone'>;

const key = (theaterId: string, date: string) => ({ pk: `AGG#${theaterId}`, sk: `SOLD#${date}` });

export async function addMovieSales(db: Db, show: SaleFacts, soldAt: string, seats: number): Promise<void> {
  if (seats === 0) return;
  const date = localDate(new Date(soldAt), show.timezone);
  const k = key(show.theaterId, date);
  const add: Record<string, number> = { [`m:${show.movieId}`]: seats };
  if (show.language) add[`l:${show.movieId}:${show.language}`] = seats;
  await coalescedAdd(`${db.table}#${k.pk}#${k.sk}`, add, {}, (sum) => {
    const names: Record<string, string> = { '#type': 'type', '#date': 'date' };
    const values: Record<string, unknown> = { ':type': 'movieSales', ':date': date };
    const adds = Object.entries(sum).map(([attr, n], i) => {
      names[`#a${i}`] = attr;
      values[`:a${i}`] = n;
      return `#a${i} :a${i}`;
    });
    return db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: k,
        UpdateExpression: `SET #type = :type, #date = :date ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  });
}

export interface MovieSales {
  seats: number;
  seatsByLanguage: Record<string, number>;
}

/** Seats sold at one theater on the sale days `from` … `to` (inclusive), per movie. */
export async function movieSalesBetween(db: Db, theaterId: string, from: string, to: string): Promise<Map<string, MovieSales>> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':p': `AGG#${theaterId}`, ':a': `SOLD#${from}`, ':b': `SOLD#${to}` },
    }),
  );
  const byMovie = new Map<string, MovieSales>();
  const of = (movieId: string) => byMovie.get(movieId) ?? byMovie.set(movieId, { seats: 0, seatsByLanguage: {} }).get(movieId)!;
  for (const item of out.Items ?? []) {
    for (const [attr, value] of Object.entries(item)) {
      const [kind, movieId, language] = attr.split(':');
      if (kind === 'm' && movieId) of(movieId).seats += Number(value);
      else if (kind === 'l' && movieId && language) {
        const m = of(movieId);
        m.seatsByLanguage[language] = (m.seatsByLanguage[language] ?? 0) + Number(value);
      }
    }
  }
  return byMovie;
}
