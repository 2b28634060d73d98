import { averageRating } from '../domain/review-rules.js';
import type { Db } from '../store/db.js';
import { getRatingAggregate, getReview, listVisibleReviews, type Review } from '../store/reviews.js';
import { canReview } from './review-eligibility.js';

export const REVIEWS_PER_PAGE = 10;

export interface MovieReviews {
  average: number | null;
  count: number;
  reviews: Review[];
  /** Cursor of the next page, when there is one. */
  next?: string;
}

/** The movie's average (one item) and a page of its visible reviews, newest first. */
export async function movieReviews(db: Db, movieId: string, before?: string, limit = REVIEWS_PER_PAGE): Promise<MovieReviews> {
  const [agg, page] = await Promise.all([getRatingAggregate(db, movieId), listVisibleReviews(db, movieId, { limit, before })]);
  return { average: averageRating(agg), count: agg.count, ...page };
}

/** What the signed-in person sees of their own: their review (hidden or not) and whether they may write one. */
export async function myReviewState(db: Db, userId: string, movieId: string, now: Date): Promise<{ eligible: boolean; mine: Review | null }> {
  const [eligible, mine] = await Promise.all([canReview(db, userId, movieId, now), getReview(db, movieId, userId)]);
  return { eligible, mine };
}

/** The JSON shape of a review for the API. */
export function reviewView(r: Review, opts: { own?: boolean } = {}) {
  return {
    movieId: r.movieId,
    author: r.authorName,
    rating: r.rating,
    text: r.text,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    ...(opts.own ? { hidden: r.hidden, ...(r.hidden && r.hiddenReason ? { hiddenReason: r.hiddenReason } : {}) } : {}),
  };
}
