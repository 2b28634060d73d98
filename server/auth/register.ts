import { randomUUID } from 'node:crypto';
import { normalizeEmail, type User } from '../domain/user.js';
import { createUser } from '../store/users.js';
import type { AuthDeps } from './deps.js';
import { issueCodeItems } from './email-code.js';
import { hashPassword } from './password.js';
import type { RegisterInput } from './schemas.js';

/**
 * Creates an unverified account and, in the same transaction, its verification code and the
 * email that carries it. Sending happens later, from the outbox: sign-up never waits on email.
 */
/** `language`: the page's, when someone signs up on the site; it becomes the account's language. */
export async function register(deps: AuthDeps, input: RegisterInput, client: string, language?: string): Promise<User> {
  const now = deps.clock();
  await deps.limiter.hit('registrationsPerClient', client, now);
  const user: User = {
    id: randomUUID(),
    email: normalizeEmail(input.email),
    name: input.name,
    phone: input.phone ?? null,
    emailVerified: false,
    roles: [],
    createdAt: now.toISOString(),
    ...(language ? { language } : {}),
  };
  const passwordHash = await hashPassword(input.password);
  await createUser(deps.db, { ...user, passwordHash }, issueCodeItems(deps, user, now));
  deps.messagesWaiting();
  return user;
}
