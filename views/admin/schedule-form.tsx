import type { SeatType } from '../../server/domain/seat-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { PriceFields } from './price-fields.js';

export type ScheduleFormProps = {
  theaterId: string;
  timezone: string;
  csrfToken: string;
  movies: { id: string; title: string; languages: string[]; durationMinutes: number }[];
  screens: { id: string; name: string; seatsTotal: number }[];
  formats: readonly string[];
  seatTypes: readonly SeatType[];
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
  cleaningMinutes: number;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Schedule one show or a repeating run (every day, or chosen weekdays, at one or more times). */
export const ScheduleForm = (props: ScheduleFormProps) => {
  const v = props.values;
  const e = props.errors;
  return (
    <form method="post" action="/admin/showtimes" class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="theaterId" value={props.theaterId} />
      <FormError message={props.formError} />
      <div class="field-row">
        <div class={e.movieId ? 'field field-invalid' : 'field'}>
          <label for="field-movieId" class="field-label">
            Movie
          </label>
          <select id="field-movieId" name="movieId" class="field-input field-select" required>
            {props.movies.map((m) => (
              <option value={m.id} selected={m.id === v.movieId}>
                {m.title} ({m.durationMinutes} min; {m.languages.join(', ')})
              </option>
            ))}
          </select>
          {e.movieId ? <p class="field-error">{e.movieId}</p> : null}
        </div>
        <div class={e.screenId ? 'field field-invalid' : 'field'}>
          <label for="field-screenId" class="field-label">
            Screen
          </label>
          <select id="field-screenId" name="screenId" class="field-input field-select" required>
            {props.screens.map((s) => (
              <option value={s.id} selected={s.id === v.screenId}>
                {s.name} ({s.seatsTotal} seats)
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field-row">
        <FormField label="Language" name="language" required value={v.language} error={e.language} hint="One of the movie's languages." />
        <div class="field">
          <label for="field-format" class="field-label">
            Format
          </label>
          <select id="field-format" name="format" class="field-input field-select">
            {props.formats.map((f) => (
              <option value={f} selected={f === (v.format ?? '2D')}>
                {f}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset class="fieldset">
        <legend>When ({props.timezone} time)</legend>
        <p class="field-hint">
          One show: the same first and last date and one time. A run: a range of dates and several times, e.g. 10:00, 18:30. The screen needs {props.cleaningMinutes}{' '}
          minutes of cleaning after each show.
        </p>
        <div class="field-row">
          <FormField label="First date" name="firstDate" type="date" required value={v.firstDate} error={e.firstDate} />
          <FormField label="Last date" name="lastDate" type="date" required value={v.lastDate} error={e.lastDate} />
          <FormField label="Start times" name="times" required value={v.times} error={e.times} hint="HH:MM, comma-separated." />
        </div>
        <p class="field-label" id="weekdays-label">
          Only on these days <span class="field-optional">(none ticked: every day)</span>
        </p>
        <div class="checkbox-row" role="group" aria-labelledby="weekdays-label">
          {WEEKDAYS.map((d, i) => (
            <label>
              <input type="checkbox" name={`wd${i}`} value="1" checked={v[`wd${i}`] === '1'} /> {d}
            </label>
          ))}
        </div>
        {e.weekdays ? <p class="field-error">{e.weekdays}</p> : null}
      </fieldset>
      <PriceFields types={props.seatTypes} values={v} errors={e} hint="Give a price for each seat type the chosen screen has; others are ignored." />
      <button type="submit" class="button button-primary">
        Schedule
      </button>
    </form>
  );
};
