import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Cookie } from 'lucia';
import { AppError } from '../domain/errors.js';
import { normalizeEmail, type User } from '../domain/user.js';
import { loginLockoutMessage } from '../notify/templates/login-lockout.js';
import { outboxPut } from '../store/outbox.js';
import { newSessionToken } from '../store/sessions.js';
import { getUserByEmail } from '../store/users.js';
import type { AuthDeps } from './deps.js';
import { verifyAgainstDummy, verifyPassword } from './password.js';

export interface LoginResult {
  user: User;
  cookie: Cookie;
}

/**
 * Checks the password and opens a new session. The session the browser came with (if any) is
 * deleted: a login always rotates the token.
 */
export async function login(
  deps: AuthDeps,
  input: { email: string; password: string },
  client: string,
  previousSessionId: string | null,
  /** The browser's User-Agent, kept with the session so the account page can list devices. */
  userAgent?: string,
): Promise<LoginResult> {
  const now = deps.clock();
  const email = normalizeEmail(input.email);
  await deps.limiter.check('loginFailuresPerEmail', email, now);
  await deps.limiter.check('loginFailuresPerClient', client, now);

  const found = await getUserByEmail(deps.db, email);
  const ok = found ? await verifyPassword(found.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!found || !ok) {
    const perEmail = await deps.limiter.record('loginFailuresPerEmail', email, now);
    await deps.limiter.record('loginFailuresPerClient', client, now);
    if (found && perEmail.limitReached) await queueLockoutNotice(deps, found, now);
    throw new AppError('invalid_credentials');
  }
  if (previousSessionId) await deps.lucia.invalidateSession(previousSessionId);
  const session = await deps.lucia.createSession(
    found.id,
    { createdAt: now.toISOString(), userAgent: userAgent?.slice(0, 300) },
    { sessionId: newSessionToken(found.id) },
  );
  const { passwordHash: _omit, ...user } = found;
  return { user, cookie: deps.lucia.createSessionCookie(session.id) };
}

/** Tells the account's owner their password logins are paused (once per window: see `record`). */
async function queueLockoutNotice(deps: AuthDeps, user: User, now: Date): Promise<void> {
  const minutes = deps.limiter.windowMinutes('loginFailuresPerEmail');
  const msg = loginLockoutMessage({ name: user.name, failures: deps.limiter.limitOf('loginFailuresPerEmail'), minutes, loginUrl: `${deps.publicUrl}/login` });
  const put = outboxPut(deps.db.table, { id: randomUUID(), channel: 'email', to: user.email, kind: 'login_lockout', lang: 'en', ...msg, createdAt: now.toISOString() });
  await deps.db.doc.send(new PutCommand(put.Put));
  deps.messagesWaiting();
}
