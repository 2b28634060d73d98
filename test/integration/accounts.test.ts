import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, latestCode } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
});
afterAll(() => env.close());

const password = 'correct-horse-battery';

async function registerAndReadCode(c: Client, email: string) {
  const res = await c.post('/api/v1/auth/register', { email, password, name: 'Asha Rao', phone: '+91 98765 43210' });
  expect(res.status).toBe(201);
  expect(await env.flushOutbox()).toBeGreaterThanOrEqual(1);
  return latestCode(env.sink.mailbox.list(), email);
}

describe('register → verify → login → me → logout', () => {
  it('walks the whole account journey as API.md writes it', async () => {
    const c = new Client(env.app);
    const reg = await c.post('/api/v1/auth/register', { email: 'Asha@Example.in', password, name: 'Asha Rao' });
    expect(reg.status).toBe(201);
    const { user } = (await reg.json()) as { user: Record<string, unknown> };
    expect(user).toMatchObject({ email: 'asha@example.in', name: 'Asha Rao', emailVerified: false });
    expect(typeof user.id).toBe('string');

    await env.flushOutbox();
    const mail = env.sink.mailbox.list().find((m) => m.to === 'asha@example.in');
    expect(mail?.channel).toBe('email');
    expect(mail?.subject).toMatch(/verification code/);
    const code = latestCode(env.sink.mailbox.list(), 'asha@example.in');

    const verified = await c.post('/api/v1/auth/verify-email', { email: 'asha@example.in', code });
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as { user: { emailVerified: boolean } }).user.emailVerified).toBe(true);

    const login = await c.post('/api/v1/auth/login', { email: 'ASHA@example.in', password });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((l) => l.startsWith('mm_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const me = await c.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({
      user: { id: user.id, email: 'asha@example.in', name: 'Asha Rao', phone: null, emailVerified: true, roles: [], language: null },
    });

    const sessionToken = c.cookies.get('mm_session')!;
    const out = await c.post('/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(c.cookies.has('mm_session')).toBe(false);
    // The old token is dead server-side too, not just forgotten by this browser.
    const replay = await new Client(env.app).request('GET', '/api/v1/me', { headers: { cookie: `mm_session=${sessionToken}` } });
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const c = new Client(env.app);
    await registerAndReadCode(c, 'dup@example.in');
    const again = await c.post('/api/v1/auth/register', { email: 'DUP@example.in', password, name: 'Someone' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('email_taken');
  });

  it('names the bad fields of an invalid sign-up', async () => {
    const res = await new Client(env.app).post('/api/v1/auth/register', { email: 'not-an-email', password: 'short', name: '' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { fields: Record<string, string> } } };
    expect(body.error.code).toBe('invalid_request');
    expect(Object.keys(body.error.details.fields).sort()).toEqual(['email', 'name', 'password']);
  });

  it('lets an unverified account log in and browse, and says it is unverified', async () => {
    const c = new Client(env.app);
    await registerAndReadCode(c, 'unverified@example.in');
    expect((await c.post('/api/v1/auth/login', { email: 'unverified@example.in', password })).status).toBe(200);
    const me = (await (await c.get('/api/v1/me')).json()) as { user: { emailVerified: boolean } };
    expect(me.user.emailVerified).toBe(false);
    expect((await c.get('/')).status).toBe(200);
  });

  it('answers an unknown email and a wrong password the same way', async () => {
    const c = new Client(env.app);
    await registerAndReadCode(c, 'known@example.in');
    const wrong = await c.post('/api/v1/auth/login', { email: 'known@example.in', password: 'wrong-password-123' });
    const unknown = await c.post('/api/v1/auth/login', { email: 'nobody@example.in', password: 'wrong-password-123' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('requires a session for /me', async () => {
    const res = await new Client(env.app).get('/api/v1/me');
    expect(res.status).toBe(401);
  });
});

describe('email verification codes', () => {
  it('refuses a wrong code, then an expired one, and accepts a fresh code sent again', async () => {
    const c = new Client(env.app);
    const code = await registerAndReadCode(c, 'codes@example.in');
    const wrong = code === '000000' ? '111111' : '000000';
    const bad = await c.post('/api/v1/auth/verify-email', { email: 'codes@example.in', code: wrong });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('invalid_code');

    env.clock.advance(16 * 60_000);
    const late = await c.post('/api/v1/auth/verify-email', { email: 'codes@example.in', code });
    expect(late.status).toBe(400);

    expect((await c.post('/api/v1/auth/resend-code', { email: 'codes@example.in' })).status).toBe(202);
    await env.flushOutbox();
    const fresh = latestCode(env.sink.mailbox.list(), 'codes@example.in');
    const ok = await c.post('/api/v1/auth/verify-email', { email: 'codes@example.in', code: fresh });
    expect(ok.status).toBe(200);
  });

  it('stops accepting even the right code after 5 wrong attempts', async () => {
    const c = new Client(env.app);
    const code = await registerAndReadCode(c, 'guesser@example.in');
    const wrong = code === '123456' ? '654321' : '123456';
    const guesses = await Promise.all(
      Array.from({ length: 8 }, () => c.post('/api/v1/auth/verify-email', { email: 'guesser@example.in', code: wrong })),
    );
    expect(guesses.every((r) => r.status === 400)).toBe(true);
    const right = await c.post('/api/v1/auth/verify-email', { email: 'guesser@example.in', code });
    expect(right.status).toBe(400);
    const me = await c.post('/api/v1/auth/login', { email: 'guesser@example.in', password });
    expect(((await me.json()) as { user: { emailVerified: boolean } }).user.emailVerified).toBe(false);
  });

  it('stores neither the code nor the password in clear', async () => {
    const c = new Client(env.app);
    const code = await registerAndReadCode(c, 'secrets@example.in');
    const items = JSON.stringify(
      (await env.scanAll()).filter((i) => String(i.pk).startsWith('USER#') || String(i.pk).startsWith('EMAIL#')),
    );
    expect(items).not.toContain(password);
    expect(items).not.toContain(code);
    expect(items).toMatch(/\$argon2id\$/);
  });
});
