import type { Showtime } from '../../server/domain/catalog.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { SeatGrid } from '../components/seat-grid.js';
import type { SeatView } from '../components/seat.js';
import { useI18n } from '../i18n/i18n.js';

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

/** Box office: pick seats on the live map, take the walk-in's details and payment, sell. */
export const CounterSalePage = (props: CounterSalePageProps) => {
  const { show } = props;
  const i = useI18n();
  const w = i.t.admin.counter;
  const methods: Record<string, string> = w.methods;
  const types: Record<string, string> = i.t.seatTypes;
  const free = props.seats.filter((s) => s.status === 'available').length;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <section>
        <h1 class="page-title">{w.heading(show.movieTitle)}</h1>
        <p class="lead">
          {showTimeText(new Date(show.startsAt), show.timezone, i.locale)}, {show.screenName} · {w.free(i.num(free), free !== 1)} ·{' '}
          {Object.entries(show.prices)
            .map(([t, p]) => `${i.lang === 'en' ? t : (types[t] ?? t)} ${i.money(p as number, true)}`)
            .join(', ')}
        </p>
        <FormError message={props.formError} />
        <form method="post" action={`/admin/showtimes/${encodeURIComponent(show.id)}/sell`} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="saleKey" value={props.saleKey} />
          <fieldset class="seat-set">
            <legend class="seat-legend-title">{w.seats}</legend>
            <div class="smap">
              <SeatGrid seats={props.seats} selected={new Set(props.selected)} />
            </div>
          </fieldset>
          <fieldset class="fieldset">
            <legend>{w.customer}</legend>
            <div class="field-row">
              <FormField label={w.name} name="name" value={props.values.name} error={props.errors.name} />
              <FormField label={w.email} name="email" type="email" value={props.values.email} error={props.errors.email} hint={w.emailHint} />
              <FormField label={w.mobile} name="phone" type="tel" value={props.values.phone} error={props.errors.phone} hint={w.mobileHint} />
            </div>
          </fieldset>
          <fieldset class="fieldset">
            <legend>{w.payment}</legend>
            <div class="checkbox-row">
              {props.methods.map((m) => (
                <label>
                  <input type="radio" name="method" value={m} checked={(props.values.method ?? 'cash') === m} /> {methods[m] ?? m}
                </label>
              ))}
            </div>
            {props.errors.method ? <p class="field-error">{props.errors.method}</p> : null}
          </fieldset>
          <button type="submit" class="button button-primary">
            {w.sell}
          </button>
        </form>
      </section>
    </>
  );
};
