import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import { useI18n } from '../i18n/i18n.js';
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
const LeaseList = (props: { showId: string; timezone: string; csrfToken: string; leases: NonNullable<SellPageProps['leases']> }) => {
  const i = useI18n();
  const w = useKioskWords().sell;
  return (
  <section class="kiosk-show-leases" aria-labelledby="kiosk-leases-title">
    <h2 id="kiosk-leases-title">{w.leasesHeading}</h2>
    <ul class="kiosk-lease-list">
      {props.leases.map((l) => (
        <li>
          <span>
            {l.seats.join(', ')} · {w.until(i.lang === 'en' ? timeIn(l.endsAt, props.timezone) : i.clock(l.endsAt, props.timezone))}
            {l.auto ? w.autoLease : ''}
            {l.status === 'returning' ? w.beingReturned : ''}
          </span>
          {l.status === 'active' ? (
            <form method="post" action={`/shows/${encodeURIComponent(props.showId)}/leases/${encodeURIComponent(l.id)}/renew`} class="kiosk-inline-form">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="kiosk-button">
                {w.renew}
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  </section>
  );
};

/** Seat map → payment → sell, on one page: tick seats, pick cash, card or UPI, press Sell. */
export const SellPage = (props: SellPageProps) => {
  const mine = props.seats.filter((s) => s.mine && s.status === 'available').length;
  const prices = [...new Map(props.seats.filter((s) => s.status !== 'blocked').map((s) => [s.type, s.priceMinor])).entries()];
  const method = props.method ?? 'cash';
  const i = useI18n();
  const w = useKioskWords().sell;
  return (
    <section class="kiosk-sell">
      <p class="back-link">
        <a href="/">{w.allShows}</a>
      </p>
      <h1>{props.show.movieTitle}</h1>
      <p class="lead">
        {i.lang === 'en' ? showTimeText(new Date(props.show.startsAt), props.show.timezone) : i.when(props.show.startsAt, props.show.timezone)} · {props.show.screenName}
      </p>
      <p class="kiosk-legend">
        <span class="s r m" aria-hidden="true"></span> {w.legendMine(mine)} · <span class="s r" aria-hidden="true"></span> {w.legendFree}
        {props.online ? w.legendFreeOnline : w.legendFreeOffline} · <span class="s r on" aria-hidden="true"></span> {w.legendPicked} · <span class="s r h" aria-hidden="true"></span> {w.legendHeld} ·{' '}
        <span class="s r x" aria-hidden="true"></span> {w.legendSold} ·{' '}
        {prices.map(([type, p]) => `${i.t.seatTypes[type]} ${formatInr(p, { withPaise: false })}`).join(' · ')}
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
        <p id="kiosk-pick-summary" class="kiosk-summary" aria-live="polite" data-none={w.pickNone} data-one={w.pickOne('{seats}')} data-many={w.pickMany('{n}', '{seats}')}></p>
        <fieldset class="kiosk-pay">
          <legend>{w.payment}</legend>
          {(['cash', 'card', 'upi'] as const).map((m) => (
            <label class="kiosk-choice">
              <input type="radio" name="method" value={m} checked={m === method} />
              {w[m]}
            </label>
          ))}
        </fieldset>
        <details class="kiosk-customer">
          <summary>{w.customer}</summary>
          <KioskField label={w.name} name="name" autocomplete="off" />
          <KioskField label={w.phone} name="phone" type="tel" inputmode="tel" autocomplete="off" />
          <KioskField label={w.email} name="email" type="email" autocomplete="off" />
        </details>
        <button type="submit" class="kiosk-button kiosk-primary">
          {w.submit}
        </button>
      </form>
    </section>
  );
};
