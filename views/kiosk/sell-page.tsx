import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { KioskField } from './kiosk-forms.js';
import { KioskSeatGrid, type KioskSeatView } from './kiosk-seat-grid.js';

export interface SellPageProps {
  show: { id: string; movieTitle: string; screenName: string; startsAt: string; timezone: string };
  seats: KioskSeatView[];
  online: boolean;
  csrfToken: string;
  selected?: string[];
  error?: string | null;
  method?: string;
  /** This kiosk's leases of the show, with a Renew button each. */
  leases?: { id: string; seats: string[]; endsAt: string; status: 'active' | 'returning'; auto: boolean }[];
}

const timeIn = (iso: string, timezone: string) => new Date(iso).toLocaleTimeString('en-IN', { timeZone: timezone, hour: '2-digit', minute: '2-digit' });

/** The kiosk's leases of this show: seats, end, and "Renew lease" (online only: the server decides). */
const LeaseList = (props: { showId: string; timezone: string; csrfToken: string; leases: NonNullable<SellPageProps['leases']> }) => (
  <section class="kiosk-show-leases" aria-labelledby="kiosk-leases-title">
    <h2 id="kiosk-leases-title">This kiosk’s leases</h2>
    <ul class="kiosk-lease-list">
      {props.leases.map((l) => (
        <li>
          <span>
            {l.seats.join(', ')} · until {timeIn(l.endsAt, props.timezone)}
            {l.auto ? ' · auto-lease (given back then)' : ''}
            {l.status === 'returning' ? ' · being given back' : ''}
          </span>
          {l.status === 'active' ? (
            <form method="post" action={`/shows/${encodeURIComponent(props.showId)}/leases/${encodeURIComponent(l.id)}/renew`} class="kiosk-inline-form">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="kiosk-button">
                Renew lease
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  </section>
);

/** Seat map → payment → sell, on one page: tick seats, pick cash, card or UPI, press Sell. */
export const SellPage = (props: SellPageProps) => {
  const mine = props.seats.filter((s) => s.mine && s.status === 'available').length;
  const prices = [...new Map(props.seats.filter((s) => s.status !== 'blocked').map((s) => [s.type, s.priceMinor])).entries()];
  const method = props.method ?? 'cash';
  return (
    <section class="kiosk-sell">
      <p class="back-link">
        <a href="/">← All shows</a>
      </p>
      <h1>{props.show.movieTitle}</h1>
      <p class="lead">
        {showTimeText(new Date(props.show.startsAt), props.show.timezone)} · {props.show.screenName}
      </p>
      <p class="kiosk-legend">
        <span class="s r m" aria-hidden="true"></span> Leased to this kiosk ({mine} left, sellable offline) · <span class="s r" aria-hidden="true"></span> Free
        {props.online ? ' (sold through the server)' : ' (needs the link)'} · <span class="s r on" aria-hidden="true"></span> Picked · <span class="s r h" aria-hidden="true"></span> Held · <span class="s r x" aria-hidden="true"></span> Sold ·{' '}
        {prices.map(([type, p]) => `${type} ${formatInr(p, { withPaise: false })}`).join(' · ')}
      </p>
      {props.leases?.length ? <LeaseList showId={props.show.id} timezone={props.show.timezone} csrfToken={props.csrfToken} leases={props.leases} /> : null}
      {props.error ? (
        <p class="flash flash-error" role="alert">
          {props.error}
        </p>
      ) : null}
      <form method="post" action={`/shows/${encodeURIComponent(props.show.id)}/sell`} id="kiosk-sell-form">
        <CsrfField token={props.csrfToken} />
        <div class="smap kiosk-map">
          <KioskSeatGrid seats={props.seats} online={props.online} selected={new Set(props.selected ?? [])} />
        </div>
        <p id="kiosk-pick-summary" class="kiosk-summary" aria-live="polite"></p>
        <fieldset class="kiosk-pay">
          <legend>Payment</legend>
          {(['cash', 'card', 'upi'] as const).map((m) => (
            <label class="kiosk-choice">
              <input type="radio" name="method" value={m} checked={m === method} />
              {m === 'upi' ? 'UPI' : m[0].toUpperCase() + m.slice(1)}
            </label>
          ))}
        </fieldset>
        <details class="kiosk-customer">
          <summary>Customer details (optional)</summary>
          <KioskField label="Name" name="name" autocomplete="off" />
          <KioskField label="Phone" name="phone" type="tel" inputmode="tel" autocomplete="off" />
          <KioskField label="Email (gets the confirmation)" name="email" type="email" autocomplete="off" />
        </details>
        <button type="submit" class="kiosk-button kiosk-primary">
          Sell
        </button>
      </form>
    </section>
  );
};
