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
import { AccountPage } from '../../views/pages/account.js';
import { LoginPage } from '../../views/pages/login.js';
import { RegisterPage } from '../../views/pages/register.js';
import { VerifyEmailPage } from '../../views/pages/verify-email.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './env.js';
import { fieldErrors, readForm } from './read-input.js';
import { page, safeNext } from './render.js';

/** Re-shows a form with its error instead of an error page, keeping what the person typed. */
function formFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  throw err;
}

export function accountPageRoutes(deps: AuthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const token = (c: Context<AppEnv>) => c.get('csrfToken');

  app.get('/register', (c) => page(c, 'Create an account', <RegisterPage csrfToken={token(c)} />));
  app.post('/register', async (c) => {
    const form = await readForm(c);
    const values = { email: form.email, name: form.name, phone: form.phone };
    const parsed = registerInput.safeParse(form);
    if (!parsed.success) {
      return page(c, 'Create an account', <RegisterPage csrfToken={token(c)} values={values} errors={fieldErrors(parsed.error)} />, { status: 400 });
    }
    try {
      const user = await register(deps, parsed.data, clientAddress(c));
      return c.redirect(`/verify-email?email=${encodeURIComponent(user.email)}&sent=1`, 303);
    } catch (err) {
      const e = formFailure(err);
      return page(c, 'Create an account', <RegisterPage csrfToken={token(c)} values={values} formError={e.message} />, { status: e.status });
    }
  });

  app.get('/verify-email', (c) =>
    page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={c.req.query('email') ?? c.get('user')?.email} sent={c.req.query('sent') === '1'} />),
  );
  app.post('/verify-email', async (c) => {
    const form = await readForm(c);
    const parsed = verifyEmailInput.safeParse(form);
    if (!parsed.success) {
      const error = Object.values(fieldErrors(parsed.error))[0];
      return page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={form.email} error={error} />, { status: 400 });
    }
    try {
      await verifyEmail(deps, parsed.data);
    } catch (err) {
      const e = formFailure(err);
      return page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={form.email} error={e.message} />, { status: e.status });
    }
    if (c.get('user')) return c.redirect('/account?verified=1', 303);
    return c.redirect(`/login?verified=1&email=${encodeURIComponent(parsed.data.email)}`, 303);
  });
  app.post('/verify-email/resend', async (c) => {
    const form = await readForm(c);
    const parsed = resendCodeInput.safeParse(form);
    if (!parsed.success) {
      return page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={form.email} error="Enter a valid email address." />, { status: 400 });
    }
    try {
      await resendCode(deps, parsed.data);
    } catch (err) {
      const e = formFailure(err);
      return page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={form.email} error={e.message} />, { status: e.status });
    }
    return page(c, 'Verify your email', <VerifyEmailPage csrfToken={token(c)} email={parsed.data.email} sent />);
  });

  app.get('/login', (c) => {
    const flash =
      c.req.query('verified') === '1'
        ? { kind: 'success' as const, text: 'Your email is verified. Log in to continue.' }
        : c.req.query('signedout') === '1'
          ? { kind: 'success' as const, text: 'You are signed out on every device.' }
          : null;
    return page(c, 'Log in', <LoginPage csrfToken={token(c)} email={c.req.query('email')} next={c.req.query('next')} />, { flash });
  });
  app.post('/login', async (c) => {
    const form = await readForm(c);
    const parsed = loginInput.safeParse(form);
    if (!parsed.success) {
      return page(c, 'Log in', <LoginPage csrfToken={token(c)} email={form.email} next={form.next} error="Enter your email and password." />, { status: 400 });
    }
    try {
      const previous = getCookie(c, deps.lucia.sessionCookieName) ?? null;
      const result = await login(deps, parsed.data, clientAddress(c), previous, c.req.header('user-agent'));
      c.header('Set-Cookie', result.cookie.serialize(), { append: true });
      return c.redirect(safeNext(form.next), 303);
    } catch (err) {
      const e = formFailure(err);
      return page(c, 'Log in', <LoginPage csrfToken={token(c)} email={form.email} next={form.next} error={e.message} />, { status: e.status });
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
    const flash = c.req.query('verified') === '1' ? { kind: 'success' as const, text: 'Your email is verified.' } : null;
    const sessions = await listUserSessions(deps, user.id, c.get('session')?.id ?? null);
    return page(
      c,
      'Your account',
      <>
        <AccountPage user={profile} csrfToken={token(c)} />
        <SessionList sessions={sessions} csrfToken={token(c)} />
      </>,
      { flash },
    );
  });

  return app;
}
