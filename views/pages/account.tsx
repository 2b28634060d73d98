import { LogoutForm } from '../components/logout-form.js';

export type AccountUser = {
  id: string;
  email: string;
  name: string;
  phone?: string | null;
  emailVerified: boolean;
  roles: { role: string; theaterIds: string[] }[];
  /** ISO 8601 timestamp. */
  createdAt: string;
};

const memberSince = new Intl.DateTimeFormat('en-IN', {
  dateStyle: 'long',
  timeZone: 'Asia/Kolkata',
});

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : memberSince.format(date);
}

function roleLabel(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export const AccountPage = (props: { user: AccountUser; csrfToken: string }) => {
  const { user } = props;
  return (
    <section class="account">
      <h1 class="page-title">Your account</h1>
      <div class="card">
        <h2 class="card-title">Profile</h2>
        <dl class="details">
          <div>
            <dt>Name</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>
              {user.email}{' '}
              {user.emailVerified ? (
                <span class="badge badge-ok">Verified</span>
              ) : (
                <span class="badge badge-warn">Not verified</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Mobile</dt>
            <dd>{user.phone ? user.phone : <span class="muted">Not added</span>}</dd>
          </div>
          <div>
            <dt>Member since</dt>
            <dd>
              <time datetime={user.createdAt}>{formatDate(user.createdAt)}</time>
            </dd>
          </div>
        </dl>
        {user.emailVerified ? null : (
          <p class="notice notice-warn">
            Verify your email to book tickets.{' '}
            <a href="/verify-email">Verify your email</a>
          </p>
        )}
      </div>
      {user.roles.length > 0 ? (
        <div class="card">
          <h2 class="card-title">Theater roles</h2>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Theaters</th>
                </tr>
              </thead>
              <tbody>
                {user.roles.map((r) => (
                  <tr>
                    <td>{roleLabel(r.role)}</td>
                    <td>{r.theaterIds.length > 0 ? r.theaterIds.join(', ') : 'All theaters'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href="/admin" class="button button-primary">
              Open the admin panel
            </a>
          </p>
        </div>
      ) : null}
      <div class="card">
        <h2 class="card-title">Sign out</h2>
        <p>Log out of Movie Magic on this device.</p>
        <LogoutForm csrfToken={props.csrfToken} />
      </div>
    </section>
  );
};
