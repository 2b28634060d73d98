import type { Booking } from '../../server/domain/booking.js';
import type { Refund } from '../../server/domain/cancellation-policy.js';
import { formatInr } from '../../server/domain/money.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { PolicyList } from '../components/policy-list.js';
import { showWhen } from '../components/show-when.js';

/** What cancelling would refund under the policy, asked before anything happens. */
export const CancelBookingPage = (props: { booking: Booking; refund: Refund; policy: string[]; csrfToken: string; error?: string | null }) => {
  const { booking: b, refund } = props;
  const canCancel = b.status === 'confirmed' && refund.cancellable;
  const detail = `/bookings/${encodeURIComponent(b.id)}`;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page cancel-page">
        <header class="show-head">
          <p class="eyebrow">Cancel booking {b.id}</p>
          <h1 class="page-title">{b.movieTitle}</h1>
          <p>
            <time datetime={b.startsAt}>{showWhen(b.startsAt, b.timezone)}</time> · {b.theaterName} · Seats {b.seats.join(', ')}
          </p>
        </header>
        <FormError message={props.error} />
        {canCancel ? (
          <section class="card refund-card" aria-labelledby="refund-heading">
            <h2 id="refund-heading" class="booking-heading">
              If you cancel now
            </h2>
            {refund.refundMinor > 0 ? (
              <p class="refund-amount">
                You get back <strong>{formatInr(refund.refundMinor)}</strong> ({refund.refundPercent}% of {formatInr(b.quote.ticketsMinor)} in tickets).
              </p>
            ) : (
              <p class="refund-amount">
                The show starts too soon for a refund: cancelling now releases your seats and refunds <strong>{formatInr(0)}</strong>.
              </p>
            )}
            <p class="muted">The convenience fee of {formatInr(b.quote.convenienceFeeMinor)} is not refunded.</p>
            <form method="post" action={`${detail}/cancel`} class="actions">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="button button-primary">
                Cancel booking
              </button>
              <a href={detail} class="button button-secondary">
                Keep my booking
              </a>
            </form>
          </section>
        ) : (
          <p class="notice notice-warn">
            {b.status !== 'confirmed' ? 'This booking is already cancelled.' : 'This show has already started, so the booking can no longer be cancelled.'}{' '}
            <a href={detail}>Back to the booking</a>
          </p>
        )}
        <PolicyList sentences={props.policy} />
      </article>
    </>
  );
};
