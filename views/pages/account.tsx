import { parseDisplay, type DisplayPrefs } from '../../server/domain/i18n/display-prefs.js';
import { LANG_NAMES, LANGS } from '../../server/domain/i18n/lang.js';
import { CsrfField } from '../components/csrf-field.js';
import { LogoutForm } from '../components/logout-form.js';
import { useI18n } from '../i18n/i18n.js';

export type AccountUser = {
  id: string;
  email: string;
  name: string;
  phone?: string | null;
  emailVerified: boolean;
  roles: { role: string; theaterIds: string[] }[];
  /** ISO 8601 timestamp. */
  createdAt: string;
  language?: string;
  display?: string;
};

/** Language, high contrast and larger text, saved on the account. */
const PreferencesForm = (props: { user: AccountUser; csrfToken: string; display: DisplayPrefs }) => {
  const { lang, t } = useI18n();
  const w = t.account;
  const chosen = props.user.language ?? lang;
  const display = parseDisplay(props.user.display) ?? props.display;
  return (
    <form method="post" action="/account/preferences" class="card stack-form prefs-form" aria-labelledby="prefs-title">
      <h2 id="prefs-title" class="card-title">
        {w.prefs}
      </h2>
      <p class="field-hint">{w.prefsHint}</p>
      <CsrfField token={props.csrfToken} />
      <fieldset class="choice-set">
        <legend class="field-label">{w.language}</legend>
        {LANGS.map((l) => (
          <label class="choice">
            <input type="radio" name="language" value={l} checked={l === chosen} />
            <span lang={l}>{LANG_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-set">
        <legend class="field-label">{t.display.label}</legend>
        <label class="choice">
          <input type="checkbox" name="contrast" checked={display.contrast} />
          <span>{t.display.contrast}</span>
        </label>
        <label class="choice">
          <input type="checkbox" name="large" checked={display.largeText} />
          <span>{t.display.largeText}</span>
        </label>
      </fieldset>
      <p>
        <button type="submit" class="button button-primary">
          {w.save}
        </button>
      </p>
    </form>
  );
};

export const AccountPage = (props: { user: AccountUser; csrfToken: string; display: DisplayPrefs }) => {
  const { user } = props;
  const { t, longDate } = useI18n();
  const w = t.account;
  return (
    <section class="account">
      <h1 class="page-title">{w.title}</h1>
      <div class="card">
        <h2 class="card-title">{w.profile}</h2>
        <dl class="details">
          <div>
            <dt>{w.name}</dt>
            <dd>{user.name}</dd>
          </div>
          <div>
            <dt>{w.email}</dt>
            <dd>
              {user.email}{' '}
              {user.emailVerified ? <span class="badge badge-ok">{w.verified}</span> : <span class="badge badge-warn">{w.notVerified}</span>}
            </dd>
          </div>
          <div>
            <dt>{w.mobile}</dt>
            <dd>{user.phone ? user.phone : <span class="muted">{w.notAdded}</span>}</dd>
          </div>
          <div>
            <dt>{w.memberSince}</dt>
            <dd>
              <time datetime={user.createdAt}>{longDate(user.createdAt)}</time>
            </dd>
          </div>
        </dl>
        {user.emailVerified ? null : (
          <p class="notice notice-warn">
            {w.verifyToBook} <a href="/verify-email">{w.verifyLink}</a>
          </p>
        )}
      </div>
      <PreferencesForm user={user} csrfToken={props.csrfToken} display={props.display} />
      {user.roles.length > 0 ? (
        <div class="card">
          <h2 class="card-title">{w.roles}</h2>
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{w.role}</th>
                  <th scope="col">{w.theaters}</th>
                </tr>
              </thead>
              <tbody>
                {user.roles.map((r) => (
                  <tr>
                    <td>{w.roleNames[r.role] ?? r.role}</td>
                    <td>{r.theaterIds.length > 0 ? r.theaterIds.join(', ') : w.allTheaters}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href="/admin" class="button button-primary">
              {w.admin}
            </a>
          </p>
        </div>
      ) : null}
      <div class="card">
        <h2 class="card-title">{w.signOut}</h2>
        <p>{w.signOutText}</p>
        <LogoutForm csrfToken={props.csrfToken} />
      </div>
    </section>
  );
};
