import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type InvitePageProps =
  | { state: 'gone' | 'withdrawn' }
  | {
      state: 'open';
      token: string;
      csrfToken: string;
      theaterName: string;
      roleName: string;
      email: string;
      /** Who is signed in now (null: nobody), and whether an account with the invited email exists. */
      signedInAs: string | null;
      accountExists: boolean;
      values: Record<string, string>;
      errors: Record<string, string>;
      formError?: string | null;
    };

/** The page an invitation link opens: set a name and password, or sign in and accept. */
export const InvitePage = (props: InvitePageProps) => {
  const w = useI18n().t.admin.invite;
  if (props.state !== 'open') {
    return (
      <section class="form-page">
        <h1 class="page-title">{w.goneTitle}</h1>
        <p>{props.state === 'withdrawn' ? w.withdrawn : w.gone}</p>
      </section>
    );
  }
  const action = `/invite/${props.token}`;
  const mine = props.signedInAs !== null && props.signedInAs === props.email;
  return (
    <section class="form-page">
      <h1 class="page-title">{w.join(props.theaterName)}</h1>
      <p class="lead">
        {w.invitedAs(props.roleName)}
        <strong>{props.email}</strong>
      </p>
      <FormError message={props.formError} />
      {mine ? (
        <form method="post" action={action} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-primary button-block">
            {w.accept}
          </button>
        </form>
      ) : props.signedInAs !== null ? (
        <p>
          {w.otherAccount(props.signedInAs, props.email)}
        </p>
      ) : props.accountExists ? (
        <p>
          {w.exists} <a href={`/login?next=${encodeURIComponent(action)}`}>{w.logIn}</a> {w.comeBack}
        </p>
      ) : (
        <form method="post" action={action} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <FormField label={w.yourName} name="name" required value={props.values.name} error={props.errors.name} attrs={{ autocomplete: 'name', maxlength: 100 }} />
          <FormField
            label={w.password}
            name="password"
            type="password"
            required
            error={props.errors.password}
            hint={w.passwordHint}
            attrs={{ autocomplete: 'new-password', minlength: 10 }}
          />
          <button type="submit" class="button button-primary button-block">
            {w.create}
          </button>
        </form>
      )}
    </section>
  );
};
