import type { JSX } from 'hono/jsx/jsx-runtime';
import { useI18n } from '../i18n/i18n.js';

type InputAttributes = JSX.IntrinsicElements['input'];

export type FormFieldProps = {
  label: string;
  name: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'search' | 'url';
  id?: string;
  value?: string | null;
  /** Shown under the input and announced with it. */
  hint?: string;
  /** Shown in red under the input; marks the input aria-invalid. */
  error?: string | null;
  required?: boolean;
  /** Extra class for the <input>, e.g. "code-input". */
  inputClass?: string;
  /** Passed straight to the <input>: autocomplete, inputmode, pattern, minlength… */
  attrs?: Omit<InputAttributes, 'class'>;
};

/** A labelled input whose hint and error are tied to it for screen readers. */
export const FormField = (props: FormFieldProps) => {
  const id = props.id ?? `field-${props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const { t } = useI18n();
  return (
    <div class={props.error ? 'field field-invalid' : 'field'}>
      <label for={id} class="field-label">
        {props.label}
        {props.required ? null : <span class="field-optional">{t.common.optional}</span>}
      </label>
      {props.hint ? (
        <p id={hintId} class="field-hint">
          {props.hint}
        </p>
      ) : null}
      <input
        {...props.attrs}
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.type === 'password' ? undefined : (props.value ?? undefined)}
        required={props.required}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        class={props.inputClass ? `field-input ${props.inputClass}` : 'field-input'}
      />
      {props.error ? (
        <p id={errorId} class="field-error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
};
