import type { Booking } from '../../server/domain/booking.js';
import { formatInr } from '../../server/domain/money.js';
import { BOOKING_STATUS_NAMES, METHOD_NAMES, PAYMENT_STATUS_NAMES } from './booking-words.js';
import { ShowFacts } from './show-facts.js';

/** What a booking is: id, show, seats, money and state, as a definition list. */
export const BookingSummary = (props: { booking: Booking }) => {
  const b = props.booking;
  return (
    <dl class="details booking-details">
      <div>
        <dt>Booking id</dt>
        <dd>
          <strong class="booking-id">{b.id}</strong>
        </dd>
      </div>
      <div>
        <dt>Movie</dt>
        <dd>{b.movieTitle}</dd>
      </div>
      <div>
        <dt>Show</dt>
        <dd>
          <ShowFacts theaterName={b.theaterName} screenName={b.screenName} startsAt={b.startsAt} timezone={b.timezone} />
        </dd>
      </div>
      <div>
        <dt>Seats</dt>
        <dd>{b.seats.join(', ')}</dd>
      </div>
      <div>
        <dt>Amount paid</dt>
        <dd>{formatInr(b.quote.totalMinor)}</dd>
      </div>
      <div>
        <dt>Payment</dt>
        <dd>
          {METHOD_NAMES[b.payment.method]} · {PAYMENT_STATUS_NAMES[b.payment.status]}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <span class={`badge ${b.status === 'confirmed' ? 'badge-ok' : 'badge-muted'}`}>{BOOKING_STATUS_NAMES[b.status]}</span>
        </dd>
      </div>
      {b.refund ? (
        <div>
          <dt>Refund</dt>
          <dd>
            {formatInr(b.refund.amountMinor)} ({b.refund.percent}% of the tickets) · {b.refund.status === 'refunded' || b.refund.reference ? 'sent to your original payment method' : 'being processed'}
          </dd>
        </div>
      ) : null}
    </dl>
  );
};
