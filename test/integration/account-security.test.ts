import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS } from '../../server/auth/rate-limiter.js';
import { customer, TEST_PASSWORD, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// A 7×10 screen two days after the test clock's today.
const SHOW = 'charminar-cinemas-1-20261203-2030';
const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const WINDOWS_FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: { ...DEFAULT_RATE_LIMITS, holdsPerUser: { limit: 3, windowSeconds: 600 } } });
  await withDemoData(env);
});
afterAll(() => env.close());

describe('holds per customer', () => {
  it('answers 429 rate_limited past the limit, on the API and the seat-map page, and allows holds again in the next window', async () => {
    const c = await customer(env);
    const statuses: number[] = [];
    for (const seat of ['A1', 'A2', 'A3']) statuses.push((await c.post('/api/v1/holds', { showtimeId: SHOW, seats: [seat] })).status);
    expect(statuses).toEqual([201, 201, 201]);
    const refused = await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['A4'] });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Json).error.code).toBe('rate_limited');
    const page = await c.request('POST', `/showtimes/${SHOW}/hold`, { form: { seats: 'A5' } });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Too many attempts');
    // Nothing was held by the refused requests.
    const seats = (await (await c.get(`/api/v1/showtimes/${SHOW}/seats`)).json()) as Json;
    expect(seats.seats.filter((s: Json) => ['A4', 'A5'].includes(s.id)).map((s: Json) => s.status)).toEqual(['available', 'available']);
    // Another customer is not affected.
    expect((await (await customer(env)).post('/api/v1/holds', { showtimeId: SHOW, seats: ['B1'] })).status).toBe(201);

    env.clock.advance(10 * 60_000);
    expect((await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['A6'] })).status).toBe(201);
  });
});

describe('account lockout notice', () => {
  it('emails the owner once when failed logins pause their account, and nobody for an unknown address', async () => {
    const owner = await customer(env);
    const guesser = new Client(env.app);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await guesser.post('/api/v1/auth/login', { email: owner.email, password: `wrong-guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    for (let i = 0; i < 6; i++) await guesser.post('/api/v1/auth/login', { email: 'nobody-here@example.in', password: `wrong-guess-${i}` });

    await env.flushOutbox();
    const notices = env.sink.mailbox.list().filter((m) => m.attributes.kind === 'login_lockout' || /paused/.test(m.subject ?? ''));
    expect(notices.map((m) => m.to)).toEqual([owner.email]);
    expect(notices[0].body).toContain('5 failed attempts');
    expect(notices[0].body).toContain('about 15 minutes');

    // The next window: another burst of failures sends one more notice, not one per failure.
    env.clock.advance(16 * 60_000);
    for (let i = 0; i < 6; i++) await guesser.post('/api/v1/auth/login', { email: owner.email, password: `wrong-again-${i}` });
    await env.flushOutbox();
    expect(env.sink.mailbox.list().filter((m) => m.to === owner.email && /paused/.test(m.subject ?? ''))).toHaveLength(2);
  });
});

describe('sessions', () => {
  it('lists where the account is signed in and signs out everywhere', async () => {
    const someone = await customer(env);
    const phone = new Client(env.app);
    const laptop = new Client(env.app);
    env.clock.advance(60_000);
    expect((await phone.post('/api/v1/auth/login', { email: someone.email, password: TEST_PASSWORD }, { 'user-agent': ANDROID_CHROME })).status).toBe(200);
    env.clock.advance(60_000);
    expect((await laptop.post('/api/v1/auth/login', { email: someone.email, password: TEST_PASSWORD }, { 'user-agent': WINDOWS_FIREFOX })).status).toBe(200);

    const listed = (await (await laptop.get('/api/v1/me/sessions')).json()) as Json;
    // The helper's own login (no browser), the phone and the laptop; this request's session first.
    expect(listed.sessions.map((s: Json) => [s.device, s.current])).toEqual([
      ['Firefox on Windows', true],
      ['Chrome on Android', false],
      ['Unknown device', false],
    ]);
    expect(JSON.stringify(listed)).not.toContain(laptop.cookies.get('mm_session')!);

    const account = await (await phone.get('/account')).text();
    expect(account).toContain('Where you are signed in');
    expect(account).toContain('Chrome on Android');
    expect(account).toContain('Firefox on Windows');
    expect(account).toContain('action="/account/sign-out-everywhere"');

    const out = await phone.request('POST', '/account/sign-out-everywhere', { form: { _csrf: 'unused: same-origin request' } });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/login?signedout=1');
    for (const c of [phone, laptop, someone]) expect((await c.get('/api/v1/me')).status).toBe(401);
    expect(await (await new Client(env.app).get('/login?signedout=1')).text()).toContain('You are signed out on every device.');
    const sessions = (await env.scanAll()).filter((i) => i.type === 'session' && i.userId === someone.userId);
    expect(sessions).toEqual([]);
  });

  it('refuses the session list and sign-out-everywhere without a session', async () => {
    const c = new Client(env.app);
    expect((await c.get('/api/v1/me/sessions')).status).toBe(401);
    expect((await c.post('/api/v1/me/sign-out-everywhere')).status).toBe(401);
  });
});
