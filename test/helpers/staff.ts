import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../server/auth/password.js';
import type { RoleGrant } from '../../server/domain/user.js';
import { createUser } from '../../server/store/users.js';
import { Client } from './http.js';
import type { TestEnv } from './test-app.js';

const PASSWORD = 'test-staff-password';
let hash: Promise<string> | null = null;

/** A signed-in person with these staff roles (owner, manager or staff of some theaters). */
export async function staffMember(env: TestEnv, roles: RoleGrant[], name = 'Staff'): Promise<Client & { email: string; userId: string }> {
  hash ??= hashPassword(PASSWORD);
  const id = randomUUID();
  const email = `s-${id.slice(0, 8)}@theater.example.in`;
  await createUser(env.db, {
    id,
    email,
    name: `${name} ${id.slice(0, 4)}`,
    phone: null,
    emailVerified: true,
    roles,
    createdAt: env.clock.now().toISOString(),
    passwordHash: await hash,
  });
  const c = new Client(env.app);
  const res = await c.post('/api/v1/auth/login', { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`staff login failed: ${res.status}`);
  return Object.assign(c, { email, userId: id });
}
