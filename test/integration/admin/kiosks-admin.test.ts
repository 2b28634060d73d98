import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../server/store/audit.js';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { layoutForm } from '../../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { pushSales, registerTestKiosk } from '../../helpers/kiosk-fixtures.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let manager: Awaited<ReturnType<typeof staffMember>>;
let show: string;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
  await manager.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrrrr', 'rrrrrrrr'], { name: 'Kiosk Screen' }) });
  const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Kiosk Screen')!.id;
  const res = await manager.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt: '2026-12-01T18:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 32000 } });
  show = ((await res.json()) as { showtime: { id: string } }).showtime.id;
});
afterAll(() => env.close());

const seatStatus = async (id: string) => {
  const map = (await (await manager.get(`/api/v1/showtimes/${show}/seats`)).json()) as { seats: { id: string; status: string }[] };
  return map.seats.find((s) => s.id === id)?.status;
};

describe('kiosks in the admin panel', () => {
  it('registers a kiosk and shows its token once; revoking it locks the kiosk out', async () => {
    const res = await manager.request('POST', '/admin/kiosks?theater=charminar-cinemas', { form: { name: 'Lobby kiosk' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const token = html.match(/<code class="kiosk-token">([^<]+)<\/code>/)?.[1];
    expect(token).toBeTruthy();
    const sync = () => env.app.request('/api/v1/kiosk/sync', { headers: { authorization: `Bearer ${token}` } });
    expect((await sync()).status).toBe(200);
    const list = await (await manager.get('/admin/kiosks?theater=charminar-cinemas')).text();
    expect(list).toContain('Lobby kiosk');
    expect(list).not.toContain(token!);
    const id = list.match(/\/admin\/kiosks\/([0-9A-Z]+)\/revoke/)?.[1];
    expect((await manager.request('POST', `/admin/kiosks/${id}/revoke?theater=charminar-cinemas`, { form: {} })).status).toBe(303);
    expect((await sync()).status).toBe(401);
    expect((await manager.get('/admin/kiosks?theater=charminar-cinemas')).status).toBe(200);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 5 });
    expect(entries.map((e) => e.what)).toEqual(expect.arrayContaining(['kiosk.register', 'kiosk.revoke']));
  });

  it('leases seats to a kiosk, counts its offline sale in the reports, and takes the unsold seats back', async () => {
    const kiosk = await registerTestKiosk(env, manager, 'Counter 3');
    env.clock.advance(1000);
    const leased = await manager.request('POST', '/admin/leases?theater=charminar-cinemas', { form: { kioskId: kiosk.id, showtimeId: show, seats: 'A1-A3' } });
    expect(leased.status).toBe(303);
    expect(await seatStatus('A2')).toBe('held');
    // The seats are the kiosk's: a customer cannot hold them.
    const c = await customer(env);
    expect((await c.post('/api/v1/holds', { showtimeId: show, seats: ['A2'] })).status).toBe(409);

    const page = await (await manager.get('/admin/kiosks?theater=charminar-cinemas')).text();
    const leaseId = page.match(/\/admin\/leases\/([0-9A-Z]+)\/return/)?.[1];
    expect(page).toContain('A1, A2, A3');
    const out = await pushSales(env, kiosk, [kiosk.sale({ leaseId: leaseId!, showtimeId: show, seats: ['A1'] })]);
    expect(out.results[0].status).toBe('applied');

    const report = (await (await manager.get(`/api/v1/admin/showtimes/${show}/report`)).json()) as Record<string, number>;
    expect(report).toMatchObject({ seatsSold: 1, seatsLeased: 2, bookings: 1, revenueMinor: 32000 });
    const channels = await (await manager.get('/admin/reports/sales-by-channel.csv?theater=charminar-cinemas&days=7')).text();
    expect(channels).toContain('Kiosk,1,1,320.00');

    env.clock.advance(1000);
    expect((await manager.request('POST', `/admin/leases/${leaseId}/return?theater=charminar-cinemas`, { form: {} })).status).toBe(303);
    expect(await seatStatus('A2')).toBe('available');
    expect(await seatStatus('A1')).toBe('sold');
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 2 });
    expect(entries[0]).toMatchObject({ what: 'lease.return', after: 'back on sale: A2, A3' });
    expect(entries[1]).toMatchObject({ what: 'lease.create', subject: leaseId });
  });

  it('lists a conflict from a sale made after its lease was taken back, and resolves it by refund', async () => {
    const kiosk = await registerTestKiosk(env, manager, 'Counter 4');
    await manager.request('POST', '/admin/leases?theater=charminar-cinemas', { form: { kioskId: kiosk.id, showtimeId: show, seats: 'B1' } });
    const leaseId = (await (await manager.get('/admin/kiosks?theater=charminar-cinemas')).text()).match(/\/admin\/leases\/([0-9A-Z]+)\/return/)?.[1];
    const sale = kiosk.sale({ leaseId: leaseId!, showtimeId: show, seats: ['B1'] });
    await manager.request('POST', `/admin/leases/${leaseId}/return?theater=charminar-cinemas`, { form: {} });
    const out = await pushSales(env, kiosk, [sale]);
    expect(out.results[0].status).toBe('conflict');
    const page = await (await manager.get('/admin/kiosks?theater=charminar-cinemas')).text();
    expect(page).toContain(sale.bookingId);
    env.clock.advance(1000);
    const res = await manager.request('POST', `/admin/conflicts/${sale.id}/resolve?theater=charminar-cinemas`, { form: { action: 'refund' } });
    expect(res.status).toBe(303);
    expect(await (await manager.get('/admin/kiosks?theater=charminar-cinemas')).text()).not.toContain(`/admin/conflicts/${sale.id}/resolve`);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 1 });
    expect(entries[0]).toMatchObject({ what: 'conflict.resolve', subject: sale.bookingId });
  });

  it('is for managers and owners of the theater', async () => {
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    expect((await staff.get('/admin/kiosks?theater=charminar-cinemas')).status).toBe(403);
    expect((await staff.request('POST', '/admin/kiosks?theater=charminar-cinemas', { form: { name: 'x' } })).status).toBe(403);
    const other = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    expect((await other.request('POST', '/admin/kiosks?theater=charminar-cinemas', { form: { name: 'x' } })).status).toBe(403);
    expect((await (await customer(env)).get('/admin/kiosks')).status).toBe(403);
  });
});
