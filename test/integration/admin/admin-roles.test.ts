/**
 * Every admin route against every kind of caller: the role × route table. "Allowed" means the
 * route did its work or refused the input (200, 201, 303, 400, 404, 409, 429…), never 401/403
 * or a trip to the login page. Inputs are chosen so allowed callers mostly get a 400.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../../server/domain/user.js';
import { getBooking } from '../../../server/store/bookings.js';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { getMessages, markAttemptFailed } from '../../../server/store/outbox.js';
import { bookSeats, layoutForm } from '../../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { Client } from '../../helpers/http.js';
import { pushSales, registerTestKiosk } from '../../helpers/kiosk-fixtures.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

const T = 'charminar-cinemas';
const OTHER = 'hitech-screens';

type Caller = 'signedOut' | 'customer' | 'staffHere' | 'managerElsewhere' | 'managerHere' | 'ownerHere';
const CALLERS: Caller[] = ['signedOut', 'customer', 'staffHere', 'managerElsewhere', 'managerHere', 'ownerHere'];

interface Route {
  method: 'GET' | 'POST';
  path: string;
  /** `json`: API route (401 signed out); `page`: login redirect signed out. */
  kind: 'page' | 'json';
  /** The least role that may use it at the theater. */
  min: StaffRole;
  /** Movies are shared by every theater: any manager may edit them. */
  global?: boolean;
  form?: Record<string, string>;
  json?: unknown;
}

const ids = { screen: '', show: '', booking: '', kiosk: '', lease: '', conflict: '', message: '' };
let env: TestEnv;
const clients = {} as Record<Caller, Client>;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  clients.signedOut = new Client(env.app);
  clients.customer = await customer(env);
  clients.staffHere = await staffMember(env, [{ role: 'staff', theaterIds: [T] }]);
  clients.managerElsewhere = await staffMember(env, [{ role: 'manager', theaterIds: [OTHER] }]);
  clients.managerHere = await staffMember(env, [{ role: 'manager', theaterIds: [T] }]);
  clients.ownerHere = await staffMember(env, [{ role: 'owner', theaterIds: [T] }]);
  const owner = clients.ownerHere;

  await owner.request('POST', '/admin/screens', { form: layoutForm(T, ['rrrrrrrr', 'rrrrrrrr'], { name: 'Roles Screen' }) });
  ids.screen = (await listTheaterScreens(env.db, T)).find((s) => s.name === 'Roles Screen')!.id;
  const res = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId: ids.screen, startsAt: '2026-12-02T18:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 30000 } });
  ids.show = ((await res.json()) as { showtime: { id: string } }).showtime.id;
  ids.booking = (await bookSeats(clients.customer, ids.show, ['A1', 'A2'])).id;
  const b = (await getBooking(env.db, ids.booking))!;
  const [msg] = await getMessages(env.db, b.notificationIds ?? []);
  await markAttemptFailed(env.db, msg, 'SNS refused', null, env.clock.now());
  ids.message = msg.id;

  const kiosk = await registerTestKiosk(env, owner, 'Roles kiosk');
  ids.kiosk = kiosk.id;
  const lease = await owner.post('/api/v1/admin/leases', { kioskId: kiosk.id, showtimeId: ids.show, seats: ['B1', 'B2'] });
  ids.lease = ((await lease.json()) as { lease: { id: string } }).lease.id;
  const gone = (await (await owner.post('/api/v1/admin/leases', { kioskId: kiosk.id, showtimeId: ids.show, seats: ['B8'] })).json()) as { lease: { id: string } };
  const sale = kiosk.sale({ leaseId: gone.lease.id, showtimeId: ids.show, seats: ['B8'] });
  await owner.post(`/api/v1/admin/leases/${gone.lease.id}/revoke`, {});
  expect((await pushSales(env, kiosk, [sale])).results[0].status).toBe('conflict');
  ids.conflict = sale.id;
});
afterAll(() => env.close());

