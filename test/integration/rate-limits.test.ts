import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../server/auth/rate-limiter.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: { ...DEFAULT_RATE_LIMITS, registrationsPerClient: { limit: 3, windowSeconds: 3600 } } });
  await new Client(env.app).post('/api/v1/auth/register', { email: 'target@example.in', password: 'the-real-password', name: 'Target' });
});
afterAll(() => env.close());

it('answers 429 after 5 failed logins for one email, even with the right password', async () => {
  const c = new Client(env.app);
  for (let i = 0; i < 5; i++) {
    expect((await c.post('/api/v1/auth/login', { email: 'target@example.in', password: `guess-${i}-guess` })).status).toBe(401);
  }
  const blocked = await c.post('/api/v1/auth/login', { email: 'target@example.in', password: 'the-real-password' });
  expect(blocked.status).toBe(429);
  expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  expect(blocked.headers.get('retry-after')).not.toBeNull();

  env.clock.advance(16 * 60_000);
  expect((await c.post('/api/v1/auth/login', { email: 'target@example.in', password: 'the-real-password' })).status).toBe(200);
});

it('limits sign-ups from one client', async () => {
  // One was used in beforeAll; the limit is 3 for this file.
  const statuses: number[] = [];
  for (let i = 0; i < 4; i++) {
    const res = await new Client(env.app).post('/api/v1/auth/register', { email: `many${i}@example.in`, password: 'some-password-1', name: 'Many' });
    statuses.push(res.status);
  }
  expect(statuses).toEqual([201, 201, 429, 429]);
  const users = (await env.scanAll()).filter((i) => i.type === 'user');
  expect(users).toHaveLength(3);
});
