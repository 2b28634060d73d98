import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_COOKIE = 'mm_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

/**
 * Signed double-submit: the cookie holds a random nonce, pages carry HMAC(secret, nonce).
 * A cross-site page can neither read the cookie nor compute the token.
 */
export function newCsrfNonce(): string {
  return randomBytes(24).toString('base64url');
}

export function csrfTokenFor(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`csrf:${nonce}`).digest('base64url');
}

export function csrfTokenValid(secret: string, nonce: string | undefined, token: string | undefined): boolean {
  if (!nonce || !token) return false;
  const expected = Buffer.from(csrfTokenFor(secret, nonce));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
