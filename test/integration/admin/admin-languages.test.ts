import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hi as hiAdmin, te as teAdmin } from '../../../views/i18n/features/admin.js';
import { te as teCatalog } from '../../../views/i18n/te.js';
import { withDemoData } from '../../helpers/customers.js';
import { layoutForm } from '../../helpers/admin-fixtures.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas', 'hitech-screens'] }]);
});
afterAll(() => env.close());

const h1 = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];

describe('the admin panel in Hindi and Telugu (lang cookie)', () => {
  for (const [lang, w] of [['hi', hiAdmin], ['te', teAdmin]] as const) {
    it(`${lang}: dashboard, bookings, reports, audit log and messages speak ${lang}`, async () => {
      owner.cookies.set('lang', lang);
      const q = '?theater=charminar-cinemas';
      const pages: [string, string | undefined, string][] = [
        ['/admin' + q, undefined, w.dashboard.bookingsToday],
        ['/admin/bookings' + q, w.bookings.heading('Charminar Cinemas'), w.bookings.query],
        ['/admin/reports' + q, w.reports.heading('Charminar Cinemas'), w.tables['Revenue by day']],
        ['/admin/audit' + q, w.audit.title, w.audit.lead('Charminar Cinemas')],
        ['/admin/messages' + q, w.messages.title, w.messages.lead],
      ];
      for (const [path, heading, text] of pages) {
        const res = await owner.get(path);
        expect(res.status, path).toBe(200);
        const html = await res.text();
        expect(html, path).toContain(`<html lang="${lang}"`);
        if (heading) expect(h1(html), path).toBe(heading);
        expect(html, path).toContain(text);
        // The shell and its navigation, in the page language.
        expect(html, path).toContain(`<p class="admin-nav-title">${w.shell.title}</p>`);
        expect(html, path).toContain(`>${w.nav.showtimes}</a>`);
        expect(html, path).not.toContain('>Admin panel<');
      }
      // The CSV a spreadsheet reads keeps its English headers.
      const csv = await (await owner.get('/admin/reports/revenue-by-day.csv' + q)).text();
      expect(csv.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('Date,Bookings,Seats sold,Revenue (INR),Refunded (INR),Points discount (INR)');
    });
  }

  it('te: the kiosks, reviews, theater form and layout editor pages speak Telugu', async () => {
    owner.cookies.set('lang', 'te');
    const q = '?theater=charminar-cinemas';
    const pages: [string, string, string][] = [
      ['/admin/kiosks' + q, teAdmin.kiosks.heading('Charminar Cinemas'), teAdmin.kiosks.register],
      ['/admin/reviews' + q, teAdmin.reviews.title, teAdmin.reviews.lead],
      ['/admin/theaters/new' + q, teAdmin.theaters.add, teAdmin.theaterForm.policyHint],
      ['/admin/screens/new' + q, teAdmin.layout.addTo('Charminar Cinemas'), teAdmin.layout.previewTitle],
    ];
    for (const [path, heading, text] of pages) {
      const res = await owner.get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain('<html lang="te"');
      expect(h1(html), path).toBe(heading);
      expect(html, path).toContain(text);
    }
  });

  it('te: the live layout preview counts seats and types in Telugu, and asks for rows when there are none', async () => {
    owner.cookies.set('lang', 'te');
    const html = await (await owner.request('POST', '/admin/layout-preview', { form: layoutForm('charminar-cinemas', ['rrr.rrr', 'wwpp']) })).text();
    expect(html).toContain(`<strong>${teAdmin.layout.seats('10')}</strong>: 6 ${teCatalog.seatTypes.regular}`);
    const empty = await (await owner.request('POST', '/admin/layout-preview', { form: layoutForm('charminar-cinemas', []) })).text();
    expect(empty).toContain(teAdmin.layout.empty);
  });

  it('tells a missing booking in Telugu on the error page', async () => {
    owner.cookies.set('lang', 'te');
    const res = await owner.get('/admin/bookings/MVM-20261201-NOPE0000?theater=charminar-cinemas');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('<html lang="te"');
    expect(html).toContain(teCatalog.errors.codes.not_found);
  });

  it('stays English without a language choice', async () => {
    owner.cookies.delete('lang');
    const html = await (await owner.get('/admin/audit?theater=charminar-cinemas')).text();
    expect(html).toContain('<html lang="en"');
    expect(h1(html)).toBe('Audit log');
  });
});
