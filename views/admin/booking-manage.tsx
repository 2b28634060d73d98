import type { Booking } from '../../server/domain/booking.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import type { NotificationView } from '../../server/notify/booking-notifications.js';
import { CsrfField } from '../components/csrf-field.js';
import { useI18n } from '../i18n/i18n.js';

export type BookingManageProps = {
  booking: Booking;
  customer: { name: string; email?: string | null; phone?: string | null; account: boolean };
  notifications: NotificationView[];
  csrfToken: string;
  /** What cancelling under the policy refunds now; null when it cannot be cancelled any more. */
  policyRefund: { refundMinor: number; percent: number } | null;
  can: { cancel: boolean; refund: boolean; resend: boolean; tickets: boolean };
};

/** One booking for staff: who, what, money and messages, and what they may do about it. */
export const BookingManage = (props: BookingManageProps) => {
  const b = props.booking;
  const i = useI18n();
  const w = i.t.admin.manage;
  const kinds: Record<string, string> = w.kinds;
  const s = i.t.admin.states;
  const when = (iso: string) => showTimeText(new Date(iso), b.timezone, i.locale);
  const base = `/admin/bookings/${encodeURIComponent(b.id)}`;
  const refunded = b.refund?.amountMinor ?? 0;
  return (
    <section>
      <h1 class="page-title">
        {w.heading} <span class="booking-id">{b.id}</span>
      </h1>
      <dl class="key-value">
        <dt>{w.status}</dt>
        <dd class={b.status === 'confirmed' ? undefined : 'status-cancelled'}>{i.t.admin.bookings.statusName[b.status]}</dd>
        <dt>{w.customer}</dt>
        <dd>
          {props.customer.name}
          {props.customer.account ? '' : w.walkIn}
          {props.customer.email ? <>, {props.customer.email}</> : null}
          {props.customer.phone ? <>, {props.customer.phone}</> : null}
        </dd>
        <dt>{w.show}</dt>
        <dd>
          <a href={`/admin/showtimes/${encodeURIComponent(b.showtimeId)}`}>{b.movieTitle}</a>, {when(b.startsAt)}, {b.theaterName},{' '}
          {b.screenName}
        </dd>
        <dt>{w.seats}</dt>
        <dd>{b.seats.join(', ')}</dd>
        <dt>{w.tickets}</dt>
        <dd>{i.money(b.quote.ticketsMinor)}</dd>
        <dt>{w.fee}</dt>
        <dd>{i.money(b.quote.convenienceFeeMinor)}</dd>
        <dt>{w.total}</dt>
        <dd>
          <strong>{i.money(b.quote.totalMinor)}</strong>
          {w.paidBy(s.paymentMethod[b.payment.method] ?? b.payment.method, s.paymentStatus[b.payment.status] ?? b.payment.status, b.payment.reference)}
        </dd>
        {b.refund ? (
          <>
            <dt>{w.refund}</dt>
            <dd>
              {i.money(refunded)} ({i.num(b.refund.percent)}%), {s.refundStatus[b.refund.status] ?? b.refund.status}
            </dd>
          </>
        ) : null}
        <dt>{w.sold}</dt>
        <dd>{w.soldOn(i.lang === 'en' ? b.channel : i.t.admin.channels[b.channel], when(b.createdAt))}</dd>
      </dl>
      <h2 class="section-title">{w.messages}</h2>
      {props.notifications.length === 0 ? (
        <p class="muted">{w.noMessages}</p>
      ) : (
        <ul class="delivery-list">
          {props.notifications.map((n) => (
            <li>
              {w.delivery(kinds[n.kind] ?? n.kind, (s.channel as Record<string, string>)[n.channel] ?? n.channel)}
              <strong>{s.delivery[n.status] ?? n.status}</strong>
              {n.sentAt ? ` (${when(n.sentAt)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <div class="admin-actions">
        {props.can.tickets && b.status === 'confirmed' ? (
          <a class="button button-secondary" href={`${base}/ticket.pdf`}>
            {w.print}
          </a>
        ) : null}
        {props.can.resend && b.status === 'confirmed' ? (
          <form method="post" action={`${base}/resend`}>
            <CsrfField token={props.csrfToken} />
            <button type="submit" class="button button-secondary">
              {w.resend}
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
                {w.cancelPolicy(i.money(props.policyRefund.refundMinor), i.num(props.policyRefund.percent))}
              </button>
            </form>
          ) : null}
          <form method="post" action={`${base}/cancel`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="mode" value="full" />
            <button type="submit" class="button button-primary">
              {w.cancelFull(i.money(b.quote.totalMinor))}
            </button>
          </form>
        </div>
      ) : null}
      {props.can.refund && b.status !== 'confirmed' && refunded < b.quote.totalMinor ? (
        <form method="post" action={`${base}/refund`} class="admin-actions">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            {w.refundRest(i.money(b.quote.totalMinor - refunded))}
          </button>
        </form>
      ) : null}
    </section>
  );
};
