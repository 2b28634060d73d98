import { formatInr } from '../../server/domain/money.js';
import type { Quote } from '../../server/domain/pricing.js';
import { SEAT_TYPE_NAMES } from './booking-words.js';

/** The server's own quote: a line per seat, tickets, the GST inside them, the fee and the total. */
export const QuoteTable = (props: { quote: Quote; totalLabel?: string }) => {
  const { quote } = props;
  const n = quote.lines.length;
  return (
    <table class="quote">
      <caption class="visually-hidden">Price breakdown</caption>
      <tbody>
        {quote.lines.map((l) => (
          <tr>
            <th scope="row">
              Seat {l.seat} <span class="muted">· {SEAT_TYPE_NAMES[l.type]}</span>
            </th>
            <td>{formatInr(l.priceMinor)}</td>
          </tr>
        ))}
        <tr class="quote-sub">
          <th scope="row">
            Tickets ({n} {n === 1 ? 'seat' : 'seats'})
          </th>
          <td>{formatInr(quote.ticketsMinor)}</td>
        </tr>
        <tr>
          <th scope="row">Convenience fee</th>
          <td>{formatInr(quote.convenienceFeeMinor)}</td>
        </tr>
        <tr class="quote-note">
          <th scope="row">GST included above</th>
          <td>{formatInr(quote.taxMinor)}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr class="quote-total">
          <th scope="row">{props.totalLabel ?? 'Total'}</th>
          <td>{formatInr(quote.totalMinor)}</td>
        </tr>
      </tfoot>
    </table>
  );
};
