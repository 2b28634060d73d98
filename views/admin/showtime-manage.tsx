import type { ShowtimeReport } from '../../admin/services/showtime-report.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { formatInr } from '../../server/domain/money.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { PriceFields } from './price-fields.js';
import { StatCards } from './stat-cards.js';

export type ShowtimeManageProps = {
  show: Showtime;
  csrfToken: string;
  report: ShowtimeReport | null;
  canEdit: boolean;
  canSell: boolean;
  canSeeBookings: boolean;
  seatTypes: readonly SeatType[];
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
};

/** One show for staff: its figures, and changing its prices or time, or cancelling it. */
export const ShowtimeManage = (props: ShowtimeManageProps) => {
  const { show, report } = props;
  const base = `/admin/showtimes/${encodeURIComponent(show.id)}`;
  const cancelled = show.status === 'cancelled';
  return (
    <section>
      <h1 class="page-title">
        {show.movieTitle}
        {cancelled ? <span class="status-cancelled"> (cancelled)</span> : null}
      </h1>
      <dl class="key-value">
        <dt>When</dt>
        <dd>{showTimeText(new Date(show.startsAt), show.timezone)}</dd>
        <dt>Screen</dt>
        <dd>
          {show.screenName} (layout version {show.layoutVersion})
        </dd>
        <dt>Language · format</dt>
        <dd>
          {show.language} · {show.format}
        </dd>
        <dt>Show id</dt>
        <dd>
          <code>{show.id}</code>
        </dd>
      </dl>
      <FormError message={props.formError} />
      {report ? (
        <StatCards
          label="Show report"
          stats={[
            { label: 'Seats sold', value: `${report.seatsSold} / ${report.seatsTotal}` },
            { label: 'Held now', value: String(report.seatsHeld) },
            { label: 'Leased to kiosks', value: String(report.seatsLeased) },
            { label: 'Bookings', value: String(report.bookings) },
            { label: 'Revenue', value: formatInr(report.revenueMinor) },
          ]}
        />
      ) : null}
      <div class="admin-actions">
        {props.canSell && !cancelled ? (
          <a class="button button-primary" href={`${base}/sell`}>
            Sell at the counter
          </a>
        ) : null}
        {props.canSeeBookings ? (
          <a class="button button-secondary" href={`/admin/bookings?theater=${encodeURIComponent(show.theaterId)}&show=${encodeURIComponent(show.id)}`}>
            Bookings of this show
          </a>
        ) : null}
      </div>
      {props.canEdit && !cancelled ? (
        <>
          <form method="post" action={`${base}/prices`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">Prices</h2>
            <PriceFields types={props.seatTypes} values={props.values} errors={props.errors} hint="New prices apply to seats sold from now on." />
            <button type="submit" class="button button-secondary">
              Save prices
            </button>
          </form>
          <form method="post" action={`${base}/move`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">Change the time</h2>
            <p class="field-hint">Every customer with a booking is told the new time by email (and SMS if they chose it).</p>
            <div class="field-row">
              <FormField label="New date" name="date" type="date" required value={props.values.date} error={props.errors.date} />
              <FormField label={`New time (${show.timezone})`} name="time" required value={props.values.time} error={props.errors.time} hint="HH:MM" />
            </div>
            <button type="submit" class="button button-secondary">
              Move the show
            </button>
          </form>
          <form method="post" action={`${base}/cancel`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">Cancel the show</h2>
            <p>Sales stop, and every booking is cancelled and refunded in full (the convenience fee too). Customers are told at once.</p>
            <label class="checkbox-row">
              <input type="checkbox" name="confirm" value="yes" required /> Yes, cancel this show and refund everyone
            </label>
            <button type="submit" class="button button-primary">
              Cancel the show
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
};
