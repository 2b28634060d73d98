import { Hono } from 'hono';
import { averageRating } from '../../server/domain/review-rules.js';
import type { AppEnv } from '../../server/routes/env.js';
import { readForm, validate } from '../../server/routes/read-input.js';
import { tr } from '../../server/routes/render.js';
import { hideInput, reviewCursor } from '../../server/reviews/schemas.js';
import { loadCatalog } from '../../server/store/catalog.js';
import { getRatingAggregate, listAllReviews } from '../../server/store/reviews.js';
import { ReviewsPage } from '../../views/admin/reviews-page.js';
import type { AdminDeps } from '../deps.js';
import { setReviewHidden } from '../services/review-moderation.js';
import { adminPage, doneFlash, scopeFor } from './admin-page.js';

/** Reviews on one page of the moderation list ("Older reviews" pages on, newest first). */
export const ADMIN_REVIEWS_PER_PAGE = 50;

/** Review moderation (issue 8): owners and managers of any theater hide and show reviews. */
export function reviewRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/reviews', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const movies = (await loadCatalog(deps.db)).movies.map((m) => ({ id: m.id, title: m.title })).sort((a, b) => a.title.localeCompare(b.title));
    const movie = movies.find((m) => m.id === c.req.query('movie')) ?? movies[0] ?? null;
    const before = reviewCursor.parse(c.req.query('before'));
    const [page, agg] = movie
      ? await Promise.all([listAllReviews(deps.db, movie.id, { limit: ADMIN_REVIEWS_PER_PAGE, before }), getRatingAggregate(deps.db, movie.id)])
      : [{ reviews: [] }, { count: 0, sum: 0 }];
    return adminPage(
      c,
      { title: tr(c).t.admin.reviews.title, section: 'reviews', scope, flash: doneFlash(c, tr(c).t.admin.reviews.done) },
      <ReviewsPage
        movies={movies}
        movie={movie}
        reviews={page.reviews}
        paging={{ before, next: page.next }}
        average={averageRating(agg)}
        count={agg.count}
        csrfToken={c.get('csrfToken')}
        theaterId={scope.theater.id}
      />,
    );
  });

  // Back to the page the moderator was on.
  const back = (movieId: string, theaterId: string, done: string, before?: string) =>
    `/admin/reviews?theater=${encodeURIComponent(theaterId)}&movie=${encodeURIComponent(movieId)}${before ? `&before=${encodeURIComponent(before)}` : ''}&done=${done}`;

  app.post('/admin/reviews/:movieId/:userId/hide', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const { reason } = validate(hideInput, await readForm(c));
    const { movieId, userId } = c.req.param();
    await setReviewHidden(deps.db, scope.staff, scope.theater.id, movieId, userId, { hidden: true, reason }, deps.clock());
    return c.redirect(back(movieId, scope.theater.id, 'hidden', reviewCursor.parse(c.req.query('before'))), 303);
  });

  app.post('/admin/reviews/:movieId/:userId/unhide', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const { movieId, userId } = c.req.param();
    await setReviewHidden(deps.db, scope.staff, scope.theater.id, movieId, userId, { hidden: false }, deps.clock());
    return c.redirect(back(movieId, scope.theater.id, 'shown', reviewCursor.parse(c.req.query('before'))), 303);
  });

  return app;
}
