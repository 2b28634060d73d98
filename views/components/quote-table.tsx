import type { Quote } from '../../server/domain/pricing.js';
import { useI18n } from '../i18n/i18n.js';

/** The server's own quote: a line per seat, tickets, the GST inside them, the fee and the total. */
export const QuoteTable = (props: { quote: Quote; totalLabel?: string }) => {
  const { quote } = props;
  const { t, money } = useI18n();
  return (
    <table class="quote">
      <caption class="visually-hidden">{t.quote.caption}</caption>
      <tbody>
        {quote.lines.map((l) => (
          <tr>
            <th scope="row">
              {t.quote.seat(l.seat)} <span class="muted">· {t.seatTypes[l.type]}</span>
            </th>
            <td>{money(l.priceMinor)}</td>
          </tr>
        ))}
        <tr class="quote-sub">
          <th scope="row">{t.quote.tickets(quote.lines.length)}</th>
          <td>{money(quote.ticketsMinor)}</td>
        </tr>
        {quote.points ? (
          <tr class="quote-discount">
            <th scope="row">{t.rewards.checkout.discount(quote.points.used)}</th>
            <td>−{money(quote.points.discountMinor)}</td>
          </tr>
        ) : null}
        <tr>
          <th scope="row">{t.quote.fee}</th>
          <td>{money(quote.convenienceFeeMinor)}</td>
        </tr>
        <tr class="quote-note">
          <th scope="row">{t.quote.gst}</th>
          <td>{money(quote.taxMinor)}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr class="quote-total">
          <th scope="row">{props.totalLabel ?? t.quote.total}</th>
          <td>{money(quote.totalMinor)}</td>
        </tr>
      </tfoot>
    </table>
  );
};
