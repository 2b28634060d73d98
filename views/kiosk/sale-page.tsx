import { raw } from 'hono/html';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import { useI18n } from '../i18n/i18n.js';
import { paymentMethodText, saleDetailText } from './conflict-text.js';

export interface SalePageProps {
  sale: { id: string; bookingId: string | null; seats: string[]; totalMinor: number; method: string; status: string; mode: 'lease' | 'online'; reason?: string | null; detail?: string | null; detailCode?: string | null };
  show: { movieTitle: string; screenName: string; theaterName: string; startsAt: string; timezone: string } | null;
  /** One QR code (SVG markup made by the qrcode package from the signed payload) per seat. */
  tickets: { seat: string; svg: string; payload: string }[];
}

/** The sale states with a sentence in the catalog's `ticket` section. */
const STATUS_KEYS = { pending: 1, sending: 1, synced: 1, conflict: 1, resolved: 1, failed: 1 } as const;

/** The ticket: booking, seats, amount, and a QR code per seat to show or print. */
export const SalePage = (props: SalePageProps) => {
  const { sale, show } = props;
  const i = useI18n();
  const w = useKioskWords();
  const k = w.ticket;
  const statusText = (status: string): string => (status in STATUS_KEYS ? k[status as keyof typeof STATUS_KEYS] : status);
  const method = paymentMethodText(i.lang, sale.method);
  const saleText = saleDetailText(i.lang, { reason: sale.reason ?? null, detail: sale.detail ?? null, detailCode: sale.detailCode });
  return (
    <section class="kiosk-ticket">
      <h1>{sale.status === 'failed' || sale.status === 'conflict' ? k.notApplied : k.heading}</h1>
      <p class={`flash ${sale.status === 'synced' || sale.status === 'pending' ? 'flash-success' : 'flash-error'}`} role="status">
        {statusText(sale.status)}
        {saleText ? ` ${saleText}` : ''}
      </p>
      <dl class="kiosk-facts">
        <dt>{k.booking}</dt>
        <dd class="kiosk-booking-id">{sale.bookingId ?? k.notYet}</dd>
        {show ? (
          <>
            <dt>{k.show}</dt>
            <dd>
              {show.movieTitle} · {i.lang === 'en' ? showTimeText(new Date(show.startsAt), show.timezone) : i.when(show.startsAt, show.timezone)} · {show.screenName}, {show.theaterName}
            </dd>
          </>
        ) : null}
        <dt>{k.seats}</dt>
        <dd>{sale.seats.join(', ')}</dd>
        <dt>{k.paid}</dt>
        <dd>
          {k.paidBy(formatInr(sale.totalMinor), i.lang === 'en' ? (sale.method === 'upi' ? 'UPI' : sale.method) : method)}
        </dd>
      </dl>
      {sale.status === 'synced' || sale.status === 'pending' ? (
        <ul class="kiosk-qr-list">
          {props.tickets.map((t) => (
            <li class="kiosk-qr">
              {raw(t.svg)}
              <span>{k.seat(t.seat)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p class="kiosk-actions">
        <button type="button" class="kiosk-button" data-print>
          {k.print}
        </button>
        <a class="kiosk-button kiosk-primary" href="/">
          {k.next}
        </a>
      </p>
    </section>
  );
};
