import type { PaymentMethod } from '../../server/domain/booking.js';
import type { Quote } from '../../server/domain/pricing.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { HoldCountdown } from '../components/hold-countdown.js';
import { PolicyList } from '../components/policy-list.js';
import { QuoteTable } from '../components/quote-table.js';
import { ShowFacts } from '../components/show-facts.js';
import { useI18n } from '../i18n/i18n.js';

export type CheckoutPageProps = {
  hold: { id: string; seats: string[]; expiresAt: string; quote: Quote };
  show: { id: string; movieTitle: string; theaterName: string; screenName: string; startsAt: string; timezone: string; language: string; format: string };
  policy: string[];
  secondsLeft: number;
  csrfToken: string;
  /** Made by the server for this rendering: a double click sends the same key, so it books once. */
  idempotencyKey: string;
  method?: PaymentMethod;
  error?: string | null;
  /** Loyalty points the server offers on this hold (absent: none to show). */
  points?: { balance: number; points: number; discountMinor: number; totalMinor: number; minimum: number; chosen: boolean } | null;
};

/** "Use 200 points (−₹50.00)": the customer only says yes or no; the server works out the rest. */
const PointsChoice = (props: { points: NonNullable<CheckoutPageProps['points']> }) => {
  const { t, money } = useI18n();
  const w = t.rewards.checkout;
  const p = props.points;
  if (p.points <= 0) return p.balance > 0 ? <p class="field-hint points-few">{w.tooFew(p.balance, p.minimum)}</p> : null;
  return (
    <fieldset class="points-choice">
      <legend class="booking-heading">{w.legend}</legend>
      <label class="method">
        <input type="checkbox" name="usePoints" value="1" checked={p.chosen} aria-describedby="points-hint" />
        <span>{w.use(p.points, money(p.discountMinor))}</span>
      </label>
      <p id="points-hint" class="field-hint">
        {w.youPay(money(p.totalMinor))}
      </p>
    </fieldset>
  );
};

const METHODS: PaymentMethod[] = ['upi', 'card', 'wallet', 'netbanking'];

/** Review the server's quote, see the hold's countdown, pay, or let the seats go. */
export const CheckoutPage = (props: CheckoutPageProps) => {
  const { hold, show } = props;
  const { t, money } = useI18n();
  const w = t.checkout;
  const chosen = props.method ?? 'upi';
  const base = `/checkout/${encodeURIComponent(hold.id)}`;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page checkout-page">
        <header class="show-head">
          <p class="eyebrow">{w.eyebrow}</p>
          <h1 class="page-title">{show.movieTitle}</h1>
          <ShowFacts theaterName={show.theaterName} screenName={show.screenName} startsAt={show.startsAt} timezone={show.timezone} language={show.language} format={show.format} />
          <p class="seat-list">
            {t.booking.seats} <strong>{hold.seats.join(', ')}</strong>
          </p>
        </header>
        <HoldCountdown expiresAt={hold.expiresAt} timezone={show.timezone} secondsLeft={props.secondsLeft} />
        <FormError message={props.error} />
        <section class="card" aria-labelledby="quote-heading">
          <h2 id="quote-heading" class="booking-heading">
            {w.yourOrder}
          </h2>
          <QuoteTable quote={hold.quote} />
        </section>
        <form method="post" action={`${base}/pay`} class="card pay-form" id="pay-form">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
          <fieldset class="methods">
            <legend class="booking-heading">{w.payWith}</legend>
            {METHODS.map((m) => (
              <label class="method">
                <input type="radio" name="method" value={m} checked={m === chosen} required />
                <span>{w.methods[m]}</span>
              </label>
            ))}
          </fieldset>
          {props.points ? <PointsChoice points={props.points} /> : null}
          <div class="field">
            <label for="field-token" class="field-label">
              {w.testToken}
              <span class="field-optional">{t.common.optional}</span>
            </label>
            <p id="field-token-hint" class="field-hint">
              {w.testTokenHint}
            </p>
            <input id="field-token" name="token" type="text" class="field-input" autocomplete="off" aria-describedby="field-token-hint" />
          </div>
          <button type="submit" class="button button-primary button-block pay-button">
            {w.pay(money(hold.quote.totalMinor))}
          </button>
        </form>
        <PolicyList sentences={props.policy} />
        <form method="post" action={`${base}/release`} class="release-form">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            {w.release}
          </button>
          <span class="muted">{w.releaseNote}</span>
        </form>
      </article>
      <script src="/static/countdown.js" defer></script>
    </>
  );
};
