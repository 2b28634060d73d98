import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBooking } from '../../../server/store/bookings.js';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { getMessages, markAttemptFailed } from '../../../server/store/outbox.js';
import { bookSeats, layoutForm } from '../../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { Client } from '../../helpers/http.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;
let show: string;
const made: { id: string; totalMinor: number; seats: number; channel: string }[] = [];

function sell(client: Client, showId: string, seats: string[], fields: Record<string, string>) {
  const body = new URLSearchParams(fields);
  for (const s of seats) body.append('seats', s);
  return env.app.request(`/admin/showtimes/${showId}/sell`, {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', cookie: client.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

/** CSV rows as objects by header. */
function csv(text: string): Record<string, string>[] {
  const [head, ...rows] = text.replace(/^\ufeff/, '').trim().split('\r\n');
  const cols = head.split(',');
  return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
}

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas', 'hitech-screens'] }]);
  await owner.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrrrrrr', 'rrrrrrrrrr', 'pppppppppp'], { name: 'Report Screen' }) });
  const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Report Screen')!.id;
  // Today (the test clock says 12:00 IST on 1 Dec), later in the evening.
  const res = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt: '2026-12-01T19:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 25000, premium: 35000 } });
  show = ((await res.json()) as { showtime: { id: string } }).showtime.id;

  const [a, b] = [await customer(env), await customer(env)];
  for (const [c, seats] of [[a, ['A1', 'A2', 'C1']], [b, ['B5']]] as const) {
    const bk = await bookSeats(c, show, [...seats]);
    made.push({ id: bk.id, totalMinor: bk.quote.totalMinor, seats: seats.length, channel: 'online' });
  }
  const counter = await sell(owner, show, ['B1', 'B2'], { saleKey: 'report-counter-sale-1', method: 'cash' });
  const counterId = counter.headers.get('location')!.match(/MVM-[\w-]+/)![0];
  const cb = (await getBooking(env.db, counterId))!;
  made.push({ id: cb.id, totalMinor: cb.quote.totalMinor, seats: 2, channel: 'counter' });
  // Someone is choosing right now: a live hold counts as held, not sold.
  const holder = await customer(env);
  expect((await holder.post('/api/v1/holds', { showtimeId: show, seats: ['C9'] })).status).toBe(201);
});
afterAll(() => env.close());

describe('GET /api/v1/admin/showtimes/:id/report', () => {
  it('equals the bookings made: seats sold and held, revenue, bookings', async () => {
    const res = await owner.get(`/api/v1/admin/showtimes/${show}/report`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      seatsTotal: 30,
      seatsSold: made.reduce((s, m) => s + m.seats, 0),
      seatsHeld: 1,
      seatsLeased: 0,
      revenueMinor: made.reduce((s, m) => s + m.totalMinor, 0),
      bookings: made.length,
    });
  });

  it('follows a cancellation: its seats and booking leave, the money kept stays', async () => {
    const [a] = made;
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    expect((await manager.request('POST', `/admin/bookings/${a.id}/cancel`, { form: { mode: 'full' } })).status).toBe(303);
    const report = (await (await owner.get(`/api/v1/admin/showtimes/${show}/report`)).json()) as Record<string, number>;
    expect(report).toMatchObject({
      seatsSold: made.slice(1).reduce((s, m) => s + m.seats, 0),
      bookings: made.length - 1,
      revenueMinor: made.slice(1).reduce((s, m) => s + m.totalMinor, 0),
    });
    made.shift();
  });

  it('is for managers and owners of the show\u2019s theater only', async () => {
    expect((await new Client(env.app).get(`/api/v1/admin/showtimes/${show}/report`)).status).toBe(401);
    expect((await (await customer(env)).get(`/api/v1/admin/showtimes/${show}/report`)).status).toBe(403);
    expect((await (await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }])).get(`/api/v1/admin/showtimes/${show}/report`)).status).toBe(403);
    expect((await (await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }])).get(`/api/v1/admin/showtimes/${show}/report`)).status).toBe(403);
    expect((await owner.get('/api/v1/admin/showtimes/no-such-show/report')).status).toBe(404);
  });
});

