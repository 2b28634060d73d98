import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as enKiosk, hi as hiKiosk, te as teKiosk } from '../../views/i18n/features/kiosk.js';
import { te as teMessages } from '../../views/i18n/te.js';
import type { Client } from '../helpers/http.js';
import { kioskHarness, type KioskHarness } from '../helpers/kiosk-harness.js';
import { demoLogin, DEMO_TEST_PASSWORD } from '../helpers/kiosk-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { qrPayloads } from '../helpers/pdf-inspect.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

const SHOW = 'charminar-cinemas-1-20261202-2030';
const OTHER_THEATER_SHOW = 'hitech-screens-2-20261202-1700';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let k: KioskHarness;
let staff: Client;
let owner: Client;

/** HTML entities the renderer writes for quotes and ampersands, back to text. */
const text = (html: string) => html.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Every English sentence of the kiosk's door refusals, sign-in and sale errors and conflict details. */
const ENGLISH = [
  ...Object.values(enKiosk.refusals),
  'This ticket was already let in at this door',
  ...Object.values(enKiosk.errors.codes),
  'is already sold',
  'are already sold',
  'no longer leased',
  'went back on sale',
  'Lease taken back',
  'Sorry',
];
const englishIn = (html: string) => ENGLISH.filter((e) => text(html).includes(e));

/** A customer's web booking of one seat and its ticket's QR text. */
async function webTicket(showtimeId: string, seat: string): Promise<{ payload: string; bookingId: string; cancel: () => Promise<Response> }> {
  const c = await customer(env);
  const hold = await json(await c.post('/api/v1/holds', { showtimeId, seats: [seat] }));
  const booking = (await json(await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }))).booking;
  const [payload] = qrPayloads(Buffer.from(await (await c.get(`/api/v1/bookings/${booking.id}/ticket.pdf`)).arrayBuffer()));
  return { payload: payload!, bookingId: booking.id, cancel: () => c.post(`/api/v1/bookings/${booking.id}/cancel`) };
}

/** Scans as the door page does (htmx swaps the result): the fragment's HTML. */
async function scan(ticket: string): Promise<string> {
  return (await staff.request('POST', '/door/scan', { form: { ticket, door: 'Main door' }, headers: { 'hx-request': 'true' } })).text();
}

/** A kiosk ticket's QR text for a sale made here. */
const kioskTicket = (saleId: string) =>
  (JSON.parse(k.ctx.db.$client.prepare('select tickets from sales where id = ?').pluck().get(saleId) as string) as { payload: string }[])[0].payload;

/** The ticket with one signature character changed well inside the signature. */
const forge = (payload: string) => {
  const i = payload.length - 10;
  return payload.slice(0, i) + (payload[i] === 'A' ? 'B' : 'A') + payload.slice(i + 1);
};

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  const admin = await demoLogin(env, 'owner');
  const reg = (await (await admin.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name: 'Counter 1' })).json()) as { token: string };
  k = kioskHarness(env, reg.token);
  await k.ctx.sync.syncNow();
  staff = k.browser();
  expect((await staff.post('/api/v1/auth/login', { email: 'staff@demo.moviemagic.in', password: DEMO_TEST_PASSWORD })).status).toBe(200);
  owner = await demoLogin(env, 'owner');
});
afterAll(() => env.close());

describe('kiosk pages in the staff member’s language', () => {
  it('is English until the header switch is used, then Telugu on the sell and door pages', async () => {
    const english = await (await staff.get(`/shows/${SHOW}`)).text();
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('<legend>Payment</legend>');

    const switched = await staff.request('POST', '/language', { form: { lang: 'te', next: `/shows/${SHOW}` } });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe(`/shows/${SHOW}`);

    const sell = await (await staff.get(`/shows/${SHOW}`)).text();
    expect(sell).toContain('<html lang="te"');
    expect(sell).toContain('<legend>చెల్లింపు</legend>');
    expect(sell).toContain('నగదు');
    expect(sell).toContain('← అన్ని షోలు');
    expect(sell).not.toContain('<legend>Payment</legend>');

    const door = await (await staff.get('/door')).text();
    expect(door).toContain('<html lang="te"');
    expect(door).toContain('<h1>గేటు వద్ద టికెట్ తనిఖీ</h1>');
    expect(door).toContain('టికెట్ స్కాన్ చేయండి');
    expect(door).toContain('<strong>ఇప్పుడే</strong>');

    const refused = await staff.request('POST', '/door/scan', { form: { ticket: 'not-a-ticket', door: 'Main door' }, headers: { 'hx-request': 'true' } });
    expect(await refused.text()).toContain('✗ ఇది టికెట్ కాదు');
  });
});

