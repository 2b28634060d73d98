import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { emailCodePut } from '../store/email-codes.js';
import { outboxPut } from '../store/outbox.js';
import { verifyEmailMessage } from '../notify/templates/verify-email.js';
import type { AuthDeps } from './deps.js';

export const CODE_TTL_MINUTES = 15;
export const CODE_MAX_ATTEMPTS = 5;

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Keyed hash: six digits are easy to brute-force from a plain hash, not from an HMAC. */
export function codeHash(secret: string, userId: string, code: string): string {
  return createHmac('sha256', secret).update(`email-code:${userId}:${code}`).digest('hex');
}

export function codeMatches(secret: string, userId: string, code: string, storedHash: string): boolean {
  const a = Buffer.from(codeHash(secret, userId, code));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The writes that issue a code: the code's hash and the email carrying it, for one transaction. */
export function issueCodeItems(deps: AuthDeps, user: { id: string; email: string; name: string; language?: string }, now: Date) {
  const code = newCode();
  const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000).toISOString();
  const msg = verifyEmailMessage({
    name: user.name,
    code,
    minutes: CODE_TTL_MINUTES,
    verifyUrl: `${deps.publicUrl}/verify-email?email=${encodeURIComponent(user.email)}`,
    lang: user.language,
  });
  return [
    emailCodePut(deps.db.table, { userId: user.id, codeHash: codeHash(deps.appSecret, user.id, code), expiresAt }),
    outboxPut(deps.db.table, {
      id: randomUUID(),
      channel: 'email',
      to: user.email,
      kind: 'verify_email',
      lang: user.language ?? 'en',
      ...msg,
      createdAt: now.toISOString(),
    }),
  ];
}
