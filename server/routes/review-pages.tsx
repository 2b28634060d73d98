import { Hono } from 'hono';
import { AppError } from '../domain/errors.js';
import { REVIEW_TEXT_MAX } from '../domain/review-rules.js';
import type { ReviewDeps } from '../reviews/deps.js';
import { reviewInput } from '../reviews/schemas.js';
import { deleteMyReview, saveMyReview } from '../reviews/write-review.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { movieDetailPage } from './movie-page.js';
import { readForm } from './read-input.js';
import { tr } from './render.js';

/** The movie page's review forms: write or edit your review, delete it. */
export function reviewPageRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const back = (movieId: string, done: string) => `/movies/${encodeURIComponent(movieId)}?done=${done}#reviews`;

  app.post('/movies/:id/review', async (c) => {
    const movieId = c.req.param('id');
    const user = c.get('user');
    if (!user) return loginRedirect(c, `/movies/${encodeURIComponent(movieId)}`);
    const form = await readForm(c);
    const parsed = reviewInput.safeParse(form);
    if (!parsed.success) {
      const w = tr(c).t.reviews;
      const i18n = tr(c);
      const fields = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      const rating = Number(form.rating);
      return movieDetailPage(c, deps, movieId, {
        status: 400,
        form: {
          rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
          text: form.text ?? '',
          errors: {
            ...(fields.has('rating') ? { rating: w.ratingRequired } : {}),
            ...(fields.has('text') ? { text: w.textTooLong(i18n.num(REVIEW_TEXT_MAX)) } : {}),
          },
        },
      });
    }
    try {
      await saveMyReview(deps, user, movieId, parsed.data);
    } catch (err) {
      // The page shows the sentence in its own language rather than the API's English.
      if (err instanceof AppError && err.code === 'not_eligible') throw new AppError('not_eligible', tr(c).t.reviews.notEligible);
      throw err;
    }
    return c.redirect(back(movieId, 'saved'), 303);
  });

  app.post('/movies/:id/review/delete', async (c) => {
    const movieId = c.req.param('id');
    const user = c.get('user');
    if (!user) return loginRedirect(c, `/movies/${encodeURIComponent(movieId)}`);
    await deleteMyReview(deps, user.id, movieId);
    return c.redirect(back(movieId, 'removed'), 303);
  });

  return app;
}
