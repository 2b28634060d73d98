import type { Child } from 'hono/jsx';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type LayoutEditorProps = {
  action: string;
  csrfToken: string;
  theaterId: string;
  /** Set for a new screen (its name is asked for too). */
  screenName?: string | null;
  rows: { label: string; cells: string }[];
  /** Empty rows to offer below the filled ones. */
  spareRows: number;
  errors: Record<string, string>;
  formError?: string | null;
  grid: { rows: string; seats: string; aisles: string };
  submitLabel: string;
  /** The preview, rendered with the page so it shows without JavaScript too. */
  preview: Child;
};

/**
 * The seat layout editor: one line per row (label + cells), a grid generator to start from,
 * and beside it the preview as customers will see it. htmx re-renders the preview while typing;
 * without JavaScript "Preview" does the same with a full page.
 */
export const LayoutEditor = (props: LayoutEditorProps) => {
  const i18n = useI18n();
  const w = i18n.t.admin.layout;
  const rows = [...props.rows, ...Array.from({ length: props.spareRows }, () => ({ label: '', cells: '' }))];
  const e = props.errors;
  return (
    <div class="layout-editor">
      <link rel="stylesheet" href="/static/booking.css" />
      <form
        method="post"
        action={props.action}
        class="stack-form"
        id="layout-form"
        hx-post="/admin/layout-preview"
        hx-trigger="input delay:300ms"
        hx-target="#layout-preview"
        hx-swap="innerHTML"
      >
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="theaterId" value={props.theaterId} />
        <input type="hidden" name="rowCount" value={String(rows.length)} />
        <FormError message={props.formError} />
        {props.screenName !== undefined ? (
          <FormField label={w.screenName} name="name" required value={props.screenName} error={e.name} attrs={{ maxlength: 40 }} />
        ) : null}
        <fieldset class="fieldset">
          <legend>{w.grid}</legend>
          <div class="field-row">
            <FormField label={w.rows} name="gridRows" value={props.grid.rows} attrs={{ inputmode: 'numeric' }} />
            <FormField label={w.seatsPerRow} name="gridSeats" value={props.grid.seats} attrs={{ inputmode: 'numeric' }} />
            <FormField label={w.aisles} name="gridAisles" value={props.grid.aisles} hint={w.aislesHint} />
          </div>
          <button type="submit" name="action" value="grid" class="button button-secondary" formnovalidate>
            {w.fill}
          </button>
        </fieldset>
        <p class="layout-key" id="layout-key">
          {w.keyStart} <code>r</code> {w.regular}, <code>p</code> {w.premium}, <code>R</code> {w.recliner}, <code>c</code> {w.couple}, <code>w</code> {w.wheelchair},{' '}
          <code>x</code> {w.blocked}, <code>.</code> {w.gap}. {w.keyEnd}
        </p>
        {e.rows ? (
          <p class="field-error" role="alert">
            {e.rows}
          </p>
        ) : null}
        <table class="layout-rows">
          <caption class="visually-hidden">{w.rowsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.row}</th>
              <th scope="col">{w.cells}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr>
                <td>
                  <input class="field-input row-label" name={`label_${i}`} value={r.label} aria-label={w.rowLabel(i18n.num(i + 1))} maxlength={2} autocapitalize="characters" />
                </td>
                <td>
                  <input
                    class="field-input row-cells"
                    name={`cells_${i}`}
                    value={r.cells}
                    aria-label={w.rowCells(i18n.num(i + 1))}
                    aria-describedby={e[`row${i}`] ? `row${i}-error layout-key` : 'layout-key'}
                    aria-invalid={e[`row${i}`] ? 'true' : undefined}
                    maxlength={100}
                    spellcheck={false}
                    autocapitalize="none"
                    autocomplete="off"
                  />
                  {e[`row${i}`] ? (
                    <p class="field-error" id={`row${i}-error`}>
                      {e[`row${i}`]}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="admin-actions">
          <button type="submit" name="action" value="rows" class="button button-secondary" formnovalidate>
            {w.addRows}
          </button>
          <button type="submit" name="action" value="preview" class="button button-secondary" formnovalidate>
            {w.preview}
          </button>
          <button type="submit" name="action" value="save" class="button button-primary">
            {props.submitLabel}
          </button>
        </div>
      </form>
      <section class="layout-preview" aria-labelledby="preview-title">
        <h2 id="preview-title" class="section-title">
          {w.previewTitle}
        </h2>
        <div id="layout-preview" aria-live="polite">
          {props.preview}
        </div>
      </section>
    </div>
  );
};