describe('report pages, charts and CSV', () => {
  it('shows occupancy, revenue and channels from the aggregates, each chart with its table and CSV', async () => {
    const page = await (await owner.get('/admin/reports?theater=charminar-cinemas&days=7')).text();
    for (const title of ['Revenue by day', 'Occupancy by day', 'Sales by channel', 'Revenue by movie', 'Occupancy by screen', 'Occupancy by show on 2026-12-01', 'Revenue by theater']) {
      expect(page).toContain(title);
    }
    // A chart is an image with a title and a summary, the figures are a real table beside it.
    expect(page).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-revenue-by-day-title chart-revenue-by-day-desc"/);
    expect(page).toContain('<caption>Sales by channel</caption>');
    expect(page).not.toMatch(/style="/);

    const total = made.reduce((s, m) => s + m.totalMinor, 0);
    const channels = csv(await (await owner.get('/admin/reports/sales-by-channel.csv?theater=charminar-cinemas&days=7')).text());
    const online = made.filter((m) => m.channel === 'online');
    expect(channels).toEqual([
      { Channel: 'Online', Bookings: String(online.length), Seats: String(online.reduce((s, m) => s + m.seats, 0)), 'Revenue (INR)': (online.reduce((s, m) => s + m.totalMinor, 0) / 100).toFixed(2) },
      { Channel: 'Counter', Bookings: '1', Seats: '2', 'Revenue (INR)': (made.find((m) => m.channel === 'counter')!.totalMinor / 100).toFixed(2) },
      { Channel: 'Kiosk', Bookings: '0', Seats: '0', 'Revenue (INR)': '0.00' },
    ]);
    const byShow = await owner.get('/admin/reports/occupancy-by-show.csv?theater=charminar-cinemas&days=7&date=2026-12-01');
    expect(byShow.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(byShow.headers.get('content-disposition')).toContain('attachment');
    const row = csv(await byShow.text()).find((r) => r.Screen === 'Report Screen')!;
    expect(row).toMatchObject({ Movie: 'Chai and Chaos', Seats: '30', Sold: String(made.reduce((s, m) => s + m.seats, 0)) });
    const days = csv(await (await owner.get('/admin/reports/revenue-by-day.csv?theater=charminar-cinemas&days=7')).text());
    expect(days).toHaveLength(7);
    // The refunded booking's money left the day's revenue; what was kept stays.
    expect(Number(days.find((d) => d.Date === '2026-12-01')!['Revenue (INR)'])).toBe(total / 100);
    const theaters = csv(await (await owner.get('/admin/reports/revenue-by-theater.csv?theater=charminar-cinemas&days=7')).text());
    expect(theaters.map((t) => t.Theater).sort()).toEqual(['Charminar Cinemas', 'Hitech Screens']);
  });

  it('the dashboard shows today\u2019s shows and figures; box-office staff see only the shows', async () => {
    const html = await (await owner.get('/admin?theater=charminar-cinemas')).text();
    expect(html).toContain('Bookings today');
    expect(html).toContain('Top movies, last 7 days');
    const today = csv(await (await owner.get('/admin/dashboard/today.csv?theater=charminar-cinemas')).text());
    expect(today.find((r) => r.Screen === 'Report Screen')?.Sold).toBe(String(made.reduce((s, m) => s + m.seats, 0)));
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    const own = await (await staff.get('/admin')).text();
    expect(own).toContain('Today&#39;s shows');
    expect(own).not.toContain('Bookings today');
    expect((await staff.get('/admin/dashboard/revenue-by-day.csv?theater=charminar-cinemas')).status).toBe(403);
    expect((await staff.get('/admin/reports?theater=charminar-cinemas')).status).toBe(403);
  });
});

describe('undelivered messages', () => {
  it('lists a failed message to staff of its theater only, and queues it again on retry', async () => {
    const b = (await getBooking(env.db, made[0].id))!;
    const [msg] = await getMessages(env.db, b.notificationIds ?? []);
    await markAttemptFailed(env.db, msg, 'Invalid parameter: Endpoint', null, env.clock.now());
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    const page = await (await staff.get('/admin/messages')).text();
    expect(page).toContain('Invalid parameter: Endpoint');
    expect(page).toContain(b.id);
    const dash = await (await owner.get('/admin?theater=charminar-cinemas')).text();
    expect(dash).toContain('1 customer message could not be delivered');
    const other = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    expect(await (await other.get('/admin/messages')).text()).not.toContain(b.id);
    expect((await other.request('POST', `/admin/messages/${msg.id}/retry`, { form: {} })).status).toBe(403);
    expect((await staff.request('POST', `/admin/messages/${msg.id}/retry`, { form: {} })).status).toBe(303);
    const [again] = await getMessages(env.db, [msg.id]);
    expect(again.status).toBe('pending');
  });
});
