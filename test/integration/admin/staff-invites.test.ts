import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../server/store/audit.js';
import { getUserByEmail } from '../../../server/store/users.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { Client } from '../../helpers/http.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let manager: Awaited<ReturnType<typeof staffMember>>;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
});
afterAll(() => env.close());

/** The invitation link mailed to `to`. */
async function inviteLink(to: string): Promise<string> {
  await env.flushOutbox();
  const mail = (await env.sink.mailbox.list()).find((m) => m.to === to && (m.subject ?? '').includes('invited'));
  const link = mail?.body.match(/http:\/\/localhost:3000(\/invite\/[\w.-]+)/)?.[1];
  if (!link) throw new Error(`no invitation mailed to ${to}`);
  return link;
}

describe('staff invitations', () => {
  it('a manager invites by email; the invitee sets a name and password and can use the panel at once', async () => {
    const res = await manager.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: 'New.Cashier@Example.in', role: 'staff' } });
    expect(res.status).toBe(303);
    const link = await inviteLink('new.cashier@example.in');
    const page = await (await manager.get('/admin/staff?theater=charminar-cinemas')).text();
    expect(page).toContain('new.cashier@example.in');
    expect(page).toContain('open until');

    const guest = new Client(env.app);
    const open = await guest.get(link);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('no-store');
    expect(await open.text()).toContain('Choose a password');
    expect((await guest.request('POST', link, { form: { name: 'Cashier', password: 'short' } })).status).toBe(400);
    const made = await guest.request('POST', link, { form: { name: 'Nisha Cashier', password: 'a-long-enough-password' } });
    expect(made.status).toBe(303);
    expect(made.headers.get('location')).toBe('/login?next=/admin');
    const user = await getUserByEmail(env.db, 'new.cashier@example.in');
    expect(user).toMatchObject({ name: 'Nisha Cashier', emailVerified: true, roles: [{ role: 'staff', theaterIds: ['charminar-cinemas'] }] });

    // The link works once.
    expect((await new Client(env.app).get(link)).status).toBe(404);
    const login = await guest.post('/api/v1/auth/login', { email: 'new.cashier@example.in', password: 'a-long-enough-password' });
    expect(login.status).toBe(200);
    expect((await guest.get('/admin?theater=charminar-cinemas')).status).toBe(200);
    expect((await guest.get('/admin/reports?theater=charminar-cinemas')).status).toBe(403);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 5 });
    expect(entries.some((e) => e.what === 'staff.invite' && e.subject === 'new.cashier@example.in')).toBe(true);
  });

  it('someone with an account signs in and accepts; the role joins their others', async () => {
    const c = await customer(env, { name: 'Existing Person' });
    await manager.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: c.email, role: 'manager' } });
    const link = await inviteLink(c.email);
    const signedOut = await (await new Client(env.app).get(link)).text();
    expect(signedOut).toContain(`/login?next=${encodeURIComponent(link)}`);
    const stranger = await customer(env);
    const wrong = await stranger.request('POST', link, { form: {} });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toContain(`This invitation is for ${c.email}`);
    const ok = await c.request('POST', link, { form: {} });
    expect(ok.status).toBe(303);
    expect((await getUserByEmail(env.db, c.email))?.roles).toEqual([{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    expect((await c.get('/admin/reports?theater=charminar-cinemas')).status).toBe(200);
  });

  it('nobody hands out a role above their own, and a wrong or expired link opens nothing', async () => {
    expect((await manager.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: 'boss@example.in', role: 'owner' } })).status).toBe(403);
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    expect((await staff.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: 'x@example.in', role: 'staff' } })).status).toBe(403);
    expect((await manager.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: 'not-an-email', role: 'staff' } })).status).toBe(400);

    await manager.request('POST', '/admin/staff/invite?theater=charminar-cinemas', { form: { email: 'late@example.in', role: 'staff' } });
    const link = await inviteLink('late@example.in');
    const tampered = link.slice(0, -3) + (link.endsWith('aaa') ? 'bbb' : 'aaa');
    expect((await new Client(env.app).get(tampered)).status).toBe(404);
    env.clock.advance(8 * 86_400_000);
    expect((await new Client(env.app).get(link)).status).toBe(404);
    expect((await new Client(env.app).request('POST', link, { form: { name: 'Late', password: 'a-long-enough-password' } })).status).toBe(404);
    expect(await getUserByEmail(env.db, 'late@example.in')).toBeNull();
  });

  it('a manager removes a cashier at once (the next request is refused), never themselves or someone above them', async () => {
    const cashier = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas', 'prasads-multiplex'] }], 'Leaving');
    const owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas'] }], 'Boss');
    expect((await cashier.get('/admin?theater=charminar-cinemas')).status).toBe(200);
    const page = await (await manager.get('/admin/staff?theater=charminar-cinemas')).text();
    expect(page).toContain(`/admin/staff/${cashier.userId}/remove`);
    expect(page).not.toContain(`/admin/staff/${owner.userId}/remove`);

    const res = await manager.request('POST', `/admin/staff/${cashier.userId}/remove?theater=charminar-cinemas`, { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=removed');
    // Roles are read with the session on every request: the same signed-in browser is refused now.
    expect((await cashier.get('/admin?theater=charminar-cinemas')).status).toBe(403);
    // The role at the other theater stays.
    expect((await getUserByEmail(env.db, cashier.email))?.roles).toEqual([{ role: 'staff', theaterIds: ['prasads-multiplex'] }]);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 5 });
    expect(entries.some((e) => e.what === 'staff.remove' && e.subject === cashier.email)).toBe(true);

    expect((await manager.request('POST', `/admin/staff/${owner.userId}/remove?theater=charminar-cinemas`, { form: {} })).status).toBe(403);
    expect((await manager.request('POST', `/admin/staff/${manager.userId}/remove?theater=charminar-cinemas`, { form: {} })).status).toBe(403);
    expect((await manager.request('POST', `/admin/staff/${cashier.userId}/remove?theater=charminar-cinemas`, { form: {} })).status).toBe(404);
    expect((await getUserByEmail(env.db, owner.email))?.roles).toEqual([{ role: 'owner', theaterIds: ['charminar-cinemas'] }]);
  });
});
