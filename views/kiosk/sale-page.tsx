import { raw } from 'hono/html';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';

export interface SalePageProps {
  sale: { id: string; bookingId: string | null; seats: string[]; totalMinor: number; method: string; status: string; mode: 'lease' | 'online'; reason?: string | null; detail?: string | null };
  show: { movieTitle: string; screenName: string; theaterName: string; startsAt: string; timezone: string } | null;
  /** One QR code (SVG markup made by the qrcode package from the signed payload) per seat. */
  tickets: { seat: string; svg: string; payload: string }[];
}

const STATUS_TEXT: Record<string, string> = {
  pending: 'Sold here; waiting to sync with the server.',
  sending: 'Not confirmed yet: the server stopped answering. Do not hand over tickets until Sync shows it confirmed.',
  synced: 'Confirmed by the server.',
  conflict: 'The server could not apply this sale: see Sync to reseat or refund the customer.',
  resolved: 'A conflict on this sale was resolved.',
  failed: 'This sale did not go through: refund the customer.',
};

/** The ticket: booking, seats, amount, and a QR code per seat to show or print. */
export const SalePage = (props: SalePageProps) => {
  const { sale, show } = props;
  return (
    <section class="kiosk-ticket">
      <h1>{sale.status === 'failed' || sale.status === 'conflict' ? 'Sale not applied' : 'Tickets'}</h1>
      <p class={`flash ${sale.status === 'synced' || sale.status === 'pending' ? 'flash-success' : 'flash-error'}`} role="status">
        {STATUS_TEXT[sale.status] ?? sale.status}
        {sale.detail ? ` ${sale.detail}` : ''}
      </p>
      <dl class="kiosk-facts">
        <dt>Booking</dt>
        <dd class="kiosk-booking-id">{sale.bookingId ?? 'not yet'}</dd>
        {show ? (
          <>
            <dt>Show</dt>
            <dd>
              {show.movieTitle} · {showTimeText(new Date(show.startsAt), show.timezone)} · {show.screenName}, {show.theaterName}
            </dd>
          </>
        ) : null}
        <dt>Seats</dt>
        <dd>{sale.seats.join(', ')}</dd>
        <dt>Paid</dt>
        <dd>
          {formatInr(sale.totalMinor)} by {sale.method === 'upi' ? 'UPI' : sale.method}
        </dd>
      </dl>
      {sale.status === 'synced' || sale.status === 'pending' ? (
        <ul class="kiosk-qr-list">
          {props.tickets.map((t) => (
            <li class="kiosk-qr">
              {raw(t.svg)}
              <span>Seat {t.seat}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="kiosk-actions">
        <button type="button" class="kiosk-button" data-print>
          Print
        </button>
        <a class="kiosk-button kiosk-primary" href="/">
          Next sale
        </a>
      </p>
    </section>
  );
};
