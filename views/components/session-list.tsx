import { CsrfField } from './csrf-field.js';

export type SessionRow = { id: string; device: string; createdAt: string | null; current: boolean };

const signedInAt = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' });

function when(iso: string | null): string {
  if (!iso) return 'a while ago';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'a while ago' : signedInAt.format(d);
}

/** Where the account is signed in, and one button that signs it out on all of them. */
export const SessionList = (props: { sessions: SessionRow[]; csrfToken: string }) => (
  <section class="card sessions" aria-labelledby="sessions-title">
    <h2 id="sessions-title" class="card-title">
      Where you are signed in
    </h2>
    <ul class="session-list">
      {props.sessions.map((s) => (
        <li class="session-row">
          <strong>{s.device}</strong>
          {s.current ? <span class="badge badge-ok">This device</span> : null}{' '}
          <span class="muted">
            since <time datetime={s.createdAt ?? undefined}>{when(s.createdAt)}</time>
          </span>
        </li>
      ))}
    </ul>
    <p>Lost a phone or used a shared computer? Sign out everywhere, this device included.</p>
    <form method="post" action="/account/sign-out-everywhere" class="sign-out-everywhere">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="button button-secondary">
        Sign out everywhere
      </button>
    </form>
  </section>
);
