import type { StaffRole } from '../../server/domain/user.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type StaffPageProps = {
  theaterId: string;
  theaterName: string;
  timezone: string;
  csrfToken: string;
  people: { id: string; name: string; email: string; role: StaffRole; removable: boolean }[];
  invites: { email: string; role: StaffRole; expiresAt: string; invitedBy: string; status: string }[];
  roles: StaffRole[];
  roleNames: Record<StaffRole, string>;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
};

/** Who works at a theater, the invitations still open, and inviting someone by email. */
export const StaffPage = (props: StaffPageProps) => (
  <section>
    <h1 class="page-title">Staff at {props.theaterName}</h1>
    <div class="table-wrap">
      <table class="table">
        <caption>People with a role here</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.people.map((p) => (
            <tr>
              <th scope="row">{p.name}</th>
              <td>{p.email}</td>
              <td>{props.roleNames[p.role]}</td>
              <td>
                {p.removable ? (
                  <form method="post" action={`/admin/staff/${encodeURIComponent(p.id)}/remove?theater=${encodeURIComponent(props.theaterId)}`} class="inline-form">
                    <CsrfField token={props.csrfToken} />
                    <button type="submit" class="button button-secondary" aria-label={`Remove ${p.name} from ${props.theaterName}`}>
                      Remove
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    {props.invites.length ? (
      <div class="table-wrap">
        <table class="table">
          <caption>Invitations</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Invited by</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {props.invites.map((i) => (
              <tr>
                <th scope="row">{i.email}</th>
                <td>{props.roleNames[i.role]}</td>
                <td>{i.invitedBy}</td>
                <td>{i.status === 'pending' ? `open until ${showTimeText(new Date(i.expiresAt), props.timezone)}` : i.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ) : null}
    <form method="post" action={`/admin/staff/invite?theater=${encodeURIComponent(props.theaterId)}`} class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <h2 class="section-title">Invite someone</h2>
      <FormError message={props.formError} />
      <FormField label="Email" name="email" type="email" required value={props.values.email} error={props.errors.email} hint="They get a link to set their own name and password." />
      <div class="field">
        <label for="invite-role" class="field-label">
          Role
        </label>
        <select id="invite-role" name="role" class="field-input field-select">
          {props.roles.map((r) => (
            <option value={r} selected={r === (props.values.role ?? 'staff')}>
              {props.roleNames[r]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-primary">
        Send the invitation
      </button>
    </form>
  </section>
);
