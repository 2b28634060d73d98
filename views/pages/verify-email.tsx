import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type VerifyEmailPageProps = {
  csrfToken: string;
  email?: string;
  error?: string;
  /** A new code was just sent. */
  sent?: boolean;
};

export const VerifyEmailPage = (props: VerifyEmailPageProps) => {
  const { t } = useI18n();
  const w = t.verify;
  return (
    <section class="form-page">
      <h1 class="page-title">{w.title}</h1>
      {props.sent ? (
        <p class="notice notice-success" role="status">
          {w.sentTo}
          {props.email ? <strong>{props.email}</strong> : w.yourEmail}
          {w.mayTake}
        </p>
      ) : (
        <p class="lead">{w.enterCode}</p>
      )}
      <FormError message={props.error} />
      <form method="post" action="/verify-email" class="stack-form">
        <CsrfField token={props.csrfToken} />
        <FormField
          label={w.email}
          name="email"
          type="email"
          required
          value={props.email}
          attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
        />
        <FormField
          label={w.code}
          name="code"
          required
          inputClass="code-input"
          attrs={{ inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6 }}
        />
        <button type="submit" class="button button-primary button-block">
          {w.submit}
        </button>
      </form>
      <form method="post" action="/verify-email/resend" class="resend-form">
        <CsrfField token={props.csrfToken} />
        <h2 class="resend-title">{w.noCode}</h2>
        {props.email ? (
          <input type="hidden" name="email" value={props.email} />
        ) : (
          <FormField
            id="resend-email"
            label={w.email}
            name="email"
            type="email"
            required
            attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
          />
        )}
        <button type="submit" class="button button-secondary">
          {w.resend}
        </button>
      </form>
    </section>
  );
};
