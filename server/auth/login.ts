import type { Cookie } from 'lucia';
import { AppError } from '../domain/errors.js';
import { normalizeEmail, type User } from '../domain/user.js';
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
): Promise<LoginResult> {
  const now = deps.clock();
  const email = normalizeEmail(input.email);
  await deps.limiter.check('loginFailuresPerEmail', email, now);
  await deps.limiter.check('loginFailuresPerClient', client, now);

  const found = await getUserByEmail(deps.db, email);
  const ok = found ? await verifyPassword(found.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!found || !ok) {
    await deps.limiter.record('loginFailuresPerEmail', email, now);
    await deps.limiter.record('loginFailuresPerClient', client, now);
    throw new AppError('invalid_credentials');
  }
  if (previousSessionId) await deps.lucia.invalidateSession(previousSessionId);
  const session = await deps.lucia.createSession(found.id, {}, { sessionId: newSessionToken(found.id) });
  const { passwordHash: _omit, ...user } = found;
  return { user, cookie: deps.lucia.createSessionCookie(session.id) };
}
