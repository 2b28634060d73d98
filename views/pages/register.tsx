import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export const PASSWORD_MIN_LENGTH = 10;

export type RegisterPageProps = {
  csrfToken: string;
  values?: { email?: string; name?: string; phone?: string };
  errors?: Record<string, string>;
  formError?: string;
};

export const RegisterPage = (props: RegisterPageProps) => {
  const { t } = useI18n();
  const w = t.register;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const formError = props.formError ?? (hasFieldErrors ? w.fixFields : undefined);
  return (
    <section class="form-page">
      <h1 class="page-title">{w.heading}</h1>
      <FormError message={formError} />
      <form method="post" action="/register" class="stack-form">
        <CsrfField token={props.csrfToken} />
        <FormField
          label={w.email}
          name="email"
          type="email"
          required
          value={values.email}
          error={errors.email}
          hint={w.emailHint}
          attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
        />
        <FormField label={w.name} name="name" required value={values.name} error={errors.name} attrs={{ autocomplete: 'name', maxlength: 100 }} />
        <FormField
          label={w.phone}
          name="phone"
          type="tel"
          value={values.phone}
          error={errors.phone}
          hint={w.phoneHint}
          attrs={{ autocomplete: 'tel' }}
        />
        <FormField
          label={w.password}
          name="password"
          type="password"
          required
          error={errors.password}
          hint={w.passwordHint(PASSWORD_MIN_LENGTH)}
          attrs={{ autocomplete: 'new-password', minlength: PASSWORD_MIN_LENGTH }}
        />
        <button type="submit" class="button button-primary button-block">
          {w.submit}
        </button>
      </form>
      <p class="form-aside">
        {w.haveAccount} <a href="/login">{w.login}</a>
      </p>
    </section>
  );
};