describe('kiosk refusals, errors, seat names and conflicts in the page language', () => {
  it('door: a refused scan says why in Telugu (used twice, forged, wrong show, cancelled), and the recent list names it', async () => {
    staff.cookies.set('lang', 'te');
    const sold = await json(await staff.post('/api/v1/sales', { showtimeId: SHOW, seats: ['D1'], payment: { method: 'cash' } }));
    const own = kioskTicket(sold.sale.id);
    const other = await webTicket(OTHER_THEATER_SHOW, 'A1');
    const cancelled = await webTicket(SHOW, 'C1');
    expect((await cancelled.cancel()).status).toBe(200);
    await k.ctx.sync.syncNow();

    expect(await scan(own)).toContain(`✓ ${teKiosk.verdicts.Welcome}`);
    const twice = await scan(own);
    expect(twice).toContain(`✗ ${teKiosk.verdicts['Already let in']}`);
    expect(twice).toMatch(/ఈ టికెట్‌తో ఈ గేటు నుంచి .+కి ఇప్పటికే లోపలికి వెళ్లారు\./);

    const forged = await scan(forge(own));
    expect(forged).toContain(`✗ ${teKiosk.verdicts['Forged ticket']}`);
    expect(forged).toContain('సంతకం సరిపోలడం లేదు: టికెట్‌ను మార్చారు లేదా నకిలీగా తయారు చేశారు.');

    const wrongShow = await scan(other.payload);
    expect(wrongShow).toContain(`✗ ${teKiosk.verdicts['Not for this theater']}`);
    expect(wrongShow).toContain(teKiosk.refusals.other_show);

    const gone = await scan(cancelled.payload);
    expect(gone).toContain(`✗ ${teKiosk.verdicts.Cancelled}`);
    expect(gone).toContain(teKiosk.refusals.cancelled);

    for (const html of [twice, forged, wrongShow, gone]) expect(englishIn(html)).toEqual([]);

    // The recent list names each refusal by its word, not its stored code.
    const door = await (await staff.get('/door')).text();
    const recent = door.slice(door.indexOf('door-recent'));
    for (const word of [teKiosk.verdicts['Forged ticket'], teKiosk.verdicts['Not for this theater'], teKiosk.verdicts.Cancelled, teKiosk.verdicts['Already let in']]) expect(recent).toContain(word);
    for (const code of ['bad_signature', 'other_show', 'cancelled', 'already_in']) expect(recent).not.toContain(`· ${code}`);

    // Hindi says the same from the same stored codes; the scanner API keeps its English fields.
    staff.cookies.set('lang', 'hi');
    const hindi = await scan(forge(own));
    expect(hindi).toContain(`✗ ${hiKiosk.verdicts['Forged ticket']}`);
    expect(hindi).toContain(hiKiosk.refusals.bad_signature);
    expect(englishIn(hindi)).toEqual([]);
    expect((await (await staff.get('/door')).text())).toContain(hiKiosk.verdicts.Cancelled);
    const api = await json(await staff.post('/api/v1/door/scan', { ticket: cancelled.payload, door: 'Main door' }));
    expect(api).toMatchObject({ admitted: false, headline: 'Cancelled', reason: 'cancelled', detail: enKiosk.refusals.cancelled });
  });

  it('sync page: the last problem is said in Telugu (server unreachable), English keeps the link’s own sentence', async () => {
    k.link.up = false;
    try {
      await k.ctx.sync.syncNow();
      staff.cookies.set('lang', 'te');
      const te = await (await staff.get('/sync')).text();
      expect(te).toContain(teKiosk.sync.serverUnreachable);
      expect(te).not.toContain('The server is unreachable');
      staff.cookies.set('lang', 'en');
      expect(await (await staff.get('/sync')).text()).toContain('The server is unreachable');
    } finally {
      k.link.up = true;
      await k.ctx.sync.syncNow(); // back online for the tests after this one
      staff.cookies.set('lang', 'te');
    }
  });

  it('sign-in: a wrong password is refused in Telugu (and Hindi)', async () => {
    for (const [lang, words] of [['te', teKiosk], ['hi', hiKiosk]] as const) {
      const visitor = k.browser();
      visitor.cookies.set('lang', lang);
      const res = await visitor.request('POST', '/login', { form: { email: 'staff@demo.moviemagic.in', password: 'wrong-password', next: '/' } });
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain(words.errors.codes.invalid_credentials);
      expect(englishIn(html)).toEqual([]);
    }
  });

  it('sell: a seat already sold is refused in Telugu; the seat map names seats in Telugu for screen readers', async () => {
    staff.cookies.set('lang', 'te');
    const page = await (await staff.get(`/shows/${SHOW}`)).text();
    // Row A, seat 2 is free, regular, ₹320.
    expect(page).toContain(`aria-label="వరుస A, సీటు 2, ${teMessages.seatTypes.regular}, ₹320, ${teMessages.seatStates.available}"`);
    expect(page).toContain(`${teMessages.seatTypes.premium} ₹420`);
    expect(page).not.toMatch(/aria-label="[A-G]\d+, (regular|premium)/);
    expect(page).not.toMatch(/aria-label="[^"]*(available|leased to this kiosk|not sellable offline|sold|held)"/);

    expect((await staff.post('/api/v1/sales', { showtimeId: SHOW, seats: ['D5'], payment: { method: 'cash' } })).status).toBe(201);
    const res = await staff.request('POST', `/shows/${SHOW}/sell`, { form: { seats: 'D5', method: 'cash' } });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('సీటు D5 ఇప్పటికే అమ్ముడైంది. వేరేది ఎంచుకోండి.');
    expect(englishIn(html)).toEqual([]);
    expect(html).toContain(`aria-label="వరుస D, సీటు 5, ${teMessages.seatTypes.regular}, ₹320, ${teMessages.seatStates.sold}"`);
    // The running total and the camera's messages come from the page too (views/static/kiosk.js fills them in).
    expect(html).toContain(`data-none="${teKiosk.sell.pickNone}" data-one="1 సీటు: {seats}" data-many="{n} సీట్లు: {seats}"`);
    const door = text(await (await staff.get('/door')).text());
    expect(door).toContain(`data-missing="${teKiosk.door.cameraMissing}"`);
    expect(door).toContain(`data-error="${teKiosk.door.cameraError('{name}')}"`);
  });

  it('a conflict (lease taken back while offline) reads in Telugu on the kiosk and in the admin panel', async () => {
    const lease = await json(await owner.post('/api/v1/admin/leases', { kioskId: k.ctx.kioskId, showtimeId: SHOW, seats: ['E7', 'E8'] }));
    await k.ctx.sync.syncNow();
    k.link.up = false;
    await k.ctx.sync.syncNow();
    const offline = await json(await staff.post('/api/v1/sales', { showtimeId: SHOW, seats: ['E7'], payment: { method: 'upi' } }));
    expect((await owner.post(`/api/v1/admin/leases/${lease.lease.id}/revoke`)).status).toBeLessThan(300);
    k.link.up = true;
    const synced = await json(await staff.post('/api/v1/sync'));
    expect(synced.conflicts).toEqual([
      expect.objectContaining({
        saleId: offline.sale.id,
        reason: 'lease_revoked',
        detail: 'The lease was revoked while the kiosk was offline; E7 went back on sale.',
        conflictDetail: { code: 'lease_revoked', seats: ['E7'] },
      }),
    ]);

    staff.cookies.set('lang', 'te');
    const detail = 'కియోస్క్ ఆఫ్‌లైన్‌లో ఉండగా లీజ్ వెనక్కి తీసుకున్నారు; E7 మళ్లీ అమ్మకానికి వచ్చాయి.';
    expect(teKiosk.conflicts.details.lease_revoked('E7')).toBe(detail);
    const sync = await (await staff.get('/sync')).text();
    expect(sync).toContain(`${teKiosk.conflicts.reasons.lease_revoked}: `);
    expect(sync).toContain(detail);
    expect(sync).toContain(`₹320.00 ${teKiosk.sell.upi}`);
    expect(englishIn(sync)).toEqual([]);
    const sale = await (await staff.get(`/sales/${offline.sale.id}`)).text();
    expect(sale).toContain(detail);
    expect(englishIn(sale)).toEqual([]);

    owner.cookies.set('lang', 'te');
    const admin = await (await owner.get('/admin/kiosks?theater=charminar-cinemas')).text();
    expect(admin).toContain(`(${detail})`);
    expect(admin).toContain(`₹320.00 ${teKiosk.sell.upi}`);
    expect(admin).not.toContain('went back on sale');
    owner.cookies.delete('lang');

    // Reseated to a premium seat: the kiosk says the ₹100 to collect in Telugu.
    expect((await owner.post(`/api/v1/admin/conflicts/${offline.sale.id}/resolve`, { action: 'reseat', seats: ['G9'] })).status).toBe(200);
    await k.ctx.sync.syncNow();
    const resolved = await (await staff.get('/sync')).text();
    expect(resolved).toContain(`${teKiosk.sync.reseated('G9')}; ${teKiosk.sync.collect('₹100.00')}`);
    expect(resolved).not.toContain('paise');
  });
});
