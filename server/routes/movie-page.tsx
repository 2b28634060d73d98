import type { Context } from 'hono';
import { movieSchedule } from '../catalog/movie-schedule.js';
import type { ReviewDeps } from '../reviews/deps.js';
import { movieReviews, myReviewState, reviewView } from '../reviews/movie-reviews.js';
import { reviewCursor } from '../reviews/schemas.js';
import type { ReviewFormState } from '../../views/components/review-form.js';
import { ReviewSection, type ReviewSectionProps } from '../../views/components/review-section.js';
import { MoviePage } from '../../views/pages/movie.js';
import type { AppEnv } from './env.js';
import { page, tr } from './render.js';

/**
 * The movie page: its shows in a city and its reviews (the average from one aggregate item, a
 * page of the newest visible reviews, and the signed-in person's own review or form).
 */
export async function movieDetailPage(c: Context<AppEnv>, deps: ReviewDeps, movieId: string, opts: { status?: number; form?: ReviewFormState } = {}) {
  const now = deps.clock();
  const city = c.req.query('city');
  const before = reviewCursor.parse(c.req.query('before'));
  const user = c.get('user');
  const [s, list, own] = await Promise.all([
    movieSchedule(deps.db, movieId, city, now),
    movieReviews(deps.db, movieId, before),
    user ? myReviewState(deps.db, user.id, movieId, now) : Promise.resolve(null),
  ]);
  const base = `/movies/${encodeURIComponent(movieId)}${city ? `?city=${encodeURIComponent(city)}` : ''}`;
  const withParam = (k: string, v: string) => `${base}${base.includes('?') ? '&' : '?'}${k}=${encodeURIComponent(v)}`;
  const me: ReviewSectionProps['me'] = !user
    ? { kind: 'signedOut', loginHref: `/login?next=${encodeURIComponent(base)}` }
    : own?.eligible
      ? { kind: 'eligible', mine: own.mine, state: opts.form }
      : { kind: 'notEligible' };
  const w = tr(c).t.reviews;
  const done = c.req.query('done');
  const flash = done === 'saved' ? { kind: 'success' as const, text: w.saved } : done === 'removed' ? { kind: 'success' as const, text: w.removed } : null;
  const reviews = (
    <ReviewSection
      average={list.average}
      count={list.count}
      reviews={list.reviews.map((r) => reviewView(r))}
      olderHref={list.next ? `${withParam('before', list.next)}#reviews` : undefined}
      newestHref={before ? `${base}#reviews` : undefined}
      action={`/movies/${encodeURIComponent(movieId)}/review`}
      csrfToken={c.get('csrfToken')}
      me={me}
    />
  );
  return page(c, s.movie.title, <MoviePage movie={s.movie} cities={s.cities} city={s.city} days={s.days} reviews={reviews} />, {
    status: opts.status,
    flash,
  });
}
