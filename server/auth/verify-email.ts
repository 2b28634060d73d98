import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { AppError } from '../domain/errors.js';
import type { User } from '../domain/user.js';
import { deleteEmailCode, spendEmailCodeAttempt } from '../store/email-codes.js';
import { getUserByEmail, markEmailVerified } from '../store/users.js';
import type { AuthDeps } from './deps.js';
import { CODE_MAX_ATTEMPTS, codeMatches, issueCodeItems } from './email-code.js';

/** Checks a code: wrong, expired and used-up codes all answer `invalid_code`. */
export async function verifyEmail(deps: AuthDeps, input: { email: string; code: string }): Promise<User> {
  const now = deps.clock();
  const found = await getUserByEmail(deps.db, input.email);
  if (!found) throw new AppError('invalid_code');
  const { passwordHash: _omit, ...user } = found;
  if (user.emailVerified) return user;
  const rec = await spendEmailCodeAttempt(deps.db, user.id, CODE_MAX_ATTEMPTS);
  if (!rec) throw new AppError('invalid_code', 'That code can no longer be used. Ask for a new code.');
  if (new Date(rec.expiresAt) < now || !codeMatches(deps.appSecret, user.id, input.code, rec.codeHash)) {
    throw new AppError('invalid_code');
  }
  await markEmailVerified(deps.db, user.id);
  await deleteEmailCode(deps.db, user.id);
  return { ...user, emailVerified: true };
}

/**
 * Sends a fresh code to an unverified account. Answers the same whether or not the account
 * exists, so it cannot be used to find out who has signed up.
 */
export async function resendCode(deps: AuthDeps, input: { email: string }): Promise<void> {
  const now = deps.clock();
  const user = await getUserByEmail(deps.db, input.email);
  if (!user || user.emailVerified) return;
  await deps.limiter.hit('codesPerAccount', user.id, now);
  await deps.db.doc.send(new TransactWriteCommand({ TransactItems: issueCodeItems(deps, user, now) }));
  deps.messagesWaiting();
}
