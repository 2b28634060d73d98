import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type LoginPageProps = {
  csrfToken: string;
  email?: string;
  error?: string;
  /** Where to go after logging in; the server must check it is a local path. */
  next?: string;
};

export const LoginPage = (props: LoginPageProps) => {
  const { t } = useI18n();
  const w = t.login;
  return (
    <section class="form-page">
      <h1 class="page-title">{w.title}</h1>
      <FormError message={props.error} />
      <form method="post" action="/login" class="stack-form">
        <CsrfField token={props.csrfToken} />
        {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
        <FormField
          label={w.email}
          name="email"
          type="email"
          required
          value={props.email}
          attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
        />
        <FormField label={w.password} name="password" type="password" required attrs={{ autocomplete: 'current-password' }} />
        <button type="submit" class="button button-primary button-block">
          {w.submit}
        </button>
      </form>
      <p class="form-aside">
        {w.newHere} <a href="/register">{w.create}</a>
      </p>
    </section>
  );
};