function routes(): Route[] {
  const q = `?theater=${T}`;
  const { screen, show, booking, kiosk, lease, conflict, message } = ids;
  return [
    { method: 'GET', path: `/admin${q}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/dashboard/today.csv${q}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/dashboard/revenue-by-day.csv${q}`, kind: 'page', min: 'manager' },
    { method: 'GET', path: `/admin/theaters${q}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/theaters/new${q}`, kind: 'page', min: 'owner' },
    { method: 'POST', path: `/admin/theaters${q}`, kind: 'page', min: 'owner', form: { name: '' } },
    { method: 'GET', path: `/admin/theaters/${T}/edit${q}`, kind: 'page', min: 'owner' },
    { method: 'POST', path: `/admin/theaters/${T}`, kind: 'page', min: 'owner', form: { name: '' } },
    { method: 'GET', path: `/admin/screens${q}`, kind: 'page', min: 'manager' },
    { method: 'GET', path: `/admin/screens/new${q}`, kind: 'page', min: 'manager' },
    { method: 'POST', path: '/admin/screens', kind: 'page', min: 'manager', form: { theaterId: T, rowCount: '0', name: 'x' } },
    { method: 'GET', path: `/admin/screens/${screen}/layout${q}`, kind: 'page', min: 'manager' },
    { method: 'POST', path: `/admin/screens/${screen}/layout`, kind: 'page', min: 'manager', form: { theaterId: T, rowCount: '0' } },
    { method: 'POST', path: '/admin/layout-preview', kind: 'page', min: 'manager', form: { theaterId: T, rowCount: '1', label_0: 'A', cells_0: 'rr' } },
    { method: 'GET', path: '/admin/movies', kind: 'page', min: 'manager', global: true },
    { method: 'GET', path: '/admin/movies/new', kind: 'page', min: 'manager', global: true },
    { method: 'POST', path: '/admin/movies', kind: 'page', min: 'manager', global: true, form: { title: '' } },
    { method: 'GET', path: '/admin/movies/chai-and-chaos/edit', kind: 'page', min: 'manager', global: true },
    { method: 'POST', path: '/admin/movies/chai-and-chaos', kind: 'page', min: 'manager', global: true, form: { title: '' } },
    { method: 'POST', path: '/admin/movies/chai-and-chaos/poster', kind: 'page', min: 'manager', global: true, form: { note: 'no file' } },
    { method: 'GET', path: `/admin/showtimes${q}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/showtimes/new${q}`, kind: 'page', min: 'manager' },
    { method: 'POST', path: '/admin/showtimes', kind: 'page', min: 'manager', form: { theaterId: T } },
    { method: 'GET', path: `/admin/showtimes/${show}`, kind: 'page', min: 'staff' },
    { method: 'POST', path: `/admin/showtimes/${show}/prices`, kind: 'page', min: 'manager', form: {} },
    { method: 'POST', path: `/admin/showtimes/${show}/move`, kind: 'page', min: 'manager', form: {} },
    { method: 'POST', path: `/admin/showtimes/${show}/cancel`, kind: 'page', min: 'manager', form: {} },
    { method: 'GET', path: `/admin/showtimes/${show}/sell`, kind: 'page', min: 'staff' },
    { method: 'POST', path: `/admin/showtimes/${show}/sell`, kind: 'page', min: 'staff', form: { saleKey: 'roles-sale-key-1', method: 'cash' } },
    { method: 'GET', path: `/admin/bookings${q}&q=${booking}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/bookings/${booking}`, kind: 'page', min: 'staff' },
    { method: 'GET', path: `/admin/bookings/${booking}/ticket.pdf`, kind: 'page', min: 'staff' },
    { method: 'POST', path: `/admin/bookings/${booking}/resend`, kind: 'page', min: 'staff', form: {} },
    { method: 'POST', path: `/admin/bookings/${booking}/cancel`, kind: 'page', min: 'manager', form: { mode: 'neither' } },
    { method: 'POST', path: `/admin/bookings/${booking}/refund`, kind: 'page', min: 'manager', form: {} },
    { method: 'GET', path: `/admin/reports${q}`, kind: 'page', min: 'manager' },
    { method: 'GET', path: `/admin/reports/top-movies.csv${q}`, kind: 'page', min: 'manager' },
    { method: 'GET', path: `/admin/audit${q}`, kind: 'page', min: 'owner' },
    { method: 'GET', path: `/admin/messages${q}`, kind: 'page', min: 'staff' },
    { method: 'POST', path: `/admin/messages/${message}/retry${q}`, kind: 'page', min: 'staff', form: {} },
    { method: 'GET', path: `/admin/kiosks${q}`, kind: 'page', min: 'manager' },
    { method: 'POST', path: `/admin/kiosks${q}`, kind: 'page', min: 'manager', form: { name: '' } },
    { method: 'POST', path: '/admin/leases', kind: 'page', min: 'manager', form: { kioskId: kiosk, showtimeId: show, seats: '' } },
    { method: 'POST', path: `/admin/leases/${lease}/return${q}`, kind: 'page', min: 'manager', form: {} },
    { method: 'POST', path: `/admin/conflicts/${conflict}/resolve${q}`, kind: 'page', min: 'manager', form: { action: 'reseat', seats: '' } },
    { method: 'POST', path: `/admin/kiosks/${kiosk}/revoke${q}`, kind: 'page', min: 'manager', form: {} },
    { method: 'GET', path: `/admin/staff${q}`, kind: 'page', min: 'manager' },
    { method: 'POST', path: `/admin/staff/invite${q}`, kind: 'page', min: 'manager', form: { email: '', role: 'staff' } },
    { method: 'POST', path: `/admin/staff/nobody/remove${q}`, kind: 'page', min: 'manager', form: {} },
    { method: 'POST', path: `/admin/staff/invites/NOBODY000000/resend${q}`, kind: 'page', min: 'manager', form: {} },
    { method: 'POST', path: `/admin/staff/invites/NOBODY000000/withdraw${q}`, kind: 'page', min: 'manager', form: {} },
    // Reviews belong to movies, which every theater shares: any manager or owner moderates them.
    { method: 'GET', path: '/admin/reviews?movie=chai-and-chaos', kind: 'page', min: 'manager', global: true },
    { method: 'POST', path: '/admin/reviews/chai-and-chaos/nobody/hide', kind: 'page', min: 'manager', global: true, form: { reason: '' } },
    { method: 'POST', path: '/admin/reviews/chai-and-chaos/nobody/unhide', kind: 'page', min: 'manager', global: true, form: {} },
    {
      method: 'POST',
      path: '/api/v1/admin/showtimes',
      kind: 'json',
      min: 'manager',
      json: { movieId: 'chai-and-chaos', screenId: screen, startsAt: '2026-11-20T10:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 100 } },
    },
    { method: 'GET', path: `/api/v1/admin/showtimes/${show}/report`, kind: 'json', min: 'manager' },
  ];
}

const RANK: Record<StaffRole, number> = { staff: 1, manager: 2, owner: 3 };

function expected(route: Route, caller: Caller): 'allowed' | 'forbidden' | 'unauthenticated' {
  switch (caller) {
    case 'signedOut':
      return 'unauthenticated';
    case 'customer':
      return 'forbidden';
    case 'staffHere':
      return route.min === 'staff' ? 'allowed' : 'forbidden';
    case 'managerHere':
      return RANK[route.min] <= RANK.manager ? 'allowed' : 'forbidden';
    case 'ownerHere':
      return 'allowed';
    case 'managerElsewhere':
      return route.global && RANK[route.min] <= RANK.manager ? 'allowed' : 'forbidden';
  }
}

async function call(route: Route, caller: Caller): Promise<Response> {
  const c = clients[caller];
  if (route.json !== undefined) return c.request(route.method, route.path, { json: route.json });
  if (route.form) return c.request(route.method, route.path, { form: route.form });
  return c.request(route.method, route.path);
}

function outcome(res: Response): 'allowed' | 'forbidden' | 'unauthenticated' {
  if (res.status === 401) return 'unauthenticated';
  if (res.status === 303 && (res.headers.get('location') ?? '').startsWith('/login')) return 'unauthenticated';
  if (res.status === 403) return 'forbidden';
  return 'allowed';
}

describe('role × route', () => {
  it('answers every admin route as the permission table says', async () => {
    const table = routes();
    expect(table.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const route of table) {
      for (const caller of CALLERS) {
        const res = await call(route, caller);
        const got = outcome(res);
        const want = expected(route, caller);
        if (got !== want) wrong.push(`${route.method} ${route.path} as ${caller}: ${want} expected, got ${res.status}`);
        if (want === 'unauthenticated') {
          // Pages send people to log in; the JSON API answers 401.
          expect(res.status, `${route.method} ${route.path}`).toBe(route.kind === 'json' ? 401 : 303);
        }
        if (want === 'allowed') expect(res.status, `${route.method} ${route.path} as ${caller}`).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
  });
});
