import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, latestCode } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
const password = 'csrf-test-password';

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  const c = new Client(env.app);
  await c.post('/api/v1/auth/register', { email: 'csrf@example.in', password, name: 'Csrf' });
  await env.flushOutbox();
  await c.post('/api/v1/auth/verify-email', { email: 'csrf@example.in', code: latestCode(env.sink.mailbox.list(), 'csrf@example.in') });
});
afterAll(() => env.close());

async function session(): Promise<Client> {
  const c = new Client(env.app);
  await c.post('/api/v1/auth/login', { email: 'csrf@example.in', password });
  return c;
}

function csrfTokenOf(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1];
}

describe('CSRF', () => {
  it('refuses a cookie-carrying API call from another origin, and keeps the session', async () => {
    const c = await session();
    const res = await c.request('POST', '/api/v1/auth/logout', { headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('csrf_failed');
    expect((await c.get('/api/v1/me')).status).toBe(200);
  });

  it('refuses a cookie-carrying call with no origin and no token', async () => {
    const c = await session();
    const noOrigin = new Client(env.app, null);
    noOrigin.cookies = c.cookies;
    expect((await noOrigin.post('/api/v1/auth/logout')).status).toBe(403);
  });

  it('accepts the page token in place of the origin', async () => {
    const c = await session();
    const token = csrfTokenOf(await (await c.get('/account')).text());
    const noOrigin = new Client(env.app, null);
    noOrigin.cookies = c.cookies;
    expect((await noOrigin.post('/api/v1/auth/logout', undefined, { 'x-csrf-token': token })).status).toBe(204);
  });

  it('refuses a cross-site form post to the login page', async () => {
    const c = new Client(env.app, 'https://evil.example');
    await c.get('/login');
    const res = await c.request('POST', '/login', { form: { email: 'csrf@example.in', password } });
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie().some((l) => l.startsWith('mm_session='))).toBe(false);
  });

  it('accepts a same-site form post that carries the token, even without an Origin header', async () => {
    const c = new Client(env.app, null);
    const token = csrfTokenOf(await (await c.get('/login')).text());
    const res = await c.request('POST', '/login', { form: { email: 'csrf@example.in', password, _csrf: token } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    expect(c.cookies.has('mm_session')).toBe(true);
  });

  it('refuses a forged token', async () => {
    const c = new Client(env.app, null);
    await c.get('/login');
    const res = await c.request('POST', '/login', { form: { email: 'csrf@example.in', password, _csrf: 'forged' } });
    expect(res.status).toBe(403);
  });

  it('lets a non-browser client without cookies call the API', async () => {
    const res = await new Client(env.app, null).post('/api/v1/auth/login', { email: 'csrf@example.in', password });
    expect(res.status).toBe(200);
  });
});
