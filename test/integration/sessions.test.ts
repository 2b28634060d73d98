import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSessionId } from '../../server/store/sessions.js';
import { Client, latestCode } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
const password = 'session-test-password';

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  const c = new Client(env.app);
  await c.post('/api/v1/auth/register', { email: 'sess@example.in', password, name: 'Sess' });
  await env.flushOutbox();
  await c.post('/api/v1/auth/verify-email', { email: 'sess@example.in', code: latestCode(env.sink.mailbox.list(), 'sess@example.in') });
});
afterAll(() => env.close());

async function loggedIn(): Promise<Client> {
  const c = new Client(env.app);
  expect((await c.post('/api/v1/auth/login', { email: 'sess@example.in', password })).status).toBe(200);
  return c;
}

describe('sessions', () => {
  it('stores only the SHA-256 of the token', async () => {
    const c = await loggedIn();
    const token = c.cookies.get('mm_session')!;
    const items = await env.scanAll();
    expect(JSON.stringify(items)).not.toContain(token);
    expect(items.some((i) => i.pk === `SESSION#${hashSessionId(token)}`)).toBe(true);
  });

  it('refuses a forged cookie and clears it', async () => {
    const c = new Client(env.app);
    c.cookies.set('mm_session', 'forgedtokenforgedtokenforgedtokenforged1');
    const res = await c.get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().some((l) => /^mm_session=;/.test(l) || /mm_session=.*Max-Age=0/.test(l))).toBe(true);
  });

  it('carries the user id in the token but trusts only the stored session', async () => {
    const c = await loggedIn();
    const token = c.cookies.get('mm_session')!;
    const [userId, secret] = token.split('.');
    expect(userId).toMatch(/^[0-9a-f-]{36}$/);
    const other = new Client(env.app);
    for (const forged of [`demo-owner.${secret}`, `${userId}.${'a'.repeat(secret.length)}`, secret]) {
      other.cookies.set('mm_session', forged);
      expect((await other.get('/api/v1/me')).status).toBe(401);
    }
  });

  it('refuses an expired session even before TTL has deleted it', async () => {
    const c = await loggedIn();
    const token = c.cookies.get('mm_session')!;
    await env.db.doc.send(
      new UpdateCommand({
        TableName: env.db.table,
        Key: { pk: `SESSION#${hashSessionId(token)}`, sk: 'SESSION' },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': new Date(Date.now() - 60_000).toISOString() },
      }),
    );
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });

  it('slides the expiry of a session past half its life', async () => {
    const c = await loggedIn();
    const token = c.cookies.get('mm_session')!;
    const key = { pk: `SESSION#${hashSessionId(token)}`, sk: 'SESSION' };
    const soon = new Date(Date.now() + 2 * 86400_000).toISOString();
    await env.db.doc.send(
      new UpdateCommand({ TableName: env.db.table, Key: key, UpdateExpression: 'SET expiresAt = :e', ExpressionAttributeValues: { ':e': soon } }),
    );
    const res = await c.get('/api/v1/me');
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((l) => l.startsWith('mm_session=') && /Max-Age=2592000/.test(l))).toBe(true);
    const item = (await env.scanAll()).find((i) => i.pk === key.pk);
    expect(new Date(String(item?.expiresAt)).getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000);
  });

  it('rotates the token on login: the session the browser came with is deleted', async () => {
    const c = await loggedIn();
    const first = c.cookies.get('mm_session')!;
    expect((await c.post('/api/v1/auth/login', { email: 'sess@example.in', password })).status).toBe(200);
    const second = c.cookies.get('mm_session')!;
    expect(second).not.toBe(first);
    const old = await new Client(env.app).request('GET', '/api/v1/me', { headers: { cookie: `mm_session=${first}` } });
    expect(old.status).toBe(401);
    expect((await c.get('/api/v1/me')).status).toBe(200);
  });
});
