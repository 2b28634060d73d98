import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type LoginPageProps = {
  csrfToken: string;
  email?: string;
  error?: string;
  /** Where to go after logging in; the server must check it is a local path. */
  next?: string;
};

export const LoginPage = (props: LoginPageProps) => (
  <section class="form-page">
    <h1 class="page-title">Log in</h1>
    <FormError message={props.error} />
    <form method="post" action="/login" class="stack-form">
      <CsrfField token={props.csrfToken} />
      {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
      <FormField
        label="Email"
        name="email"
        type="email"
        required
        value={props.email}
        attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
      />
      <FormField
        label="Password"
        name="password"
        type="password"
        required
        attrs={{ autocomplete: 'current-password' }}
      />
      <button type="submit" class="button button-primary button-block">
        Log in
      </button>
    </form>
    <p class="form-aside">
      New to Movie Magic? <a href="/register">Create an account</a>
    </p>
  </section>
);
