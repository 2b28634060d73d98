import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../helpers/http.js';
import { kioskHarness } from '../helpers/kiosk-harness.js';
import { demoLogin, DEMO_TEST_PASSWORD } from '../helpers/kiosk-fixtures.js';
import { withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

const SHOW = 'charminar-cinemas-1-20261202-2030';

let env: TestEnv;
let staff: Client;

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  const owner = await demoLogin(env, 'owner');
  const reg = (await (await owner.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name: 'Counter 1' })).json()) as { token: string };
  const k = kioskHarness(env, reg.token);
  await k.ctx.sync.syncNow();
  staff = k.browser();
  expect((await staff.post('/api/v1/auth/login', { email: 'staff@demo.moviemagic.in', password: DEMO_TEST_PASSWORD })).status).toBe(200);
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
