import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PRICES, DEMO_THEATERS } from '../../server/local/demo-catalog.js';
import { CONTENT_SECURITY_POLICY, securityHeaders } from '../../server/routes/security-headers.js';
import { putCatalog, testMovie, testShow } from '../helpers/catalog-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

const XSS = '<script>alert(1)</script>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';
const SHOW = 'xss-show-20261202-2315';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  const theater = DEMO_THEATERS.find((t) => t.id === 'charminar-cinemas')!;
  const movie = testMovie('xss-movie', { title: XSS, languages: ['Telugu'] });
  const show = testShow(SHOW, theater, movie, '2026-12-02', '23:15', { screenId: 'charminar-cinemas-1', prices: DEMO_PRICES, seatsTotal: 70 });
  await putCatalog(env.db, { movies: [movie], shows: [show] });
});
afterAll(() => env.close());

describe('security headers', () => {
  it('puts the strict CSP, framing, sniffing and referrer headers on pages, API answers, errors and static files', async () => {
    const c = new Client(env.app);
    for (const path of ['/', '/api/v1/cities', '/no-such-page', '/api/v1/showtimes/nope', '/static/app.css', '/healthz']) {
      const res = await c.get(path);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      // Local mode (secureCookies off): no HSTS, or a developer's browser would pin localhost to HTTPS.
      expect(res.headers.get('strict-transport-security'), path).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  it('adds HSTS outside local mode only', async () => {
    const make = (hsts: boolean) => new Hono().use('*', securityHeaders({ hsts })).get('/', (c) => c.text('ok'));
    expect((await make(true).request('/')).headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect((await make(false).request('/')).headers.get('strict-transport-security')).toBeNull();
  });

  it('tells htmx not to inject styles or evaluate strings, and pages carry no inline script or style', async () => {
    const html = await (await new Client(env.app).get('/search?city=hyderabad')).text();
    expect(html).toContain('<meta name="htmx-config" content="{&quot;includeIndicatorStyles&quot;:false,&quot;allowEval&quot;:false}"/>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
  });
});

it('serves static files only from their own folder', async () => {
  const c = new Client(env.app);
  expect((await c.get('/static/app.css')).status).toBe(200);
  for (const path of ['/static/..%2f..%2fpackage.json', '/static/%2e%2e/%2e%2e/package.json', '/static/../../package.json', '/static/..%5c..%5cpackage.json']) {
    const res = await c.get(path);
    expect(res.status, path).toBe(404);
    expect(await res.text()).not.toContain('"dependencies"');
  }
});

describe('request size limits', () => {
  const big = 'x'.repeat(70 * 1024);
  it('answers 413 payload_too_large for oversized JSON and form bodies on every kind of route', async () => {
    const c = await customer(env);
    const cases: [string, string, Record<string, string>, string][] = [
      ['POST', '/api/v1/auth/register', { 'content-type': 'application/json' }, JSON.stringify({ email: 'a@b.in', password: big, name: 'A' })],
      ['POST', '/api/v1/auth/login', { 'content-type': 'application/json' }, JSON.stringify({ email: 'a@b.in', password: big })],
      ['POST', '/api/v1/holds', { 'content-type': 'application/json' }, JSON.stringify({ showtimeId: SHOW, seats: [big] })],
      ['POST', '/api/v1/bookings', { 'content-type': 'application/json' }, JSON.stringify({ holdId: big })],
      ['PATCH', '/api/v1/me', { 'content-type': 'application/json' }, JSON.stringify({ phone: big })],
      ['POST', '/login', { 'content-type': 'application/x-www-form-urlencoded' }, `email=a%40b.in&password=${big}`],
      ['POST', `/showtimes/${SHOW}/hold`, { 'content-type': 'application/x-www-form-urlencoded' }, `seats=${big}`],
    ];
    for (const [method, path, headers, body] of cases) {
      const raw = await env.app.request(path, { method, headers: { ...headers, origin: 'http://localhost:3000', cookie: c.cookieHeader() }, body });
      expect(raw.status, `${method} ${path}`).toBe(413);
      if (path.startsWith('/api/')) expect(((await raw.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    }
  });
});

describe('output escaping', () => {
  it('shows a user name and a movie title made of markup as text on every page and email that shows them', async () => {
    const c = await customer(env, { name: XSS });
    const showing: string[] = [];
    const check = async (path: string) => {
      const res = await c.get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).not.toContain(XSS);
      if (html.includes(ESCAPED)) showing.push(path);
    };
    const pages: string[] = ['/', '/search?city=hyderabad&date=2026-12-02', '/movies/xss-movie', '/theaters/charminar-cinemas', `/showtimes/${SHOW}`, '/account'];
    for (const path of pages) await check(path);
    const hold = (await (await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['D4', 'D5'] })).json()) as { hold: { id: string } };
    pages.push(`/checkout/${hold.hold.id}`);
    await check(`/checkout/${hold.hold.id}`);
    const bookRes = await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'xss-1' });
    expect(bookRes.status).toBe(201);
    const { booking } = (await bookRes.json()) as { booking: { id: string } };
    for (const path of ['/bookings', `/bookings/${booking.id}`, `/bookings/${booking.id}/cancel`]) {
      pages.push(path);
      await check(path);
    }
    // The title or the name is on each of these pages (home and theater list today's shows only), escaped.
    expect(showing).toEqual(pages.filter((p) => p !== '/theaters/charminar-cinemas' && p !== '/'));

    await env.flushOutbox();
    const mail = env.sink.mailbox.list().find((m) => m.to === c.email && m.html);
    expect(mail?.html).toBeDefined();
    expect(mail!.html).not.toContain(XSS);
    expect(mail!.html).toContain(ESCAPED);
  });
});
