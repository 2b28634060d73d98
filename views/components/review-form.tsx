import { REVIEW_TEXT_MAX } from '../../server/domain/review-rules.js';
import { useI18n } from '../i18n/i18n.js';
import { CsrfField } from './csrf-field.js';

export type ReviewFormState = {
  rating?: number | null;
  text?: string;
  errors?: { rating?: string; text?: string };
};

export type MyReview = { rating: number; text: string; hidden: boolean; hiddenReason?: string };

/**
 * Write or edit your own review: the rating as five native radio buttons (arrow keys move
 * between them) and a textarea capped by maxlength. Beside it, a form to delete it.
 */
export const ReviewForm = (props: { action: string; csrfToken: string; mine: MyReview | null; state?: ReviewFormState }) => {
  const { t, num } = useI18n();
  const w = t.reviews;
  const rating = props.state?.rating ?? props.mine?.rating ?? null;
  const text = props.state?.text ?? props.mine?.text ?? '';
  const errors = props.state?.errors ?? {};
  return (
    <div class="review-mine">
      <h3 class="card-title" id="your-review">
        {props.mine ? w.yours : w.write}
      </h3>
      {props.mine?.hidden ? (
        <p class="notice-warn" role="status">
          {w.hiddenNotice(props.mine.hiddenReason ?? '')}
        </p>
      ) : null}
      <form method="post" action={props.action} class="stack-form review-form">
        <CsrfField token={props.csrfToken} />
        <fieldset class="rating-choice" aria-describedby={errors.rating ? 'rating-error' : undefined}>
          <legend class="field-label">{w.rating}</legend>
          {[1, 2, 3, 4, 5].map((n) => (
            <label class="rating-option">
              <input type="radio" name="rating" value={String(n)} checked={rating === n} required />
              <span>{w.starOption(num(n), n !== 1)}</span>
            </label>
          ))}
          {errors.rating ? (
            <p id="rating-error" class="field-error">
              {errors.rating}
            </p>
          ) : null}
        </fieldset>
        <div class={errors.text ? 'field field-invalid' : 'field'}>
          <label for="review-text" class="field-label">
            {w.text}
            <span class="field-optional">{t.common.optional}</span>
          </label>
          <p id="review-text-hint" class="field-hint">
            {w.textHint(num(REVIEW_TEXT_MAX))}
          </p>
          <textarea
            id="review-text"
            name="text"
            rows={5}
            maxlength={REVIEW_TEXT_MAX}
            class="field-input"
            aria-describedby={errors.text ? 'review-text-hint review-text-error' : 'review-text-hint'}
            aria-invalid={errors.text ? 'true' : undefined}
          >
            {text}
          </textarea>
          {errors.text ? (
            <p id="review-text-error" class="field-error">
              {errors.text}
            </p>
          ) : null}
        </div>
        <button type="submit" class="button button-primary">
          {props.mine ? w.update : w.post}
        </button>
      </form>
      {props.mine ? (
        <form method="post" action={`${props.action}/delete`} class="review-delete">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            {w.remove}
          </button>
        </form>
      ) : null}
    </div>
  );
};
