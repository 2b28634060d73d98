import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password.js';
import { createUser } from '../../server/store/users.js';
import { customer } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { seeded } from '../helpers/remote-flash-sale.js';
import { SMALL_SHOWS, seedSmallWorld } from '../helpers/small-world.js';
import { createTestEnv, ORIGIN, type TestEnv } from '../helpers/test-app.js';

// Every route of the real app, enumerated from the Hono app itself, gets random and malformed
// input (seeded, so a failure can be replayed): odd path parameters, broken JSON, wrong types,
// form and multipart garbage, wrong content types, strange headers, anonymous or signed in as a
// customer or a theater owner. No answer may be a 5xx, and a refused request may not change
// what the store holds.
const SEED = 20261201;
const CASES_PER_ROUTE = 6;
/** A stream that stays open by design; its refusals are checked below with a bad `since`. */
const STREAMS = new Set(['/showtimes/:id/seat-events']);
/** Routes that end the session they are sent with: sent without one, so the fuzz keeps its sign-ins. */
const SIGN_OUT = new Set(['/logout', '/api/v1/auth/logout', '/account/sign-out-everywhere', '/api/v1/me/sign-out-everywhere']);
/** State a refusal is meant to leave: rate-limit counters, and the idempotency record that replays a refused booking. */
const MEANT_TO_CHANGE = /^(RATE#|IDEM#)/;

let env: TestEnv;
let clients: Record<'anonymous' | 'customer' | 'owner', Client>;
beforeAll(async () => {
  env = await createTestEnv();
  await seedSmallWorld(env.db, env.clock.now());
  const owner = new Client(env.app);
  const email = 'fuzz-owner@example.in';
  await createUser(env.db, {
    id: randomUUID(),
    email,
    name: 'Fuzz Owner',
    phone: null,
    emailVerified: true,
    roles: [{ role: 'owner', theaterIds: ['charminar-cinemas'] }],
    createdAt: env.clock.now().toISOString(),
    passwordHash: await hashPassword('fuzz-owner-password'),
  });
  expect((await owner.post('/api/v1/auth/login', { email, password: 'fuzz-owner-password' })).status).toBe(200);
  clients = { anonymous: new Client(env.app), customer: await customer(env), owner };
});
afterAll(() => env.close());

const WEIRD = ['', ' ', '0', '-1', '1e309', 'null', 'undefined', '%00', '..%2F..%2Fpackage.json', '💥🎬', '<script>alert(1)</script>', "' OR 1=1 --", 'a'.repeat(2000), 'MVM-20261203-ZZZZZZZZ', SMALL_SHOWS.seventyA, 'charminar-cinemas', randomUUID()];
const FIELDS = ['email', 'password', 'name', 'phone', 'code', 'showtimeId', 'seats', 'holdId', 'payment', 'method', 'token', 'smsOptIn', 'language', 'display', 'next', '_csrf', 'movieId', 'screenId', 'theaterId', 'startsAt', 'prices', 'format', 'kioskId', 'endsAt', 'seatsTotal', 'title', 'timezone', 'rows', 'amountMinor', 'reason', 'sales', 'scans', 'toggle', 'lang', 'date', 'time', 'repeat', 'days'];

function fuzzer(rand: () => number) {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const value = (depth: number): unknown => {
    const r = rand();
    if (r < 0.12) return null;
    if (r < 0.2) return rand() < 0.5;
    if (r < 0.35) return pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, 32000, 10]);
    if (r < 0.6) return pick(WEIRD);
    if (r < 0.65) return SMALL_SHOWS.grandA;
    if (r < 0.8 && depth < 3) return Array.from({ length: Math.floor(rand() * 5) }, () => value(depth + 1));
    if (depth < 3) return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, () => [pick(FIELDS), value(depth + 1)]));
    return pick(WEIRD);
  };
  const body = (): { type?: string; body?: string } => {
    const r = rand();
    if (r < 0.35) return { type: 'application/json', body: JSON.stringify(value(0)) };
    if (r < 0.45) return { type: 'application/json', body: pick(['{', '{"a":', '[1,2', 'nul', '"\\u0000"', '{"seats":[', '\u0000\u0001\u0002', '{"__proto__":{"admin":true}}']) };
    if (r < 0.65) {
      const form = new URLSearchParams();
      for (let i = 0; i < 1 + Math.floor(rand() * 5); i++) form.append(pick(FIELDS), String(value(2)));
      return { type: 'application/x-www-form-urlencoded', body: form.toString() };
    }
    if (r < 0.75) {
      const boundary = pick(['xyz', '', '--', 'a'.repeat(80)]);
      return { type: `multipart/form-data; boundary=${boundary}`, body: `--${boundary}\r\nContent-Disposition: form-data; name="${pick(FIELDS)}"${rand() < 0.5 ? '; filename="x.png"' : ''}\r\n\r\n${String(value(2))}\r\n--${boundary}${rand() < 0.5 ? '--' : ''}` };
    }
    if (r < 0.85) return { type: pick(['text/plain', 'application/xml', 'image/png', 'application/json; charset=utf-16', '']), body: String(value(1)) };
    return {};
  };
  const query = (): string => {
    if (rand() < 0.5) return '';
    const q = new URLSearchParams();
    for (let i = 0; i < 1 + Math.floor(rand() * 4); i++) q.append(pick([...FIELDS, 'city', 'movie', 'theater', 'since', 'view', 'seats', 'includePast', 'verified', 'page', 'after']), String(value(2)));
    return `?${q.toString()}`;
  };
  return { pick, body, query };
}

