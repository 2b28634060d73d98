import { useI18n } from '../i18n/i18n.js';

/** "★ 4.2 · 37 reviews", read out in full as "Rated 4.2 out of 5 from 37 reviews". */
export const ReviewSummary = (props: { average: number | null; count: number }) => {
  const { t, num, locale } = useI18n();
  const w = t.reviews;
  if (props.average == null || props.count === 0) return <p class="review-summary muted">{w.none}</p>;
  const avg = props.average.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const many = props.count !== 1;
  return (
    <p class="review-summary">
      <span aria-hidden="true">
        <span class="review-star">★</span> {avg} · {w.countShort(num(props.count), many)}
      </span>
      <span class="visually-hidden">{w.average(avg, num(props.count), many)}</span>
    </p>
  );
};

/** A review's stars drawn, and said in words. */
export const ReviewStars = (props: { rating: number }) => {
  const { t, num } = useI18n();
  return (
    <span class="review-stars">
      <span aria-hidden="true">{'★'.repeat(props.rating) + '☆'.repeat(5 - props.rating)}</span>
      <span class="visually-hidden">{t.reviews.stars(num(props.rating))}</span>
    </span>
  );
};
