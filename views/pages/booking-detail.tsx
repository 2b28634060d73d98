import type { Booking } from '../../server/domain/booking.js';
import { BookingSummary } from '../components/booking-summary.js';
import { DeliveryStatus, type Delivery } from '../components/delivery-status.js';
import { QuoteTable } from '../components/quote-table.js';

/** One booking: the confirmation right after paying, and its page in My bookings. */
export const BookingDetailPage = (props: { booking: Booking; cancellable: boolean; deliveries: Delivery[]; csrfToken: string; notice?: string | null }) => {
  const b = props.booking;
  const confirmed = b.status === 'confirmed';
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page booking-detail">
        <header class="show-head">
          <p class="eyebrow">{confirmed ? 'Booking confirmed' : 'Booking cancelled'}</p>
          <h1 class="page-title">{b.movieTitle}</h1>
          {confirmed ? <p class="lead">Show this booking id at the theater. We have emailed you the details.</p> : null}
        </header>
        <section class="card">
          <BookingSummary booking={b} />
        </section>
        <details class="card quote-details">
          <summary>Price breakdown</summary>
          <QuoteTable quote={b.quote} totalLabel="Total paid" />
        </details>
        <DeliveryStatus bookingId={b.id} deliveries={props.deliveries} canResend={confirmed} csrfToken={props.csrfToken} notice={props.notice} />
        <p class="actions">
          {confirmed ? (
            <a href={`/bookings/${encodeURIComponent(b.id)}/ticket.pdf`} class="button button-primary" download>
              Download tickets (PDF)
            </a>
          ) : null}
          {props.cancellable ? (
            <a href={`/bookings/${encodeURIComponent(b.id)}/cancel`} class="button button-secondary">
              Cancel booking
            </a>
          ) : null}
          <a href="/bookings" class="button button-secondary">
            My bookings
          </a>
        </p>
      </article>
    </>
  );
};
