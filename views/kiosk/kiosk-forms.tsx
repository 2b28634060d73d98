import { CsrfField } from '../components/csrf-field.js';
import { useKioskWords } from '../i18n/features/kiosk.js';

/** A labelled text input, big enough for a touch screen. */
export const KioskField = (props: { label: string; name: string; type?: string; value?: string; autocomplete?: string; required?: boolean; autofocus?: boolean; inputmode?: 'tel' | 'email' | 'text' | 'numeric' }) => (
  <p class="kiosk-field">
    <label for={`f-${props.name}`}>{props.label}</label>
    <input
      id={`f-${props.name}`}
      name={props.name}
      type={props.type ?? 'text'}
      value={props.value ?? ''}
      autocomplete={props.autocomplete}
      required={props.required}
      autofocus={props.autofocus}
      inputmode={props.inputmode}
    />
  </p>
);

export const KioskLoginForm = (props: { csrfToken: string; email?: string; error?: string | null; next?: string }) => {
  const w = useKioskWords().signIn;
  return (
  <form method="post" action="/login" class="kiosk-card kiosk-login">
    <h1>{w.heading}</h1>
    <p class="muted">{w.intro}</p>
    {props.error ? (
      <p class="flash flash-error" role="alert">
        {props.error}
      </p>
    ) : null}
    <CsrfField token={props.csrfToken} />
    <input type="hidden" name="next" value={props.next ?? '/'} />
    <KioskField label={w.email} name="email" type="email" value={props.email} autocomplete="username" required autofocus />
    <KioskField label={w.password} name="password" type="password" autocomplete="current-password" required />
    <button type="submit" class="kiosk-button kiosk-primary">
      {w.submit}
    </button>
  </form>
  );
};
