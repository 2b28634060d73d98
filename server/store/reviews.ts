import { GetCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ratingDelta } from '../domain/review-rules.js';
import { isTransactionCancelled, type Db } from './db.js';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * Reviews live in their movie's partition `MOVIE#<movieId>#REVIEWS`: one item per author
 * (sk `USER#<userId>`, so "one review per movie per person" is the key itself) and one small
 * aggregate (sk `AGG`: count and sum of the visible ratings) that every write moves with `ADD`
 * in the same transaction. A visible review carries gsi1 `REVIEWS#<movieId>` / `<updatedAt>#<userId>`
 * (newest first for the movie page); a hidden one moves to `HIDDENREVIEWS#<movieId>` with the same
 * sort key, out of the public list, so moderation pages both newest first.
 */
export interface Review {
  movieId: string;
  userId: string;
  authorName: string;
  rating: number;
  text: string;
  createdAt: string;
  updatedAt: string;
  /** Moves by one with every write; each write is conditional on the version it read. */
  version: number;
  hidden: boolean;
  hiddenBy?: { id: string; name: string; email: string };
  hiddenReason?: string;
  hiddenAt?: string;
}

export interface RatingAggregate {
  count: number;
  sum: number;
}

const partition = (movieId: string) => `MOVIE#${movieId}#REVIEWS`;
export const reviewKey = (movieId: string, userId: string) => ({ pk: partition(movieId), sk: `USER#${userId}` });
export const ratingKey = (movieId: string) => ({ pk: partition(movieId), sk: 'AGG' });

function reviewItem(r: Review): Record<string, unknown> {
  return {
    ...reviewKey(r.movieId, r.userId),
    type: 'review',
    ...r,
    gsi1pk: `${r.hidden ? 'HIDDENREVIEWS' : 'REVIEWS'}#${r.movieId}`,
    gsi1sk: `${r.updatedAt}#${r.userId}`,
  };
}

function strip(item: Record<string, unknown>): Review {
  const { pk: _p, sk: _s, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as Review;
}

export async function getReview(db: Db, movieId: string, userId: string): Promise<Review | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: reviewKey(movieId, userId), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

export async function getRatingAggregate(db: Db, movieId: string): Promise<RatingAggregate> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: ratingKey(movieId) }));
  return { count: Number(out.Item?.ratingCount ?? 0), sum: Number(out.Item?.ratingSum ?? 0) };
}

/** Visible reviews, newest first; `before` is the `cursor` of the previous page's last one. */
export async function listVisibleReviews(
  db: Db,
  movieId: string,
  opts: { limit: number; before?: string },
): Promise<{ reviews: Review[]; next?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: opts.before ? 'gsi1pk = :p AND gsi1sk < :b' : 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': `REVIEWS#${movieId}`, ...(opts.before ? { ':b': opts.before } : {}) },
      ScanIndexForward: false,
      Limit: opts.limit,
    }),
  );
  const reviews = (out.Items ?? []).map(strip);
  const last = out.LastEvaluatedKey?.gsi1sk as string | undefined;
  return { reviews, ...(last ? { next: last } : {}) };
}

/**
 * A page of every review of a movie, hidden ones too (moderation), newest first: the visible and
 * the hidden index keys read from `before` (the `next` of the previous page) and merged, since
 * both sort by `<updatedAt>#<userId>`. At most `limit` of each are read for a page.
 */
export async function listAllReviews(
  db: Db,
  movieId: string,
  opts: { limit: number; before?: string },
): Promise<{ reviews: Review[]; next?: string }> {
  const read = (pk: string) =>
    db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'gsi1',
        KeyConditionExpression: opts.before ? 'gsi1pk = :p AND gsi1sk < :b' : 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': pk, ...(opts.before ? { ':b': opts.before } : {}) },
        ScanIndexForward: false,
        Limit: opts.limit,
      }),
    );
  const [shown, hidden] = await Promise.all([read(`REVIEWS#${movieId}`), read(`HIDDENREVIEWS#${movieId}`)]);
  const items = [...(shown.Items ?? []), ...(hidden.Items ?? [])].sort((a, b) => String(b.gsi1sk).localeCompare(String(a.gsi1sk)));
  const page = items.slice(0, opts.limit);
  const more = items.length > opts.limit || shown.LastEvaluatedKey !== undefined || hidden.LastEvaluatedKey !== undefined;
  const last = page.at(-1)?.gsi1sk as string | undefined;
  return { reviews: page.map(strip), ...(more && last ? { next: last } : {}) };
}

/**
 * Moves a review from `before` (null: none yet) to `after` (null: deleted) and the movie's
 * aggregate by the difference, in one transaction with `extra` (an audit entry). The review
 * write is conditional on the version read, so a write that raced another returns false and
 * nothing was written; the caller reads again and retries.
 */
export async function writeReviewChange(db: Db, before: Review | null, after: Review | null, extra: TransactItems = []): Promise<boolean> {
  const movieId = (after ?? before)!.movieId;
  const userId = (after ?? before)!.userId;
  const guard = before
    ? { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': before.version } }
    : { ConditionExpression: 'attribute_not_exists(pk)' };
  const items: TransactItems = [
    after
      ? { Put: { TableName: db.table, Item: reviewItem(after), ...guard } }
      : { Delete: { TableName: db.table, Key: reviewKey(movieId, userId), ...guard } },
  ];
  const d = ratingDelta(before, after);
  if (d.count !== 0 || d.sum !== 0) {
    items.push({
      Update: {
        TableName: db.table,
        Key: ratingKey(movieId),
        UpdateExpression: 'SET #type = :type, movieId = :m ADD ratingCount :c, ratingSum :s',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':type': 'rating', ':m': movieId, ':c': d.count, ':s': d.sum },
      },
    });
  }
  items.push(...extra);
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}
