import { useI18n } from '../i18n/i18n.js';
import { ReviewStars } from './review-summary.js';

export type ReviewItem = { author: string; rating: number; text: string; createdAt: string; updatedAt: string };

/** A page of visible reviews, newest first, with a link to the older ones. */
export const ReviewList = (props: { reviews: ReviewItem[]; olderHref?: string; newestHref?: string }) => {
  const { t, longDate } = useI18n();
  const w = t.reviews;
  return (
    <>
      {props.reviews.length ? (
        <ul class="review-list">
          {props.reviews.map((r) => (
            <li class="review">
              <p class="review-head">
                <ReviewStars rating={r.rating} />
                <span class="review-author">{r.author}</span>
                <time class="muted" datetime={r.updatedAt}>
                  {longDate(r.updatedAt)}
                  {r.updatedAt !== r.createdAt ? ` · ${w.edited}` : ''}
                </time>
              </p>
              {r.text ? <p class="review-text">{r.text}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {props.olderHref || props.newestHref ? (
        <p class="review-paging">
          {props.newestHref ? <a href={props.newestHref}>{w.newest}</a> : null}
          {props.olderHref ? <a href={props.olderHref}>{w.older}</a> : null}
        </p>
      ) : null}
    </>
  );
};
