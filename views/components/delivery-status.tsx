import { CsrfField } from './csrf-field.js';

export type Delivery = { kind: string; channel: string; status: 'pending' | 'sent' | 'failed' | string; sentAt?: string };

const KIND: Record<string, string> = {
  booking_confirmed: 'Confirmation',
  booking_reminder: 'Reminder',
  booking_cancelled: 'Cancellation notice',
  refund_issued: 'Refund notice',
};
const STATE: Record<string, string> = { sent: 'Delivered to the mail service', pending: 'Waiting to be sent', failed: 'Could not be sent' };

/** Whether the messages about a booking went out, and "send it again". */
export const DeliveryStatus = (props: { bookingId: string; deliveries: Delivery[]; canResend: boolean; csrfToken: string; notice?: string | null }) => {
  const shown = props.deliveries.filter((d) => d.kind !== 'booking_reminder' || d.status !== 'pending');
  return (
    <section class="card delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title" class="section-title">Messages</h2>
      {props.notice ? (
        <p class="flash flash-success" role="status">
          {props.notice}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p class="muted">No messages yet.</p>
      ) : (
        <ul class="delivery-list">
          {shown.map((d) => (
            <li class={`delivery-${d.status}`}>
              {KIND[d.kind] ?? d.kind} by {d.channel === 'sms' ? 'SMS' : 'email'}: <strong>{STATE[d.status] ?? d.status}</strong>
            </li>
          ))}
        </ul>
      )}
      {props.canResend ? (
        <form method="post" action={`/bookings/${encodeURIComponent(props.bookingId)}/resend`} class="delivery-resend">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            Send the confirmation again
          </button>
        </form>
      ) : null}
    </section>
  );
};
