import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../server/store/audit.js';
import { listInvites } from '../../../server/store/invites.js';
import { getUserByEmail } from '../../../server/store/users.js';
import { hi as hiAdmin } from '../../../views/i18n/features/admin/hi.js';
import { te as teAdmin } from '../../../views/i18n/features/admin/te.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { Client } from '../../helpers/http.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

const T = 'charminar-cinemas';
let env: TestEnv;
let manager: Awaited<ReturnType<typeof staffMember>>;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  manager = await staffMember(env, [{ role: 'manager', theaterIds: [T] }]);
});
afterAll(() => env.close());

/** Every invitation email sent to `to`, newest first. */
async function invitationsTo(to: string) {
  await env.flushOutbox();
  return (await env.sink.mailbox.list()).filter((m) => m.to === to && /\/invite\//.test(m.body));
}

async function newestLink(to: string): Promise<string> {
  const [mail] = await invitationsTo(to);
  const link = mail?.body.match(/http:\/\/localhost:3000(\/invite\/[\w.-]+)/)?.[1];
  if (!link) throw new Error(`no invitation mailed to ${to}`);
  return link;
}

async function inviteId(email: string): Promise<string> {
  return (await listInvites(env.db, T)).find((i) => i.email === email)!.id;
}

describe('invitations in the invitee’s language', () => {
  it('the form offers the three languages, the manager’s page language chosen; a Telugu invitation mails Telugu and opens in Telugu', async () => {
    manager.cookies.set('lang', 'hi');
    const form = await (await manager.get(`/admin/staff?theater=${T}`)).text();
    manager.cookies.delete('lang');
    expect(form).toContain(hiAdmin.staff.language);
    expect(form).toMatch(/<option value="hi" lang="hi" selected="">हिन्दी<\/option>/);
    expect(form).toContain('తెలుగు');

    expect((await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'telugu.cashier@example.in', role: 'staff', lang: 'te' } })).status).toBe(303);
    const [mail] = await invitationsTo('telugu.cashier@example.in');
    expect(mail.subject).toMatch(/^Movie Magic లో .+ లో చేరడానికి ఆహ్వానం$/);
    expect(mail.body).toContain('బాక్స్ ఆఫీస్ సిబ్బంది');
    expect(mail.body).toContain('ఆహ్వానాన్ని అంగీకరించండి');
    expect(mail.body).not.toContain('Accept the invitation');
    expect(mail.html).toContain('<html lang="te">');
    expect(mail.html).toContain('ఆహ్వానాన్ని అంగీకరించండి');

    const link = await newestLink('telugu.cashier@example.in');
    const page = await (await new Client(env.app).get(link)).text();
    expect(page).toContain('lang="te"');
    expect(page).toContain(teAdmin.invite.password);
    // The visitor's own choice wins.
    const english = new Client(env.app);
    english.cookies.set('lang', 'en');
    expect(await (await english.get(link)).text()).toContain('Choose a password');
    expect((await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'x.lang@example.in', role: 'staff', lang: 'fr' } })).status).toBe(400);
  });
});

