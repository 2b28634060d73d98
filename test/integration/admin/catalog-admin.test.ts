import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandLayout } from '../../../server/domain/seat-layout.js';
import { getLayout } from '../../../server/store/catalog.js';
import { getScreen, getTheaters, listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { listAudit } from '../../../server/store/audit.js';
import { getUserById } from '../../../server/store/users.js';
import { layoutForm } from '../../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
});
afterAll(() => env.close());

const THEATER_FORM = {
  name: 'Lake View Cinemas',
  address: '12 Tank Bund Road',
  cityId: 'hyderabad',
  newCity: '',
  timezone: 'Asia/Kolkata',
  amenities: 'Parking, Food court',
  convenienceFeePercent: '2',
  cleaningMinutes: '25',
  tierHours0: '48',
  tierPercent0: '100',
  tierHours1: '6',
  tierPercent1: '40',
};

describe('theaters', () => {
  it('an owner adds a theater with a checked time zone; it joins their grant and the audit log', async () => {
    const owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas'] }]);
    const bad = await owner.request('POST', '/admin/theaters', { form: { ...THEATER_FORM, timezone: 'Asia/Hyderabad' } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('not an IANA time zone');

    const res = await owner.request('POST', '/admin/theaters', { form: THEATER_FORM });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('theater=lake-view-cinemas');
    const [theater] = await getTheaters(env.db, ['lake-view-cinemas']);
    expect(theater).toMatchObject({
      cityId: 'hyderabad',
      timezone: 'Asia/Kolkata',
      amenities: ['Parking', 'Food court'],
      convenienceFeeBps: 200,
      cleaningMinutes: 25,
      cancellationPolicy: { tiers: [{ hoursBefore: 48, refundPercent: 100 }, { hoursBefore: 6, refundPercent: 40 }] },
    });
    expect((await getUserById(env.db, owner.userId))?.roles[0].theaterIds).toContain('lake-view-cinemas');
    const { entries } = await listAudit(env.db, 'lake-view-cinemas', { limit: 5 });
    expect(entries[0]).toMatchObject({ what: 'theater.create', who: { email: owner.email } });

    // A second theater of the same name gets its own id.
    expect((await owner.request('POST', '/admin/theaters', { form: THEATER_FORM })).headers.get('location')).toContain('lake-view-cinemas-2');

    env.clock.advance(1000);
    const edit = await owner.request('POST', '/admin/theaters/lake-view-cinemas', { form: { ...THEATER_FORM, convenienceFeePercent: '1.5' } });
    expect(edit.status).toBe(303);
    expect((await getTheaters(env.db, ['lake-view-cinemas']))[0].convenienceFeeBps).toBe(150);
    const after = await listAudit(env.db, 'lake-view-cinemas', { limit: 5 });
    expect(after.entries[0]).toMatchObject({ what: 'theater.edit' });
    expect(after.entries[0].before).toContain('fee 2.00%');
    expect(after.entries[0].after).toContain('fee 1.50%');
  });

  it('managers may not add or edit theaters; customers may not see the panel', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    expect((await manager.request('POST', '/admin/theaters', { form: THEATER_FORM })).status).toBe(403);
    expect((await manager.request('POST', '/admin/theaters/charminar-cinemas', { form: THEATER_FORM })).status).toBe(403);
    const c = await customer(env);
    expect((await c.get('/admin/theaters')).status).toBe(403);
  });
});

describe('screens and the seat layout editor', () => {
  it('round-trips a layout: save, reload the editor, change it → a new version beside the old one', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    const rows = ['ww..rrrr', 'rrrr.rrrr', 'ppxp.pppp', 'cc.cc'];
    const created = await manager.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', rows, { name: 'Screen 7' }) });
    expect(created.status).toBe(303);
    const screen = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Screen 7')!;
    expect(screen).toMatchObject({ layoutVersion: 1, seatsTotal: 25 });

    // The editor shows exactly the saved rows back.
    const page = await (await manager.get(`/admin/screens/${screen.id}/layout`)).text();
    rows.forEach((cells, i) => {
      expect(page).toContain(`name="cells_${i}" value="${cells}"`);
      expect(page).toContain(`name="label_${i}" value="${'ABCD'[i]}"`);
    });
    // …with the preview as customers see it: the real seat grid, blocked seat greyed.
    expect(page).toContain('class="sg"');
    expect(page).toMatch(/id="sC3" class="s p b"/);

    const v1 = await getLayout(env.db, screen.id, 1);
    env.clock.advance(1000);
    const changed = await manager.request('POST', `/admin/screens/${screen.id}/layout`, { form: layoutForm('charminar-cinemas', [...rows.slice(0, 3), 'RRR']) });
    expect(changed.status).toBe(303);
    const after = await getScreen(env.db, screen.id);
    expect(after).toMatchObject({ layoutVersion: 2, seatsTotal: 24 });
    expect(await getLayout(env.db, screen.id, 1)).toEqual(v1);
    expect(expandLayout((await getLayout(env.db, screen.id, 2))!.spec).filter((s) => s.type === 'recliner')).toHaveLength(3);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 5 });
    expect(entries[0]).toMatchObject({ what: 'screen.layout', subject: screen.id, before: expect.stringContaining('v1: 25 seats'), after: expect.stringContaining('v2: 24 seats') });
  });

  it('names the bad row and keeps what was typed', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    const res = await manager.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrr', 'rrzr'], { name: 'Screen 8' }) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Row B: use only r, p, R, c, w, x and . (gap).');
    expect(html).toContain('value="rrzr"');
  });

  it('fills a grid and previews it live (htmx fragment)', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    const grid = await manager.request('POST', '/admin/screens', { form: { theaterId: 'charminar-cinemas', rowCount: '0', action: 'grid', gridRows: '3', gridSeats: '6', gridAisles: '3', name: 'X' } });
    expect(grid.status).toBe(200);
    expect(await grid.text()).toContain('value="rrr.rrr"');
    const preview = await manager.request('POST', '/admin/layout-preview', { form: layoutForm('charminar-cinemas', ['rrr.rrr', 'wwpp']) });
    const html = await preview.text();
    expect(html).toContain('10 seats');
    expect(html).toContain('id="sB1" class="s w"');
    const elsewhere = await manager.request('POST', '/admin/layout-preview', { form: layoutForm('hitech-screens', ['rrr']) });
    expect(elsewhere.status).toBe(403);
  });
});

