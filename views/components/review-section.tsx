import { useI18n } from '../i18n/i18n.js';
import { ReviewForm, type MyReview, type ReviewFormState } from './review-form.js';
import { ReviewList, type ReviewItem } from './review-list.js';
import { ReviewSummary } from './review-summary.js';

export type ReviewSectionProps = {
  average: number | null;
  count: number;
  reviews: ReviewItem[];
  olderHref?: string;
  newestHref?: string;
  /** Where the form posts (`/movies/<id>/review`). */
  action: string;
  csrfToken: string;
  me: { kind: 'signedOut'; loginHref: string } | { kind: 'notEligible' } | { kind: 'eligible'; mine: MyReview | null; state?: ReviewFormState };
};

/** The movie page's reviews: the average, your own review (or why you cannot write one yet), the latest reviews. */
export const ReviewSection = (props: ReviewSectionProps) => {
  const { t } = useI18n();
  const w = t.reviews;
  const me = props.me;
  return (
    <section class="movie-reviews card" id="reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading" class="section-title">
        {w.heading}
      </h2>
      <ReviewSummary average={props.average} count={props.count} />
      {me.kind === 'signedOut' ? (
        <p>
          <a href={me.loginHref}>{w.signIn}</a>
        </p>
      ) : me.kind === 'notEligible' ? (
        <p class="review-not-eligible">{w.notEligible}</p>
      ) : (
        <ReviewForm action={props.action} csrfToken={props.csrfToken} mine={me.mine} state={me.state} />
      )}
      <ReviewList reviews={props.reviews} olderHref={props.olderHref} newestHref={props.newestHref} />
    </section>
  );
};
