import { describe, expect, it } from 'vitest';
import { csrfTokenFor, csrfTokenValid } from '../../server/auth/csrf.js';
import { codeHash, codeMatches, newCode } from '../../server/auth/email-code.js';
import { hashPassword, verifyPassword } from '../../server/auth/password.js';
import { loginInput, registerInput } from '../../server/auth/schemas.js';
import { retryDelayMs } from '../../server/notify/dispatcher.js';
import { safeNext } from '../../server/routes/render.js';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a-good-password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a-good-password')).toBe(true);
    expect(await verifyPassword(hash, 'a-good-passworD')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});

describe('sign-up rules', () => {
  it('needs 10 characters of password, a real email and a name', () => {
    expect(registerInput.safeParse({ email: 'a@b.in', password: '123456789', name: 'A' }).success).toBe(false);
    expect(registerInput.safeParse({ email: 'a@b.in', password: '1234567890', name: 'A' }).success).toBe(true);
    expect(registerInput.safeParse({ email: 'a@b', password: '1234567890', name: 'A' }).success).toBe(false);
    expect(registerInput.safeParse({ email: 'a@b.in', password: '1234567890', name: '  ' }).success).toBe(false);
  });

  it('normalises an Indian mobile number and allows none', () => {
    const r = registerInput.parse({ email: 'a@b.in', password: '1234567890', name: 'A', phone: '+91 98765-43210' });
    expect(r.phone).toBe('+919876543210');
    expect(registerInput.parse({ email: 'a@b.in', password: '1234567890', name: 'A', phone: '' }).phone).toBeUndefined();
    expect(registerInput.safeParse({ email: 'a@b.in', password: '1234567890', name: 'A', phone: '12' }).success).toBe(false);
  });

  it('ignores fields it does not know', () => {
    const r = loginInput.parse({ email: 'a@b.in', password: 'x', isAdmin: true });
    expect(r).toEqual({ email: 'a@b.in', password: 'x' });
  });
});

describe('verification codes', () => {
  it('are six digits, stored as a keyed hash', () => {
    for (let i = 0; i < 50; i++) expect(newCode()).toMatch(/^\d{6}$/);
    const h = codeHash('secret', 'user-1', '123456');
    expect(h).not.toContain('123456');
    expect(codeMatches('secret', 'user-1', '123456', h)).toBe(true);
    expect(codeMatches('secret', 'user-2', '123456', h)).toBe(false);
    expect(codeMatches('other', 'user-1', '123456', h)).toBe(false);
  });
});

describe('CSRF tokens', () => {
  it('are bound to the cookie nonce and the secret', () => {
    const t = csrfTokenFor('s1', 'nonce');
    expect(csrfTokenValid('s1', 'nonce', t)).toBe(true);
    expect(csrfTokenValid('s1', 'other', t)).toBe(false);
    expect(csrfTokenValid('s2', 'nonce', t)).toBe(false);
    expect(csrfTokenValid('s1', undefined, t)).toBe(false);
    expect(csrfTokenValid('s1', 'nonce', undefined)).toBe(false);
  });
});

describe('redirect after login', () => {
  it('follows only paths on this site', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('/showtimes/abc?x=1')).toBe('/showtimes/abc?x=1');
    expect(safeNext('//evil.example/')).toBe('/account');
    expect(safeNext('https://evil.example/')).toBe('/account');
    expect(safeNext('/\\evil.example')).toBe('/account');
    expect(safeNext(undefined)).toBe('/account');
  });
});

describe('outbox retry delays', () => {
  it('double each time, with jitter, up to 10 minutes', () => {
    for (let n = 1; n <= 12; n++) {
      const base = Math.min(600_000, 2000 * 2 ** (n - 1));
      const d = retryDelayMs(n);
      expect(d).toBeGreaterThanOrEqual(base * 0.75);
      expect(d).toBeLessThanOrEqual(base * 1.25);
    }
  });
});