describe('resend and withdraw', () => {
  it('resend: a new link for 7 more days, the old one refused; a second resend within 10 minutes is refused', async () => {
    await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'resend.me@example.in', role: 'staff', lang: 'en' } });
    const first = await newestLink('resend.me@example.in');
    const id = await inviteId('resend.me@example.in');
    const staffPage = await (await manager.get(`/admin/staff?theater=${T}`)).text();
    expect(staffPage).toContain(`/admin/staff/invites/${id}/resend`);
    expect(staffPage).toContain(`/admin/staff/invites/${id}/withdraw`);

    // Too soon after the first email.
    const early = await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} });
    expect(early.status).toBe(429);
    expect(await early.text()).toContain('less than 10 minutes ago');

    env.clock.advance(11 * 60_000);
    const res = await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=resent');
    const second = await newestLink('resend.me@example.in');
    expect(second).not.toBe(first);
    expect((await invitationsTo('resend.me@example.in')).length).toBe(2);
    expect((await new Client(env.app).get(first)).status).toBe(404);
    const invite = (await listInvites(env.db, T)).find((i) => i.id === id)!;
    expect(Date.parse(invite.expiresAt)).toBe(env.clock.now().getTime() + 7 * 86_400_000);

    const again = await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} });
    expect(again.status).toBe(429);
    expect((await invitationsTo('resend.me@example.in')).length).toBe(2);

    // The old link cannot accept; the new one can.
    expect((await new Client(env.app).request('POST', first, { form: { name: 'Old Link', password: 'a-long-enough-password' } })).status).toBe(404);
    const made = await new Client(env.app).request('POST', second, { form: { name: 'New Link', password: 'a-long-enough-password' } });
    expect(made.status).toBe(303);
    expect((await getUserByEmail(env.db, 'resend.me@example.in'))?.roles).toEqual([{ role: 'staff', theaterIds: [T] }]);
    const { entries } = await listAudit(env.db, T, { limit: 10 });
    expect(entries.some((e) => e.what === 'staff.resend' && e.subject === 'resend.me@example.in')).toBe(true);
  });

  it('an expired invitation is opened again by a resend; a refusal is said in the page language', async () => {
    await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'expired.one@example.in', role: 'staff', lang: 'te' } });
    const old = await newestLink('expired.one@example.in');
    const id = await inviteId('expired.one@example.in');
    env.clock.advance(8 * 86_400_000);
    expect((await new Client(env.app).get(old)).status).toBe(404);
    expect(await (await manager.get(`/admin/staff?theater=${T}`)).text()).toContain(`/admin/staff/invites/${id}/resend`);
    expect((await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} })).status).toBe(303);
    const fresh = await newestLink('expired.one@example.in');
    const [mail] = await invitationsTo('expired.one@example.in');
    expect(mail.body).toContain('ఇది కొత్త లింక్');
    expect((await new Client(env.app).get(fresh)).status).toBe(200);
    manager.cookies.set('lang', 'hi');
    const refused = await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} });
    manager.cookies.delete('lang');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain(hiAdmin.hints.resendWait({ minutes: '10' }));
  });

  it('withdraw: the link says withdrawn, accepting is refused; the audit says it in Telugu', async () => {
    await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'withdraw.me@example.in', role: 'staff', lang: 'hi' } });
    const link = await newestLink('withdraw.me@example.in');
    const id = await inviteId('withdraw.me@example.in');
    const res = await manager.request('POST', `/admin/staff/invites/${id}/withdraw?theater=${T}`, { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('done=withdrawn');

    const open = await new Client(env.app).get(link);
    expect(open.status).toBe(404);
    expect(await open.text()).toContain(hiAdmin.invite.withdrawn);
    const english = new Client(env.app);
    english.cookies.set('lang', 'en');
    expect(await (await english.get(link)).text()).toContain('This invitation was withdrawn');
    expect((await new Client(env.app).request('POST', link, { form: { name: 'Too Late', password: 'a-long-enough-password' } })).status).toBe(404);
    expect(await getUserByEmail(env.db, 'withdraw.me@example.in')).toBeNull();
    // Withdrawn twice, or resent after: a clear refusal, not a 500.
    expect((await manager.request('POST', `/admin/staff/invites/${id}/withdraw?theater=${T}`, { form: {} })).status).toBe(409);
    env.clock.advance(11 * 60_000);
    expect((await manager.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} })).status).toBe(409);

    manager.cookies.set('lang', 'te');
    const staffPage = await (await manager.get(`/admin/staff?theater=${T}`)).text();
    expect(staffPage).toContain(`<td>${teAdmin.states.invite.withdrawn}</td>`);
    manager.cookies.delete('lang');
    // The audit log (owners read it) says the withdrawal in Telugu.
    const owner = await staffMember(env, [{ role: 'owner', theaterIds: [T] }]);
    owner.cookies.set('lang', 'te');
    const audit = await (await owner.get(`/admin/audit?theater=${T}`)).text();
    expect(audit).toContain(teAdmin.audit.labels['staff.withdraw']);
    expect(audit).toContain(teAdmin.auditNotes.inviteWithdrawn);
  });

  it('a withdraw racing an accept: exactly one wins', async () => {
    // Even rounds: a new account (its password hashing is slow); odd rounds: a signed-in account accepts (fast).
    for (let round = 0; round < 4; round++) {
      const existing = round % 2 === 1 ? await customer(env) : null;
      const email = existing?.email ?? `race${round}@example.in`;
      await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email, role: 'staff', lang: 'en' } });
      const link = await newestLink(email);
      const id = await inviteId(email);
      const [accept, withdraw] = await Promise.all([
        (existing ?? new Client(env.app)).request('POST', link, { form: { name: 'Racer', password: 'a-long-enough-password' } }),
        manager.request('POST', `/admin/staff/invites/${id}/withdraw?theater=${T}`, { form: {} }),
      ]);
      const withdrew = withdraw.status === 303;
      const accepted = accept.status === 303;
      expect(withdrew !== accepted, `round ${round}: withdraw ${withdraw.status}, accept ${accept.status}`).toBe(true);
      const invite = (await listInvites(env.db, T)).find((i) => i.id === id)!;
      expect(invite.status).toBe(withdrew ? 'withdrawn' : 'accepted');
      const roles = (await getUserByEmail(env.db, email))?.roles ?? [];
      expect(roles.some((g) => g.theaterIds.includes(T))).toBe(accepted);
      if (!accepted) expect(await accept.text()).toContain('withdrawn');
    }
  });

  it('box-office staff cannot resend or withdraw (403)', async () => {
    await manager.request('POST', `/admin/staff/invite?theater=${T}`, { form: { email: 'guarded@example.in', role: 'staff' } });
    const id = await inviteId('guarded@example.in');
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: [T] }]);
    env.clock.advance(11 * 60_000);
    expect((await staff.request('POST', `/admin/staff/invites/${id}/resend?theater=${T}`, { form: {} })).status).toBe(403);
    expect((await staff.request('POST', `/admin/staff/invites/${id}/withdraw?theater=${T}`, { form: {} })).status).toBe(403);
    const c = await customer(env);
    expect((await c.request('POST', `/admin/staff/invites/${id}/withdraw?theater=${T}`, { form: {} })).status).toBe(403);
    expect((await listInvites(env.db, T)).find((i) => i.id === id)!.status).toBe('pending');
  });
});