describe('movies and posters', () => {
  const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5e00000000049454e44ae426082', 'hex');

  async function upload(client: Awaited<ReturnType<typeof staffMember>>, id: string, bytes: Buffer, name: string, type: string) {
    const form = new FormData();
    form.set('poster', new Blob([new Uint8Array(bytes)], { type }), name);
    const headers: Record<string, string> = { origin: 'http://localhost:3000', cookie: client.cookieHeader() };
    return env.app.request(`/admin/movies/${id}/poster`, { method: 'POST', body: form, headers });
  }

  it('a manager adds a movie and uploads a poster checked by its bytes; it is served at /posters', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    const res = await manager.request('POST', '/admin/movies', {
      form: { title: 'Monsoon Mail', languages: 'Telugu, Hindi', genres: 'Drama', certificate: 'UA13+', durationMinutes: '142', synopsis: 'A train.', cast: 'A, B', releaseDate: '2026-12-04' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/movies/monsoon-mail/edit?done=created');

    const fake = await upload(manager, 'monsoon-mail', Buffer.from('<svg onload=alert(1)>'), 'poster.png', 'image/png');
    expect(fake.status).toBe(415);
    expect(await fake.text()).toContain('PNG, JPEG or WebP');
    const big = await upload(manager, 'monsoon-mail', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), 'big.png', 'image/png');
    expect(big.status).toBe(413);

    const ok = await upload(manager, 'monsoon-mail', PNG, 'p.png', 'image/png');
    expect(ok.status).toBe(303);
    const edit = await (await manager.get('/admin/movies/monsoon-mail/edit')).text();
    const src = edit.match(/src="(\/posters\/[^"]+)"/)?.[1];
    expect(src).toMatch(/^\/posters\/monsoon-mail-[0-9a-f]{12}\.png$/);
    const served = await env.app.request(src!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await env.app.request('/posters/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('box-office staff may not edit movies', async () => {
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    expect((await staff.get('/admin/movies')).status).toBe(403);
  });
});