function fillPath(path: string, f: ReturnType<typeof fuzzer>): string {
  return path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, (_m, _name, pattern?: string) => {
    if (pattern && f.pick([true, false])) return 'daily-sales.csv';
    return encodeURIComponent(f.pick(WEIRD)) || 'x';
  });
}

async function fingerprint(): Promise<string> {
  const items = (await env.scanAll()).filter((i) => !MEANT_TO_CHANGE.test(String(i.pk)));
  items.sort((a, b) => `${String(a.pk)}|${String(a.sk)}`.localeCompare(`${String(b.pk)}|${String(b.sk)}`));
  return createHash('sha256').update(JSON.stringify(items)).digest('hex');
}

it('never answers 5xx and never changes state on a refusal, whatever a client sends to any route', async () => {
  const rand = seeded(SEED);
  const f = fuzzer(rand);
  const routes = [...new Map(env.app.routes.filter((r) => r.method !== 'ALL' && !STREAMS.has(r.path)).map((r) => [`${r.method} ${r.path}`, r])).values()];
  expect(routes.length).toBeGreaterThan(60);
  const failures: string[] = [];
  const changed: string[] = [];
  const statuses = new Map<number, number>();
  let state = await fingerprint();
  for (const route of routes) {
    for (let n = 0; n < CASES_PER_ROUTE; n++) {
      const who = f.pick(['anonymous', 'customer', 'owner'] as const);
      const { type, body } = route.method === 'GET' ? {} : f.body();
      const headers: Record<string, string> = {};
      if (type) headers['content-type'] = type;
      if (rand() < 0.8) headers.origin = ORIGIN;
      if (clients[who].cookies.size && rand() < 0.9 && !SIGN_OUT.has(route.path)) headers.cookie = clients[who].cookieHeader();
      if (rand() < 0.15) headers.authorization = f.pick(['Bearer ', 'Bearer x', `Bearer ${'k'.repeat(500)}`, 'Basic Zm9vOmJhcg==', 'Bearer kiosk_123.abc']);
      if (rand() < 0.15) headers['idempotency-key'] = String(f.pick(WEIRD)).slice(0, 300);
      if (rand() < 0.1) headers['x-csrf-token'] = String(f.pick(WEIRD)).slice(0, 300);
      if (rand() < 0.1) headers['accept-language'] = f.pick(['hi', 'te', 'xx', '*;q=0', '💥']);
      // HTTP header values are bytes: a client cannot send an emoji in one, so neither does this.
      for (const k of Object.keys(headers)) headers[k] = headers[k].replace(/[^\x20-\x7e]/g, '?');
      const url = `${fillPath(route.path, f)}${f.query()}`;
      const res = await env.app.request(url, { method: route.method, headers, body: route.method === 'GET' ? undefined : body });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const label = `${route.method} ${url.slice(0, 120)} as ${who} [${type ?? 'no body'}] → ${res.status}`;
      if (res.status >= 500) failures.push(label);
      const now = await fingerprint();
      if (now !== state && res.status >= 400) changed.push(label);
      state = now;
    }
  }
  console.log(`${routes.length} routes × ${CASES_PER_ROUTE} cases; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(failures).toEqual([]);
  expect(changed).toEqual([]);
});

it('refuses a live-update stream with a malformed `since` without opening it', async () => {
  for (const since of ['', 'yesterday', '2026-13-45T99:99:99Z', '%00']) {
    const res = await env.app.request(`/showtimes/${SMALL_SHOWS.seventyA}/seat-events?since=${encodeURIComponent(since)}`);
    expect(res.status, since).toBe(400);
  }
});
