import { afterAll, beforeAll, expect, it } from 'vitest';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
});
afterAll(() => env.close());

it('gives exactly one account to 20 sign-ups racing for one email', async () => {
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      new Client(env.app).post('/api/v1/auth/register', { email: 'race@example.in', password: `password-number-${i}`, name: `Racer ${i}` }),
    ),
  );
  const statuses = results.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);

  const items = await env.scanAll();
  expect(items.filter((i) => i.type === 'user')).toHaveLength(1);
  expect(items.filter((i) => i.pk === 'EMAIL#race@example.in')).toHaveLength(1);
  // Only the winner's verification email was queued.
  expect(items.filter((i) => i.type === 'outbox' && i.to === 'race@example.in')).toHaveLength(1);
  const winner = items.find((i) => i.type === 'user');
  expect(items.find((i) => i.pk === 'EMAIL#race@example.in')?.userId).toBe(winner?.id);
});
