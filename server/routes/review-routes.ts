import { Hono } from 'hono';
import type { ReviewDeps } from '../reviews/deps.js';
import { apiReviewRoutes } from './api-reviews.js';
import type { AppEnv } from './env.js';
import { reviewPageRoutes } from './review-pages.js';

/** Reviews and ratings: the JSON API under /api/v1 and the movie page's forms. */
export function reviewRoutes(deps: ReviewDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/api/v1', apiReviewRoutes(deps));
  app.route('/', reviewPageRoutes(deps));
  return app;
}
