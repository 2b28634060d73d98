import { Hono } from 'hono';
import { averageRating } from '../../server/domain/review-rules.js';
import type { AppEnv } from '../../server/routes/env.js';
import { readForm, validate } from '../../server/routes/read-input.js';
import { tr } from '../../server/routes/render.js';
import { hideInput } from '../../server/reviews/schemas.js';
import { loadCatalog } from '../../server/store/catalog.js';
import { getRatingAggregate, listAllReviews } from '../../server/store/reviews.js';
import { ReviewsPage } from '../../views/admin/reviews-page.js';
import type { AdminDeps } from '../deps.js';
import { setReviewHidden } from '../services/review-moderation.js';
import { adminPage, doneFlash, scopeFor } from './admin-page.js';

/** Review moderation (issue 8): owners and managers of any theater hide and show reviews. */
export function reviewRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/reviews', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const movies = (await loadCatalog(deps.db)).movies.map((m) => ({ id: m.id, title: m.title })).sort((a, b) => a.title.localeCompare(b.title));
    const movie = movies.find((m) => m.id === c.req.query('movie')) ?? movies[0] ?? null;
    const [reviews, agg] = movie ? await Promise.all([listAllReviews(deps.db, movie.id), getRatingAggregate(deps.db, movie.id)]) : [[], { count: 0, sum: 0 }];
    return adminPage(
      c,
      { title: tr(c).t.admin.reviews.title, section: 'reviews', scope, flash: doneFlash(c, tr(c).t.admin.reviews.done) },
      <ReviewsPage
        movies={movies}
        movie={movie}
        reviews={reviews}
        average={averageRating(agg)}
        count={agg.count}
        csrfToken={c.get('csrfToken')}
        theaterId={scope.theater.id}
      />,
    );
  });

  const back = (movieId: string, theaterId: string, done: string) =>
    `/admin/reviews?theater=${encodeURIComponent(theaterId)}&movie=${encodeURIComponent(movieId)}&done=${done}`;

  app.post('/admin/reviews/:movieId/:userId/hide', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const { reason } = validate(hideInput, await readForm(c));
    const { movieId, userId } = c.req.param();
    await setReviewHidden(deps.db, scope.staff, scope.theater.id, movieId, userId, { hidden: true, reason }, deps.clock());
    return c.redirect(back(movieId, scope.theater.id, 'hidden'), 303);
  });

  app.post('/admin/reviews/:movieId/:userId/unhide', async (c) => {
    const scope = await scopeFor(c, deps, 'review.moderate');
    const { movieId, userId } = c.req.param();
    await setReviewHidden(deps.db, scope.staff, scope.theater.id, movieId, userId, { hidden: false }, deps.clock());
    return c.redirect(back(movieId, scope.theater.id, 'shown'), 303);
  });

  return app;
}
