import { useI18n } from '../i18n/i18n.js';
import { CsrfField } from './csrf-field.js';

export type Delivery = { kind: string; channel: string; status: 'pending' | 'sent' | 'failed' | string; sentAt?: string };

/** Whether the messages about a booking went out, and "send it again". */
export const DeliveryStatus = (props: { bookingId: string; deliveries: Delivery[]; canResend: boolean; csrfToken: string; notice?: string | null }) => {
  const { t } = useI18n();
  const w = t.delivery;
  const shown = props.deliveries.filter((d) => d.kind !== 'show_reminder' || d.status !== 'pending');
  return (
    <section class="card delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title" class="section-title">
        {w.title}
      </h2>
      {props.notice ? (
        <p class="flash flash-success" role="status">
          {props.notice}
        </p>
      ) : null}
      {shown.length === 0 ? (
        <p class="muted">{w.none}</p>
      ) : (
        <ul class="delivery-list">
          {shown.map((d) => (
            <li class={`delivery-${d.status}`}>
              {w.line(w.kinds[d.kind] ?? d.kind, d.channel === 'sms')}
              <strong>{w.states[d.status] ?? d.status}</strong>
            </li>
          ))}
        </ul>
      )}
      {props.canResend ? (
        <form method="post" action={`/bookings/${encodeURIComponent(props.bookingId)}/resend`} class="delivery-resend">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            {w.resend}
          </button>
        </form>
      ) : null}
    </section>
  );
};
