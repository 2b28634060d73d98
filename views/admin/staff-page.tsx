import { LANG_NAMES, LANGS, type Lang } from '../../server/domain/i18n/lang.js';
import type { StaffRole } from '../../server/domain/user.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

export type StaffPageProps = {
  theaterId: string;
  theaterName: string;
  timezone: string;
  csrfToken: string;
  people: { id: string; name: string; email: string; role: StaffRole; removable: boolean }[];
  /** `changeable`: open (or expired unused) and the viewer may resend or withdraw it. */
  invites: { id: string; email: string; role: StaffRole; expiresAt: string; invitedBy: string; status: string; lang: Lang; changeable: boolean }[];
  /** The invitation language chosen when the form opens (the viewer's page language). */
  defaultLang: Lang;
  roles: StaffRole[];
  roleNames: Record<StaffRole, string>;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
};

/** Who works at a theater, the invitations still open, and inviting someone by email. */
export const StaffPage = (props: StaffPageProps) => {
  const i = useI18n();
  const w = i.t.admin.staff;
  return (
  <section>
    <h1 class="page-title">{w.heading(props.theaterName)}</h1>
    <div class="table-wrap">
      <table class="table">
        <caption>{w.people}</caption>
        <thead>
          <tr>
            <th scope="col">{w.name}</th>
            <th scope="col">{w.email}</th>
            <th scope="col">{w.role}</th>
            <th scope="col">
              <span class="visually-hidden">{w.actions}</span>
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
                    <button type="submit" class="button button-secondary" aria-label={w.removeLabel(p.name, props.theaterName)}>
                      {w.remove}
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
          <caption>{w.invitations}</caption>
          <thead>
            <tr>
              <th scope="col">{w.email}</th>
              <th scope="col">{w.role}</th>
              <th scope="col">{w.invitedBy}</th>
              <th scope="col">{w.state}</th>
              <th scope="col">{w.language}</th>
              <th scope="col">
                <span class="visually-hidden">{w.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.invites.map((inv) => (
              <tr>
                <th scope="row">{inv.email}</th>
                <td>{props.roleNames[inv.role]}</td>
                <td>{inv.invitedBy}</td>
                <td>{inv.status === 'pending' ? w.openUntil(showTimeText(new Date(inv.expiresAt), props.timezone, i.locale)) : ((i.t.admin.states.invite as Record<string, string>)[inv.status] ?? inv.status)}</td>
                <td lang={inv.lang}>{LANG_NAMES[inv.lang]}</td>
                <td>
                  {inv.changeable ? (
                    <>
                      <form method="post" action={`/admin/staff/invites/${encodeURIComponent(inv.id)}/resend?theater=${encodeURIComponent(props.theaterId)}`} class="inline-form">
                        <CsrfField token={props.csrfToken} />
                        <button type="submit" class="button button-secondary" aria-label={w.resendLabel(inv.email)}>
                          {w.resend}
                        </button>
                      </form>
                      <form method="post" action={`/admin/staff/invites/${encodeURIComponent(inv.id)}/withdraw?theater=${encodeURIComponent(props.theaterId)}`} class="inline-form">
                        <CsrfField token={props.csrfToken} />
                        <button type="submit" class="button button-secondary" aria-label={w.withdrawLabel(inv.email)}>
                          {w.withdraw}
                        </button>
                      </form>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    ) : null}
    <form method="post" action={`/admin/staff/invite?theater=${encodeURIComponent(props.theaterId)}`} class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <h2 class="section-title">{w.invite}</h2>
      <FormError message={props.formError} />
      <FormField label={w.email} name="email" type="email" required value={props.values.email} error={props.errors.email} hint={w.emailHint} />
      <div class="field">
        <label for="invite-role" class="field-label">
          {w.role}
        </label>
        <select id="invite-role" name="role" class="field-input field-select">
          {props.roles.map((r) => (
            <option value={r} selected={r === (props.values.role ?? 'staff')}>
              {props.roleNames[r]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="invite-lang" class="field-label">
          {w.language}
        </label>
        <p id="invite-lang-hint" class="field-hint">
          {w.languageHint}
        </p>
        <select id="invite-lang" name="lang" class="field-input field-select" aria-describedby="invite-lang-hint">
          {LANGS.map((l) => (
            <option value={l} lang={l} selected={l === (props.values.lang ?? props.defaultLang)}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button button-primary">
        {w.send}
      </button>
    </form>
  </section>
  );
};
