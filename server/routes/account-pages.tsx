import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AuthDeps } from '../auth/deps.js';
import { login } from '../auth/login.js';
import { register } from '../auth/register.js';
import { loginInput, registerInput, resendCodeInput, verifyEmailInput } from '../auth/schemas.js';
import { listUserSessions } from '../auth/user-sessions.js';
import { resendCode, verifyEmail } from '../auth/verify-email.js';
import { AppError } from '../domain/errors.js';
import { getUserById } from '../store/users.js';
import { SessionList } from '../../views/components/session-list.js';
import { LoyaltyCard } from '../../views/components/loyalty-card.js';
import { loyaltyFor } from '../booking/loyalty-points.js';
import { MIN_POINTS_TO_REDEEM } from '../domain/loyalty.js';
import { AccountPage } from '../../views/pages/account.js';
import { LoginPage } from '../../views/pages/login.js';
import { RegisterPage } from '../../views/pages/register.js';
import { VerifyEmailPage } from '../../views/pages/verify-email.js';
import { PASSWORD_MIN_LENGTH } from '../../views/pages/register.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './env.js';
import { fieldErrors, readForm } from './read-input.js';
import { errorText } from '../../views/i18n/error-text.js';
import type { I18n } from '../../views/i18n/i18n.js';
import { page, safeNext, tr } from './render.js';

/** Re-shows a form with its error instead of an error page, keeping what the person typed. */
function formFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  throw err;
}

/** The form's field errors in the page's language (the schemas' own sentences are English). */
function translatedFieldErrors(i18n: I18n, fields: Record<string, string>): Record<string, string> {
  if (i18n.lang === 'en') return fields;
  const w = i18n.t.register.fieldErrors;
  const byField: Record<string, string> = { email: w.email, name: w.name, phone: w.phone, password: w.password(PASSWORD_MIN_LENGTH) };
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, byField[k] ?? v]));
}

export function accountPageRoutes(deps: AuthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const token = (c: Context<AppEnv>) => c.get('csrfToken');

  app.get('/register', (c) => page(c, tr(c).t.register.title, <RegisterPage csrfToken={token(c)} />));
  app.post('/register', async (c) => {
    const form = await readForm(c);
    const values = { email: form.email, name: form.name, phone: form.phone };
    const parsed = registerInput.safeParse(form);
    if (!parsed.success) {
      const errors = translatedFieldErrors(tr(c), fieldErrors(parsed.error));
      return page(c, tr(c).t.register.title, <RegisterPage csrfToken={token(c)} values={values} errors={errors} />, { status: 400 });
    }
    try {
      const user = await register(deps, parsed.data, clientAddress(c), c.get('lang'));
      return c.redirect(`/verify-email?email=${encodeURIComponent(user.email)}&sent=1`, 303);
    } catch (err) {
      const e = formFailure(err);
      return page(c, tr(c).t.register.title, <RegisterPage csrfToken={token(c)} values={values} formError={errorText(tr(c), e)} />, { status: e.status });
    }
  });

  app.get('/verify-email', (c) =>
    page(c, tr(c).t.verify.title, <VerifyEmailPage csrfToken={token(c)} email={c.req.query('email') ?? c.get('user')?.email} sent={c.req.query('sent') === '1'} />),
  );
  app.post('/verify-email', async (c) => {
    const form = await readForm(c);
    const parsed = verifyEmailInput.safeParse(form);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      const w = tr(c).t.verify;
      const error = tr(c).lang === 'en' ? Object.values(fields)[0] : fields.email ? w.badEmail : w.badCode;
      return page(c, w.title, <VerifyEmailPage csrfToken={token(c)} email={form.email} error={error} />, { status: 400 });
    }
    try {
      await verifyEmail(deps, parsed.data);
    } catch (err) {
      const e = formFailure(err);
      return page(c, tr(c).t.verify.title, <VerifyEmailPage csrfToken={token(c)} email={form.email} error={errorText(tr(c), e)} />, { status: e.status });
    }
    if (c.get('user')) return c.redirect('/account?verified=1', 303);
    return c.redirect(`/login?verified=1&email=${encodeURIComponent(parsed.data.email)}`, 303);
  });
  app.post('/verify-email/resend', async (c) => {
    const form = await readForm(c);
    const parsed = resendCodeInput.safeParse(form);
    if (!parsed.success) {
      return page(c, tr(c).t.verify.title, <VerifyEmailPage csrfToken={token(c)} email={form.email} error={tr(c).t.verify.badEmail} />, { status: 400 });
    }
    try {
      await resendCode(deps, parsed.data);
    } catch (err) {
      const e = formFailure(err);
      return page(c, tr(c).t.verify.title, <VerifyEmailPage csrfToken={token(c)} email={form.email} error={errorText(tr(c), e)} />, { status: e.status });
    }
    return page(c, tr(c).t.verify.title, <VerifyEmailPage csrfToken={token(c)} email={parsed.data.email} sent />);
  });

  app.get('/login', (c) => {
    const flash =
      c.req.query('verified') === '1'
        ? { kind: 'success' as const, text: tr(c).t.login.verified }
        : c.req.query('signedout') === '1'
          ? { kind: 'success' as const, text: 'You are signed out on every device.' }
          : null;
    return page(c, tr(c).t.login.title, <LoginPage csrfToken={token(c)} email={c.req.query('email')} next={c.req.query('next')} />, { flash });
  });
  app.post('/login', async (c) => {
    const form = await readForm(c);
    const parsed = loginInput.safeParse(form);
    if (!parsed.success) {
      const w = tr(c).t.login;
      return page(c, w.title, <LoginPage csrfToken={token(c)} email={form.email} next={form.next} error={w.enterBoth} />, { status: 400 });
    }
    try {
      const previous = getCookie(c, deps.lucia.sessionCookieName) ?? null;
      const result = await login(deps, parsed.data, clientAddress(c), previous, c.req.header('user-agent'));
      c.header('Set-Cookie', result.cookie.serialize(), { append: true });
      return c.redirect(safeNext(form.next), 303);
    } catch (err) {
      const e = formFailure(err);
      return page(c, tr(c).t.login.title, <LoginPage csrfToken={token(c)} email={form.email} next={form.next} error={errorText(tr(c), e)} />, { status: e.status });
    }
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    if (session) await deps.lucia.invalidateSession(session.id);
    c.header('Set-Cookie', deps.lucia.createBlankSessionCookie().serialize(), { append: true });
    return c.redirect('/', 303);
  });

  app.get('/account', async (c) => {
    const sessionUser = c.get('user');
    if (!sessionUser) return c.redirect('/login?next=/account', 303);
    const user = await getUserById(deps.db, sessionUser.id);
    if (!user) return c.redirect('/login?next=/account', 303);
    const { passwordHash: _omit, ...profile } = user;
    const w = tr(c).t.account;
    const notice = c.req.query('verified') === '1' ? w.emailVerified : c.req.query('saved') === '1' ? w.saved : null;
    const flash = notice ? { kind: 'success' as const, text: notice } : null;
    const [sessions, points] = await Promise.all([listUserSessions(deps, user.id, c.get('session')?.id ?? null), loyaltyFor(deps.db, user.id, deps.clock())]);
    return page(
      c,
      w.title,
      <>
        <AccountPage user={profile} csrfToken={token(c)} display={c.get('display')} />
        <LoyaltyCard balance={points.balance} worthMinor={points.worthMinor} minimum={MIN_POINTS_TO_REDEEM} moves={points.moves} />
        <SessionList sessions={sessions} csrfToken={token(c)} />
      </>,
      { flash },
    );
  });

  return app;
}
