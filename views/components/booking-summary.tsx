import type { Booking } from '../../server/domain/booking.js';
import { useI18n } from '../i18n/i18n.js';
import { ShowFacts } from './show-facts.js';

/** What a booking is: id, show, seats, money and state, as a definition list. */
export const BookingSummary = (props: { booking: Booking }) => {
  const b = props.booking;
  const { t, money } = useI18n();
  const w = t.booking;
  return (
    <dl class="details booking-details">
      <div>
        <dt>{w.id}</dt>
        <dd>
          <strong class="booking-id">{b.id}</strong>
        </dd>
      </div>
      <div>
        <dt>{w.movie}</dt>
        <dd>{b.movieTitle}</dd>
      </div>
      <div>
        <dt>{w.show}</dt>
        <dd>
          <ShowFacts theaterName={b.theaterName} screenName={b.screenName} startsAt={b.startsAt} timezone={b.timezone} />
        </dd>
      </div>
      <div>
        <dt>{w.seats}</dt>
        <dd>{b.seats.join(', ')}</dd>
      </div>
      <div>
        <dt>{w.amountPaid}</dt>
        <dd>{money(b.quote.totalMinor)}</dd>
      </div>
      <div>
        <dt>{w.payment}</dt>
        <dd>
          {w.methods[b.payment.method]} · {w.paymentStates[b.payment.status]}
        </dd>
      </div>
      <div>
        <dt>{w.status}</dt>
        <dd>
          <span class={`badge ${b.status === 'confirmed' ? 'badge-ok' : 'badge-muted'}`}>{w.states[b.status]}</span>
        </dd>
      </div>
      {b.refund ? (
        <div>
          <dt>{w.refund}</dt>
          <dd>
            {w.refundLine(money(b.refund.amountMinor), b.refund.percent)} ·{' '}
            {b.refund.status === 'refunded' || b.refund.reference ? w.refundSent : w.refundPending}
          </dd>
        </div>
      ) : null}
    </dl>
  );
};
