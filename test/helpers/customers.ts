import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/auth/password.js';
import { loadDemoData } from '../../server/local/demo-data.js';
import { createUser } from '../../server/store/users.js';
import { Client } from './http.js';
import type { TestEnv } from './test-app.js';

export const TEST_PASSWORD = 'test-customer-password';
let hash: Promise<string> | null = null;

/** A signed-in customer with a verified (or not) email, made straight in the store. */
export async function customer(env: TestEnv, opts: { verified?: boolean; name?: string } = {}): Promise<Client & { email: string; userId: string }> {
  hash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const email = `c-${id.slice(0, 8)}@example.in`;
  await createUser(env.db, {
    id,
    email,
    name: opts.name ?? `Customer ${id.slice(0, 4)}`,
    phone: null,
    emailVerified: opts.verified ?? true,
    roles: [],
    createdAt: env.clock.now().toISOString(),
    passwordHash: await hash,
  });
  const c = new Client(env.app);
  const res = await c.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  return Object.assign(c, { email, userId: id });
}

/** The demo world, with showtimes for 7 days from the test clock's now. */
export async function withDemoData(env: TestEnv): Promise<void> {
  await loadDemoData(env.db, { demoPassword: 'demo-password-for-tests', now: env.clock.now() });
}
