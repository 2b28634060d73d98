import type { Booking } from '../../server/domain/booking.js';
import type { Refund } from '../../server/domain/cancellation-policy.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { PolicyList } from '../components/policy-list.js';
import { useI18n } from '../i18n/i18n.js';

/** What cancelling would refund under the policy, asked before anything happens. */
export const CancelBookingPage = (props: { booking: Booking; refund: Refund; policy: string[]; csrfToken: string; error?: string | null }) => {
  const { booking: b, refund } = props;
  const { t, money, when } = useI18n();
  const w = t.cancel;
  const canCancel = b.status === 'confirmed' && refund.cancellable;
  const detail = `/bookings/${encodeURIComponent(b.id)}`;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page cancel-page">
        <header class="show-head">
          <p class="eyebrow">{w.eyebrow(b.id)}</p>
          <h1 class="page-title">{b.movieTitle}</h1>
          <p>
            <time datetime={b.startsAt}>{when(b.startsAt, b.timezone)}</time> · {b.theaterName} · {t.common.seatsList(b.seats.join(', '))}
          </p>
        </header>
        <FormError message={props.error} />
        {canCancel ? (
          <section class="card refund-card" aria-labelledby="refund-heading">
            <h2 id="refund-heading" class="booking-heading">
              {w.ifNow}
            </h2>
            {refund.refundMinor > 0 ? (
              <p class="refund-amount">
                {w.getBack}
                <strong>{money(refund.refundMinor)}</strong>
                {w.getBackOf(refund.refundPercent, money(b.quote.ticketsMinor))}
              </p>
            ) : (
              <p class="refund-amount">
                {w.tooSoon}
                <strong>{money(0)}</strong>.
              </p>
            )}
            <p class="muted">{w.feeKept(money(b.quote.convenienceFeeMinor))}</p>
            <form method="post" action={`${detail}/cancel`} class="actions">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="button button-primary">
                {w.confirm}
              </button>
              <a href={detail} class="button button-secondary">
                {w.keep}
              </a>
            </form>
          </section>
        ) : (
          <p class="notice notice-warn">
            {b.status !== 'confirmed' ? w.already : w.started} <a href={detail}>{w.back}</a>
          </p>
        )}
        <PolicyList sentences={props.policy} />
      </article>
    </>
  );
};
