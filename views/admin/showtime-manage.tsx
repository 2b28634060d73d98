import type { ShowtimeReport } from '../../admin/services/showtime-report.js';
import type { Showtime } from '../../server/domain/catalog.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';
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
  const i = useI18n();
  const w = i.t.admin.show;
  return (
    <section>
      <h1 class="page-title">
        {show.movieTitle}
        {cancelled ? <span class="status-cancelled"> {w.cancelled}</span> : null}
      </h1>
      <dl class="key-value">
        <dt>{w.when}</dt>
        <dd>{showTimeText(new Date(show.startsAt), show.timezone, i.locale)}</dd>
        <dt>{w.screen}</dt>
        <dd>{w.layout(show.screenName, i.num(show.layoutVersion))}</dd>
        <dt>{w.langFormat}</dt>
        <dd>
          {i.name(show.language)} · {show.format}
        </dd>
        <dt>{w.id}</dt>
        <dd>
          <code>{show.id}</code>
        </dd>
      </dl>
      <FormError message={props.formError} />
      {report ? (
        <StatCards
          label={w.report}
          stats={[
            { label: w.seatsSold, value: `${i.num(report.seatsSold)} / ${i.num(report.seatsTotal)}` },
            { label: w.held, value: i.num(report.seatsHeld) },
            { label: w.leased, value: i.num(report.seatsLeased) },
            { label: w.bookings, value: i.num(report.bookings) },
            { label: w.revenue, value: i.money(report.revenueMinor) },
          ]}
        />
      ) : null}
      <div class="admin-actions">
        {props.canSell && !cancelled ? (
          <a class="button button-primary" href={`${base}/sell`}>
            {w.sell}
          </a>
        ) : null}
        {props.canSeeBookings ? (
          <a class="button button-secondary" href={`/admin/bookings?theater=${encodeURIComponent(show.theaterId)}&show=${encodeURIComponent(show.id)}`}>
            {w.bookingsOf}
          </a>
        ) : null}
      </div>
      {props.canEdit && !cancelled ? (
        <>
          <form method="post" action={`${base}/prices`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">{w.prices}</h2>
            <PriceFields types={props.seatTypes} values={props.values} errors={props.errors} hint={w.pricesHint} />
            <button type="submit" class="button button-secondary">
              {w.savePrices}
            </button>
          </form>
          <form method="post" action={`${base}/move`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">{w.move}</h2>
            <p class="field-hint">{w.moveHint}</p>
            <div class="field-row">
              <FormField label={w.newDate} name="date" type="date" required value={props.values.date} error={props.errors.date} />
              <FormField label={w.newTime(show.timezone)} name="time" required value={props.values.time} error={props.errors.time} hint="HH:MM" />
            </div>
            <button type="submit" class="button button-secondary">
              {w.moveButton}
            </button>
          </form>
          <form method="post" action={`${base}/cancel`} class="stack-form admin-form">
            <CsrfField token={props.csrfToken} />
            <h2 class="section-title">{w.cancel}</h2>
            <p>{w.cancelText}</p>
            <label class="checkbox-row">
              <input type="checkbox" name="confirm" value="yes" required /> {w.confirm}
            </label>
            <button type="submit" class="button button-primary">
              {w.cancel}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
};
