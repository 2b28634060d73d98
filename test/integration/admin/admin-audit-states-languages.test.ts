import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { te as teAdmin, hi as hiAdmin } from '../../../views/i18n/features/admin.js';
import { i18nFor } from '../../../views/i18n/i18n.js';
import { Client } from '../../helpers/http.js';
import { layoutForm } from '../../helpers/admin-fixtures.js';
import { withDemoData } from '../../helpers/customers.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

/** The audit log's before/after values and the stored states on admin pages, in Telugu and Hindi. */
let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;
let showId: string;
const q = '?theater=charminar-cinemas';
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas'] }]);
  await owner.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrrrr', 'pppppppp'], { name: 'Audit Screen' }) });
  const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Audit Screen')!.id;
  const res = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt: '2026-12-06T18:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 20000, premium: 30000 } });
  expect(res.status).toBe(201);
  showId = ((await res.json()) as { showtime: { id: string } }).showtime.id;
});
afterAll(() => env.close());

describe('the audit log and stored states in the page language', () => {
  it('te: the audit log says invitations, price changes and a moved show in Telugu, from the stored facts', async () => {
    owner.cookies.set('lang', 'te');
    expect((await owner.request('POST', `/admin/staff/invite${q}`, { form: { email: 'new.manager@example.in', role: 'manager' } })).status).toBe(303);
    expect((await owner.request('POST', `/admin/showtimes/${showId}/prices`, { form: { price_regular: '250', price_premium: '350' } })).status).toBe(303);
    expect((await owner.request('POST', `/admin/showtimes/${showId}/move`, { form: { date: '2026-12-06', time: '21:00' } })).status).toBe(303);
    const html = decode(await (await owner.get(`/admin/audit${q}`)).text());
    const te = i18nFor('te');
    expect(html).toContain(teAdmin.auditNotes.invited(teAdmin.staff.roles.manager));
    expect(html).toContain(`${te.t.seatTypes.regular} ${te.money(20000, true)}, ${te.t.seatTypes.premium} ${te.money(30000, true)}`);
    expect(html).toContain(`${te.t.seatTypes.regular} ${te.money(25000, true)}, ${te.t.seatTypes.premium} ${te.money(35000, true)}`);
    expect(html).toContain(te.when('2026-12-06T15:30:00.000Z', 'Asia/Kolkata'));
    // The English summaries stay in the store for the JSON and older pages, not on this page.
    for (const english of ['invited as manager', 'regular ₹200', 'regular ₹250', ' seats (']) expect(html).not.toContain(english);
  });

  it('hi: the same entries in Hindi', async () => {
    owner.cookies.set('lang', 'hi');
    const html = decode(await (await owner.get(`/admin/audit${q}`)).text());
    expect(html).toContain(hiAdmin.auditNotes.invited(hiAdmin.staff.roles.manager));
    expect(html).not.toContain('invited as manager');
  });

  it('te: a counter sale’s payment method and status, its message’s delivery, and an accepted invitation', async () => {
    owner.cookies.set('lang', 'te');
    const sold = await owner.request('POST', `/admin/showtimes/${showId}/sell`, { form: { saleKey: 'audit-lang-sale-0001', method: 'cash', name: 'Ravi', email: 'ravi@example.in', phone: '', seats: 'A1' } });
    expect(sold.status).toBe(303);
    const page = decode(await (await owner.get(sold.headers.get('location')!)).text());
    const s = teAdmin.states;
    expect(page).toContain(teAdmin.manage.paidBy(s.paymentMethod.cash, s.paymentStatus.captured, '').replace(/, \)$/, ''));
    expect(page).toMatch(new RegExp(`<strong>(${s.delivery.pending}|${s.delivery.sent})</strong>`));
    expect(page).not.toMatch(/<strong>(pending|sent)<\/strong>/);
    expect(page).not.toContain('(captured');

    // The invitee accepts; the staff page names the state in Telugu.
    await env.flushOutbox();
    const mail = (await env.sink.mailbox.list()).find((m) => m.to === 'new.manager@example.in');
    const link = mail?.body.match(/http:\/\/localhost:3000(\/invite\/[\w.-]+)/)?.[1];
    expect(link).toBeTruthy();
    expect((await new Client(env.app).request('POST', link!, { form: { name: 'New Manager', password: 'a-long-enough-password' } })).status).toBe(303);
    const staff = decode(await (await owner.get(`/admin/staff${q}`)).text());
    expect(staff).toContain(`<td>${s.invite.accepted}</td>`);
    expect(staff).not.toContain('<td>accepted</td>');
  });
});
