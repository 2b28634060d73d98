import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export const PASSWORD_MIN_LENGTH = 10;

export type RegisterPageProps = {
  csrfToken: string;
  values?: { email?: string; name?: string; phone?: string };
  errors?: Record<string, string>;
  formError?: string;
};

export const RegisterPage = (props: RegisterPageProps) => {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const hasFieldErrors = Object.keys(errors).length > 0;
  const formError =
    props.formError ?? (hasFieldErrors ? 'Please correct the fields marked below.' : undefined);
  return (
    <section class="form-page">
      <h1 class="page-title">Create your account</h1>
      <FormError message={formError} />
      <form method="post" action="/register" class="stack-form">
        <CsrfField token={props.csrfToken} />
        <FormField
          label="Email"
          name="email"
          type="email"
          required
          value={values.email}
          error={errors.email}
          hint="We'll send a code to confirm it."
          attrs={{ autocomplete: 'email', spellcheck: false, autocapitalize: 'none' }}
        />
        <FormField
          label="Name"
          name="name"
          required
          value={values.name}
          error={errors.name}
          attrs={{ autocomplete: 'name', maxlength: 100 }}
        />
        <FormField
          label="Mobile number"
          name="phone"
          type="tel"
          value={values.phone}
          error={errors.phone}
          hint="For ticket messages by SMS, e.g. +91 98765 43210."
          attrs={{ autocomplete: 'tel' }}
        />
        <FormField
          label="Password"
          name="password"
          type="password"
          required
          error={errors.password}
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
          attrs={{ autocomplete: 'new-password', minlength: PASSWORD_MIN_LENGTH }}
        />
        <button type="submit" class="button button-primary button-block">
          Create account
        </button>
      </form>
      <p class="form-aside">
        Already have an account? <a href="/login">Log in</a>
      </p>
    </section>
  );
};
