import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { isLang } from '../../server/domain/i18n/lang.js';
import { LANG_COOKIE } from '../../server/routes/locale-middleware.js';
import { requestLang } from '../../views/render.js';
import { AppError } from '../../server/domain/errors.js';
import type { StaffRole } from '../../server/domain/user.js';
import type { AppEnv } from '../../server/routes/env.js';
import { page, tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { listInvites } from '../../server/store/invites.js';
import { staffOfTheater } from '../../server/store/theater-staff.js';
import { getUserByEmail } from '../../server/store/users.js';
import { InvitePage } from '../../views/admin/invite-page.js';
import { StaffPage } from '../../views/admin/staff-page.js';
import type { AdminDeps } from '../deps.js';
import { acceptAsNewAccount, acceptAsUser, inviteStaff, rankAt, readInvite, removeStaff, resendInvite, rolesUpTo, withdrawInvite } from '../services/staff-invites.js';
import { adminPage, doneFlash, scopeFor } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

const ROLE_OF_RANK: StaffRole[] = ['staff', 'staff', 'manager', 'owner'];

/** The staff page (who works here, inviting by email) and the invitation link's own page. */
export function staffRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function staffPage(c: Context<AppEnv>, opts: { values?: Record<string, string>; errors?: Record<string, string>; formError?: string; status?: number } = {}) {
    const scope = await scopeFor(c, deps, 'staff.invite');
    const t = scope.theater;
    const [people, invites] = await Promise.all([staffOfTheater(deps.db, t.id), listInvites(deps.db, t.id)]);
    return adminPage(
      c,
      { title: tr(c).t.admin.staff.title, section: 'staff', scope, status: opts.status, flash: doneFlash(c, tr(c).t.admin.staff.done) },
      <StaffPage
        theaterId={t.id}
        theaterName={t.name}
        timezone={t.timezone}
        csrfToken={c.get('csrfToken')}
        people={people
          .filter((u) => rankAt(u.roles, t.id) > 0)
          .map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            role: ROLE_OF_RANK[rankAt(u.roles, t.id)],
            removable: u.id !== scope.staff.id && rankAt(u.roles, t.id) <= rankAt(scope.staff.roles, t.id),
          }))
          .sort((a, b) => a.name.localeCompare(b.name))}
        invites={invites
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((i) => ({
            id: i.id,
            email: i.email,
            role: i.role,
            expiresAt: i.expiresAt,
            invitedBy: i.invitedBy.name,
            status: i.status === 'pending' && Date.parse(i.expiresAt) <= deps.clock().getTime() ? 'expired' : i.status,
            lang: i.lang ?? 'en',
            changeable: i.status === 'pending' && rankAt([{ role: i.role, theaterIds: [t.id] }], t.id) <= rankAt(scope.staff.roles, t.id),
          }))}
        defaultLang={requestLang(c)}
        roles={rolesUpTo(scope.staff.roles, t.id)}
        roleNames={tr(c).t.admin.staff.roles}
        values={opts.values ?? {}}
        errors={opts.errors ?? {}}
        formError={opts.formError}
      />,
    );
  }

  app.get('/admin/staff', (c) => staffPage(c));

  app.post('/admin/staff/invite', async (c) => {
    const scope = await scopeFor(c, deps, 'staff.invite');
    const form = await readForm(c);
    try {
      await inviteStaff(deps, scope.staff, scope.theater, { email: form.email ?? '', role: form.role ?? '', lang: form.lang ?? requestLang(c) });
      return c.redirect(`/admin/staff?theater=${encodeURIComponent(scope.theater.id)}&done=invited`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return staffPage(c, { values: form, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err), status: 400 });
    }
  });

  app.post('/admin/staff/:userId/remove', async (c) => {
    const scope = await scopeFor(c, deps, 'staff.invite');
    await removeStaff(deps, scope.staff, scope.theater, c.req.param('userId'));
    return c.redirect(`/admin/staff?theater=${encodeURIComponent(scope.theater.id)}&done=removed`, 303);
  });

  /** Resend (new secret, 7 more days) or withdraw an open invitation; a refusal is said at the top of the staff page. */
  for (const action of ['resend', 'withdraw'] as const) {
    app.post(`/admin/staff/invites/:inviteId/${action}`, async (c) => {
      const scope = await scopeFor(c, deps, 'staff.invite');
      await readForm(c);
      try {
        await (action === 'resend' ? resendInvite : withdrawInvite)(deps, scope.staff, scope.theater, c.req.param('inviteId'));
      } catch (err) {
        if (!(err instanceof AppError) || !['rate_limited', 'edit_conflict'].includes(err.code)) throw err;
        return staffPage(c, { formError: formErrorIn(tr(c), err), status: err.status });
      }
      return c.redirect(`/admin/staff?theater=${encodeURIComponent(scope.theater.id)}&done=${action === 'resend' ? 'resent' : 'withdrawn'}`, 303);
    });
  }

  /** Outside /admin: the invited person may have no account (and so no staff role) yet. */
  async function invitePage(c: Context<AppEnv>, token: string, opts: { values?: Record<string, string>; errors?: Record<string, string>; formError?: string; status?: number } = {}) {
    const found = await readInvite(deps, token, deps.clock());
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    // The invitation's language, unless this visitor chose one themselves (cookie, else account).
    const inviteLang = found.state === 'valid' ? found.invite.lang : found.lang;
    if (inviteLang && !isLang(getCookie(c, LANG_COOKIE)) && !isLang(c.get('user')?.language)) c.set('lang', inviteLang);
    if (found.state !== 'valid') return page(c, tr(c).t.admin.invite.goneTitle, <InvitePage state={found.state === 'withdrawn' ? 'withdrawn' : 'gone'} />, { status: 404 });
    const user = c.get('user');
    return page(
      c,
      tr(c).t.admin.invite.join(found.theater.name),
      <InvitePage
        state="open"
        token={token}
        csrfToken={c.get('csrfToken')}
        theaterName={found.theater.name}
        roleName={tr(c).t.admin.staff.roles[found.invite.role]}
        email={found.invite.email}
        signedInAs={user ? user.email : null}
        accountExists={!user && (await getUserByEmail(deps.db, found.invite.email)) !== null}
        values={opts.values ?? {}}
        errors={opts.errors ?? {}}
        formError={opts.formError}
      />,
      { status: opts.status },
    );
  }

  app.get('/invite/:token', (c) => invitePage(c, c.req.param('token')));

  app.post('/invite/:token', async (c) => {
    const token = c.req.param('token');
    const user = c.get('user');
    const form = await readForm(c);
    try {
      if (user) {
        const invite = await acceptAsUser(deps, token, user);
        return c.redirect(`/admin?theater=${encodeURIComponent(invite.theaterId)}`, 303);
      }
      await acceptAsNewAccount(deps, token, { name: form.name ?? '', password: form.password ?? '' });
      return c.redirect('/login?next=/admin', 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['invalid_request', 'email_taken', 'forbidden'].includes(err.code)) throw err;
      return invitePage(c, token, { values: { name: form.name ?? '' }, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err), status: err.status });
    }
  });

  return app;
}
