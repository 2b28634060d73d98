import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type MovieFormProps = {
  action: string;
  csrfToken: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
  certificates: readonly string[];
  submitLabel: string;
};

export const MovieForm = (props: MovieFormProps) => {
  const v = props.values;
  const e = props.errors;
  const w = useI18n().t.admin.movieForm;
  return (
    <form method="post" action={props.action} class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <FormError message={props.formError} />
      <FormField label={w.title} name="title" required value={v.title} error={e.title} attrs={{ maxlength: 120 }} />
      <div class="field-row">
        <FormField label={w.languages} name="languages" required value={v.languages} error={e.languages} hint={w.languagesHint} />
        <FormField label={w.genres} name="genres" value={v.genres} error={e.genres} hint={w.genresHint} />
      </div>
      <div class="field-row">
        <div class={e.certificate ? 'field field-invalid' : 'field'}>
          <label for="field-certificate" class="field-label">
            {w.certificate}
          </label>
          <select id="field-certificate" name="certificate" class="field-input field-select">
            {props.certificates.map((c) => (
              <option value={c} selected={c === (v.certificate ?? 'UA')}>
                {c}
              </option>
            ))}
          </select>
          {e.certificate ? <p class="field-error">{e.certificate}</p> : null}
        </div>
        <FormField label={w.duration} name="durationMinutes" required value={v.durationMinutes} error={e.durationMinutes} attrs={{ inputmode: 'numeric' }} />
        <FormField label={w.release} name="releaseDate" type="date" required value={v.releaseDate} error={e.releaseDate} />
      </div>
      <div class={e.synopsis ? 'field field-invalid' : 'field'}>
        <label for="field-synopsis" class="field-label">
          {w.synopsis} <span class="field-optional">{w.optional}</span>
        </label>
        <textarea id="field-synopsis" name="synopsis" class="field-input" rows={4} maxlength={2000}>
          {v.synopsis ?? ''}
        </textarea>
        {e.synopsis ? <p class="field-error">{e.synopsis}</p> : null}
      </div>
      <FormField label={w.cast} name="cast" value={v.cast} error={e.cast} hint={w.castHint} />
      <button type="submit" class="button button-primary">
        {props.submitLabel}
      </button>
    </form>
  );
};

/** Poster upload: a separate multipart form (PNG, JPEG or WebP up to 2 MB). */
export const PosterForm = (props: { action: string; csrfToken: string; posterUrl?: string | null; error?: string | null; title: string }) => {
  const w = useI18n().t.admin.movieForm;
  return (
  <form method="post" action={props.action} enctype="multipart/form-data" class="stack-form admin-form">
    <CsrfField token={props.csrfToken} />
    <h2 class="section-title">{w.poster}</h2>
    {props.posterUrl ? <img src={props.posterUrl} alt={w.posterAlt(props.title)} class="poster-preview" width={160} /> : <p class="muted">{w.noPoster}</p>}
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for="field-poster" class="field-label">
        {w.upload}
      </label>
      <p class="field-hint" id="field-poster-hint">
        {w.uploadHint}
      </p>
      <input id="field-poster" type="file" name="poster" accept="image/png,image/jpeg,image/webp" required aria-describedby="field-poster-hint" class="field-input" />
      {props.error ? (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
    <button type="submit" class="button button-secondary">
      {w.uploadButton}
    </button>
  </form>
  );
};
