import { setTimeout as sleep } from 'node:timers/promises';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { AppError } from '../domain/errors.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { getReview, writeReviewChange, type Review } from '../store/reviews.js';
import type { ReviewDeps } from './deps.js';
import { canReview } from './review-eligibility.js';
import type { ReviewInput } from './schemas.js';

type Extra = NonNullable<TransactWriteCommandInput['TransactItems']>;
const ATTEMPTS = 6;

export async function requireMovie(db: Db, movieId: string) {
  const movie = (await loadCatalog(db)).movies.find((m) => m.id === movieId);
  if (!movie) throw new AppError('not_found', 'We could not find that movie.');
  return movie;
}

/**
 * Reads the review, decides its next state and writes it under the version read; a write that
 * lost a race (two tabs, two servers) reads again, so the aggregate moves by the true difference.
 */
export async function changeReview(
  db: Db,
  movieId: string,
  userId: string,
  next: (current: Review | null) => { after: Review | null; extra?: Extra },
): Promise<{ before: Review | null; after: Review | null }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await getReview(db, movieId, userId);
    const { after, extra } = next(before);
    if (await writeReviewChange(db, before, after, extra)) return { before, after };
    await sleep(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new AppError('edit_conflict');
}

/** Writes or edits the signed-in person's review; 403 `not_eligible` without a ticket to a past show. */
export async function saveMyReview(
  deps: ReviewDeps,
  user: { id: string; name: string },
  movieId: string,
  input: ReviewInput,
): Promise<{ review: Review; created: boolean }> {
  await requireMovie(deps.db, movieId);
  const now = deps.clock();
  if (!(await canReview(deps.db, user.id, movieId, now))) throw new AppError('not_eligible');
  const at = now.toISOString();
  const { before, after } = await changeReview(deps.db, movieId, user.id, (current) => ({
    after: current
      ? { ...current, rating: input.rating, text: input.text, updatedAt: at, version: current.version + 1 }
      : {
          movieId,
          userId: user.id,
          authorName: user.name.trim().split(/\s+/)[0] || user.name,
          rating: input.rating,
          text: input.text,
          createdAt: at,
          updatedAt: at,
          version: 1,
          hidden: false,
        },
  }));
  return { review: after!, created: before === null };
}

/** Removes the signed-in person's own review (404 when there is none). */
export async function deleteMyReview(deps: ReviewDeps, userId: string, movieId: string): Promise<void> {
  await requireMovie(deps.db, movieId);
  const current = await getReview(deps.db, movieId, userId);
  if (!current) throw new AppError('not_found', 'You have not reviewed this movie.');
  await changeReview(deps.db, movieId, userId, (c) => {
    if (!c) throw new AppError('not_found', 'You have not reviewed this movie.');
    return { after: null };
  });
}
