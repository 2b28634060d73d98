import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type VerifyEmailPageProps = {
  csrfToken: string;
  email?: string;
  error?: string;
  /** A new code was just sent. */
  sent?: boolean;
};

export const VerifyEmailPage = (props: VerifyEmailPageProps) => (
  <section class="form-page">
    <h1 class="page-title">Verify your email</h1>
    {props.sent ? (
      <p class="notice notice-success" role="status">
        We sent a 6-digit code to {props.email ? <strong>{props.email}</strong> : 'your email'}.
        It may take a minute to arrive.
      </p>
    ) : (
      <p class="lead">Enter the 6-digit code we emailed you.</p>
    )}
    <FormError message={props.error} />
    <form method="post" action="/verify-email" class="stack-form">
      <CsrfField token={props.csrfToken} />
      <FormField
        label="Email"
        name="email"
        type="email"
        required
        value={props.email}
        attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
      />
      <FormField
        label="Code"
        name="code"
        required
        inputClass="code-input"
        attrs={{
          inputmode: 'numeric',
          autocomplete: 'one-time-code',
          pattern: '[0-9]{6}',
          maxlength: 6,
        }}
      />
      <button type="submit" class="button button-primary button-block">
        Verify email
      </button>
    </form>
    <form method="post" action="/verify-email/resend" class="resend-form">
      <CsrfField token={props.csrfToken} />
      <h2 class="resend-title">No code, or it expired?</h2>
      {props.email ? (
        <input type="hidden" name="email" value={props.email} />
      ) : (
        <FormField
          id="resend-email"
          label="Email"
          name="email"
          type="email"
          required
          attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
        />
      )}
      <button type="submit" class="button button-secondary">
        Send a new code
      </button>
    </form>
  </section>
);
