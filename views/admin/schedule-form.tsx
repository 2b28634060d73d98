import type { SeatType } from '../../server/domain/seat-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';
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

/** Schedule one show or a repeating run (every day, or chosen weekdays, at one or more times). */
export const ScheduleForm = (props: ScheduleFormProps) => {
  const v = props.values;
  const e = props.errors;
  const i = useI18n();
  const w = i.t.admin.schedule;
  return (
    <form method="post" action="/admin/showtimes" class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="theaterId" value={props.theaterId} />
      <FormError message={props.formError} />
      <div class="field-row">
        <div class={e.movieId ? 'field field-invalid' : 'field'}>
          <label for="field-movieId" class="field-label">
            {w.movie}
          </label>
          <select id="field-movieId" name="movieId" class="field-input field-select" required>
            {props.movies.map((m) => (
              <option value={m.id} selected={m.id === v.movieId}>
                {w.movieOption(m.title, i.num(m.durationMinutes), m.languages.map((l) => i.name(l)).join(', '))}
              </option>
            ))}
          </select>
          {e.movieId ? <p class="field-error">{e.movieId}</p> : null}
        </div>
        <div class={e.screenId ? 'field field-invalid' : 'field'}>
          <label for="field-screenId" class="field-label">
            {w.screen}
          </label>
          <select id="field-screenId" name="screenId" class="field-input field-select" required>
            {props.screens.map((s) => (
              <option value={s.id} selected={s.id === v.screenId}>
                {w.screenOption(s.name, i.num(s.seatsTotal))}
              </option>
            ))}
          </select>
          {e.screenId ? <p class="field-error">{e.screenId}</p> : null}
        </div>
      </div>
      <div class="field-row">
        <FormField label={w.language} name="language" required value={v.language} error={e.language} hint={w.languageHint} />
        <div class="field">
          <label for="field-format" class="field-label">
            {w.format}
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
        <legend>{w.when(props.timezone)}</legend>
        <p class="field-hint">{w.whenHint(i.num(props.cleaningMinutes))}</p>
        <div class="field-row">
          <FormField label={w.firstDate} name="firstDate" type="date" required value={v.firstDate} error={e.firstDate} />
          <FormField label={w.lastDate} name="lastDate" type="date" required value={v.lastDate} error={e.lastDate} />
          <FormField label={w.times} name="times" required value={v.times} error={e.times} hint={w.timesHint} />
        </div>
        <p class="field-label" id="weekdays-label">
          {w.onlyDays} <span class="field-optional">{w.everyDay}</span>
        </p>
        <div class="checkbox-row" role="group" aria-labelledby="weekdays-label">
          {([0, 1, 2, 3, 4, 5, 6] as const).map((d) => (
            <label>
              <input type="checkbox" name={`wd${d}`} value="1" checked={v[`wd${d}`] === '1'} /> {w.weekdays[d]}
            </label>
          ))}
        </div>
        {e.weekdays ? <p class="field-error">{e.weekdays}</p> : null}
      </fieldset>
      <PriceFields types={props.seatTypes} values={v} errors={e} hint={w.pricesHint} />
      <button type="submit" class="button button-primary">
        {w.submit}
      </button>
    </form>
  );
};
