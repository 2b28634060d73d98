import type { Booking } from '../../server/domain/booking.js';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import type { NotificationView } from '../../server/notify/booking-notifications.js';
import { CsrfField } from '../components/csrf-field.js';

export type BookingManageProps = {
  booking: Booking;
  customer: { name: string; email?: string | null; phone?: string | null; account: boolean };
  notifications: NotificationView[];
  csrfToken: string;
  /** What cancelling under the policy refunds now; null when it cannot be cancelled any more. */
  policyRefund: { refundMinor: number; percent: number } | null;
  can: { cancel: boolean; refund: boolean; resend: boolean; tickets: boolean };
};

const KINDS: Record<string, string> = {
  booking_confirmed: 'Confirmation',
  booking_cancelled: 'Cancellation',
  refund_issued: 'Refund',
  showtime_changed: 'Show time changed',
  showtime_cancelled: 'Show cancelled',
  show_reminder: 'Reminder',
};

/** One booking for staff: who, what, money and messages, and what they may do about it. */
export const BookingManage = (props: BookingManageProps) => {
  const b = props.booking;
  const base = `/admin/bookings/${encodeURIComponent(b.id)}`;
  const refunded = b.refund?.amountMinor ?? 0;
  return (
    <section>
      <h1 class="page-title">
        Booking <span class="booking-id">{b.id}</span>
      </h1>
      <dl class="key-value">
        <dt>Status</dt>
        <dd class={b.status === 'confirmed' ? undefined : 'status-cancelled'}>{b.status}</dd>
        <dt>Customer</dt>
        <dd>
          {props.customer.name}
          {props.customer.account ? '' : ' (walk-in)'}
          {props.customer.email ? <>, {props.customer.email}</> : null}
          {props.customer.phone ? <>, {props.customer.phone}</> : null}
        </dd>
        <dt>Show</dt>
        <dd>
          <a href={`/admin/showtimes/${encodeURIComponent(b.showtimeId)}`}>{b.movieTitle}</a>, {showTimeText(new Date(b.startsAt), b.timezone)}, {b.theaterName},{' '}
          {b.screenName}
        </dd>
        <dt>Seats</dt>
        <dd>{b.seats.join(', ')}</dd>
        <dt>Tickets</dt>
        <dd>{formatInr(b.quote.ticketsMinor)}</dd>
        <dt>Convenience fee</dt>
        <dd>{formatInr(b.quote.convenienceFeeMinor)}</dd>
        <dt>Total paid</dt>
        <dd>
          <strong>{formatInr(b.quote.totalMinor)}</strong> by {b.payment.method} ({b.payment.status}, {b.payment.reference})
        </dd>
        {b.refund ? (
          <>
            <dt>Refund</dt>
            <dd>
              {formatInr(refunded)} ({b.refund.percent}%), {b.refund.status}
            </dd>
          </>
        ) : null}
        <dt>Sold</dt>
        <dd>
          {b.channel} on {showTimeText(new Date(b.createdAt), b.timezone)}
        </dd>
      </dl>
      <h2 class="section-title">Messages</h2>
      {props.notifications.length === 0 ? (
        <p class="muted">No messages about this booking.</p>
      ) : (
        <ul class="delivery-list">
          {props.notifications.map((n) => (
            <li>
              {KINDS[n.kind] ?? n.kind} by {n.channel}: <strong>{n.status}</strong>
              {n.sentAt ? ` (${showTimeText(new Date(n.sentAt), b.timezone)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <div class="admin-actions">
        {props.can.tickets && b.status === 'confirmed' ? (
          <a class="button button-secondary" href={`${base}/ticket.pdf`}>
            Print tickets (PDF)
          </a>
        ) : null}
        {props.can.resend && b.status === 'confirmed' ? (
          <form method="post" action={`${base}/resend`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit" class="button button-secondary">
              Send the confirmation again
            </button>
          </form>
        ) : null}
      </div>
      {props.can.cancel && b.status === 'confirmed' ? (
        <div class="admin-actions">
          {props.policyRefund ? (
            <form method="post" action={`${base}/cancel`}>
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="mode" value="policy" />
              <button type="submit" class="button button-secondary">
                Cancel under the policy (refund {formatInr(props.policyRefund.refundMinor)}, {props.policyRefund.percent}%)
              </button>
            </form>
          ) : null}
          <form method="post" action={`${base}/cancel`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="mode" value="full" />
            <button type="submit" class="button button-primary">
              Cancel with a full refund ({formatInr(b.quote.totalMinor)})
            </button>
          </form>
        </div>
      ) : null}
      {props.can.refund && b.status !== 'confirmed' && refunded < b.quote.totalMinor ? (
        <form method="post" action={`${base}/refund`} class="admin-actions">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            Refund the rest ({formatInr(b.quote.totalMinor - refunded)})
          </button>
        </form>
      ) : null}
    </section>
  );
};
