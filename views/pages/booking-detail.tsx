import type { Booking } from '../../server/domain/booking.js';
import { BookingSummary } from '../components/booking-summary.js';
import { DeliveryStatus, type Delivery } from '../components/delivery-status.js';
import { QuoteTable } from '../components/quote-table.js';
import { useI18n } from '../i18n/i18n.js';

/** One booking: the confirmation right after paying, and its page in My bookings. */
export const BookingDetailPage = (props: { booking: Booking; cancellable: boolean; deliveries: Delivery[]; csrfToken: string; notice?: string | null }) => {
  const b = props.booking;
  const { t } = useI18n();
  const w = t.booking;
  const confirmed = b.status === 'confirmed';
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page booking-detail">
        <header class="show-head">
          <p class="eyebrow">{confirmed ? w.confirmed : w.cancelled}</p>
          <h1 class="page-title">{b.movieTitle}</h1>
          {confirmed ? <p class="lead">{w.showId}</p> : null}
        </header>
        <section class="card">
          <BookingSummary booking={b} />
        </section>
        <details class="card quote-details">
          <summary>{w.priceBreakdown}</summary>
          <QuoteTable quote={b.quote} totalLabel={t.quote.totalPaid} />
        </details>
        <DeliveryStatus bookingId={b.id} deliveries={props.deliveries} canResend={confirmed} csrfToken={props.csrfToken} notice={props.notice} />
        <p class="actions">
          {confirmed ? (
            <a href={`/bookings/${encodeURIComponent(b.id)}/ticket.pdf`} class="button button-primary" download>
              {w.download}
            </a>
          ) : null}
          {props.cancellable ? (
            <a href={`/bookings/${encodeURIComponent(b.id)}/cancel`} class="button button-secondary">
              {w.cancel}
            </a>
          ) : null}
          <a href="/bookings" class="button button-secondary">
            {w.myBookings}
          </a>
        </p>
      </article>
    </>
  );
};
