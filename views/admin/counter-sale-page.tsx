import type { Showtime } from '../../server/domain/catalog.js';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { SeatGrid } from '../components/seat-grid.js';
import type { SeatView } from '../components/seat.js';

export type CounterSalePageProps = {
  show: Showtime;
  seats: SeatView[];
  selected: string[];
  csrfToken: string;
  saleKey: string;
  methods: readonly string[];
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
};

const METHOD_NAMES: Record<string, string> = { cash: 'Cash', card: 'Card', upi: 'UPI' };

/** Box office: pick seats on the live map, take the walk-in's details and payment, sell. */
export const CounterSalePage = (props: CounterSalePageProps) => {
  const { show } = props;
  const free = props.seats.filter((s) => s.status === 'available').length;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <section>
        <h1 class="page-title">Sell at the counter: {show.movieTitle}</h1>
        <p class="lead">
          {showTimeText(new Date(show.startsAt), show.timezone)}, {show.screenName} · {free} seats free ·{' '}
          {Object.entries(show.prices)
            .map(([t, p]) => `${t} ${formatInr(p as number, { withPaise: false })}`)
            .join(', ')}
        </p>
        <FormError message={props.formError} />
        <form method="post" action={`/admin/showtimes/${encodeURIComponent(show.id)}/sell`} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="saleKey" value={props.saleKey} />
          <fieldset class="seat-set">
            <legend class="seat-legend-title">Seats (up to 10)</legend>
            <div class="smap">
              <SeatGrid seats={props.seats} selected={new Set(props.selected)} />
            </div>
          </fieldset>
          <fieldset class="fieldset">
            <legend>Customer (all optional)</legend>
            <div class="field-row">
              <FormField label="Name" name="name" value={props.values.name} error={props.errors.name} />
              <FormField label="Email" name="email" type="email" value={props.values.email} error={props.errors.email} hint="The tickets are emailed here." />
              <FormField label="Mobile" name="phone" type="tel" value={props.values.phone} error={props.errors.phone} hint="To find the booking later." />
            </div>
          </fieldset>
          <fieldset class="fieldset">
            <legend>Payment taken</legend>
            <div class="checkbox-row">
              {props.methods.map((m) => (
                <label>
                  <input type="radio" name="method" value={m} checked={(props.values.method ?? 'cash') === m} /> {METHOD_NAMES[m] ?? m}
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" class="button button-primary">
            Sell the seats
          </button>
        </form>
      </section>
    </>
  );
};
