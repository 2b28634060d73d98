import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type InvitePageProps =
  | { state: 'gone' }
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
  if (props.state === 'gone') {
    return (
      <section class="form-page">
        <h1 class="page-title">This invitation cannot be used</h1>
        <p>It has been used already, has expired, or the link is not complete. Ask the person who invited you for a new one.</p>
      </section>
    );
  }
  const action = `/invite/${props.token}`;
  const mine = props.signedInAs !== null && props.signedInAs === props.email;
  return (
    <section class="form-page">
      <h1 class="page-title">Join {props.theaterName}</h1>
      <p class="lead">
        You are invited as {props.roleName}, for <strong>{props.email}</strong>.
      </p>
      <FormError message={props.formError} />
      {mine ? (
        <form method="post" action={action} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-primary button-block">
            Accept and open the admin panel
          </button>
        </form>
      ) : props.signedInAs !== null ? (
        <p>
          You are logged in as {props.signedInAs}. Log out, then log in as {props.email} and open this link again.
        </p>
      ) : props.accountExists ? (
        <p>
          An account with this email exists. <a href={`/login?next=${encodeURIComponent(action)}`}>Log in</a> and you will come back here to accept.
        </p>
      ) : (
        <form method="post" action={action} class="stack-form">
          <CsrfField token={props.csrfToken} />
          <FormField label="Your name" name="name" required value={props.values.name} error={props.errors.name} attrs={{ autocomplete: 'name', maxlength: 100 }} />
          <FormField
            label="Choose a password"
            name="password"
            type="password"
            required
            error={props.errors.password}
            hint="At least 10 characters."
            attrs={{ autocomplete: 'new-password', minlength: 10 }}
          />
          <button type="submit" class="button button-primary button-block">
            Create my account
          </button>
        </form>
      )}
    </section>
  );
};
