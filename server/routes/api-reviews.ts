import { Hono } from 'hono';
import { recommendedFor } from '../catalog/recommended.js';
import type { ReviewDeps } from '../reviews/deps.js';
import { movieReviews, myReviewState, reviewView } from '../reviews/movie-reviews.js';
import { reviewCursor, reviewInput } from '../reviews/schemas.js';
import { deleteMyReview, requireMovie, saveMyReview } from '../reviews/write-review.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';
import { requireUser } from './require-user.js';
import { tr } from './render.js';

/** Reviews and ratings under /api/v1 (docs/reviews-and-recommendations.md). */
export function apiReviewRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/movies/:id/reviews', async (c) => {
    const movieId = c.req.param('id');
    await requireMovie(deps.db, movieId);
    const page = await movieReviews(deps.db, movieId, reviewCursor.parse(c.req.query('before')));
    const user = c.get('user');
    const own = user ? await myReviewState(deps.db, user.id, movieId, deps.clock()) : null;
    return c.json({
      movieId,
      average: page.average,
      count: page.count,
      reviews: page.reviews.map((r) => reviewView(r)),
      ...(page.next ? { next: page.next } : {}),
      ...(own ? { eligible: own.eligible, mine: own.mine ? reviewView(own.mine, { own: true }) : null } : {}),
    });
  });

  app.put('/movies/:id/reviews/mine', async (c) => {
    const user = requireUser(c);
    const input = validate(reviewInput, await readJson(c));
    const { review, created } = await saveMyReview(deps, user, c.req.param('id'), input);
    return c.json({ review: reviewView(review, { own: true }) }, created ? 201 : 200);
  });

  app.delete('/movies/:id/reviews/mine', async (c) => {
    const user = requireUser(c);
    await deleteMyReview(deps, user.id, c.req.param('id'));
    return c.body(null, 204);
  });

  /** The home page's row as data: `reasons` are codes with their values; the page words them. */
  app.get('/recommendations', async (c) => {
    const row = await recommendedFor(deps.db, { cityId: c.req.query('city') ?? '', userId: c.get('user')?.id ?? null, lang: tr(c).lang }, deps.clock());
    return c.json({ city: row?.city.id ?? null, personal: row?.signedIn ?? c.get('user') != null, movies: row?.items ?? [] });
  });

  return app;
}
