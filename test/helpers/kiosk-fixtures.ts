import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { newBookingId } from '../../server/domain/booking-id.js';
import { signSale, type KioskSale } from '../../server/domain/kiosk-sale.js';
import { quote } from '../../server/domain/pricing.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { DEMO_ACCOUNTS } from '../../server/local/demo-data.js';
import { Client } from './http.js';
import type { TestEnv } from './test-app.js';

export const DEMO_TEST_PASSWORD = 'demo-password-for-tests';
export const KIOSK_THEATER = 'charminar-cinemas';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

/** A demo account signed in (withDemoData must have run): the owner manages kiosks and leases. */
export async function demoLogin(env: TestEnv, who: 'owner' | 'staff' | 'customer'): Promise<Client> {
  const c = new Client(env.app);
  const res = await c.post('/api/v1/auth/login', { email: DEMO_ACCOUNTS[who], password: DEMO_TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`demo ${who} login failed: ${res.status}`);
  return c;
}

export interface TestKiosk {
  id: string;
  token: string;
  privateKey: KeyObject;
  request(method: string, path: string, json?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A sale of leased seats, signed with this kiosk's key. */
  sale(opts: { leaseId: string; showtimeId: string; seats: string[]; soldAt?: Date; types?: SeatType[]; email?: string }): KioskSale;
}

/** Registers a kiosk through the admin API and gives it a signing key, as a kiosk node does at its first sync. */
export async function registerTestKiosk(env: TestEnv, owner: Client, name = 'Counter 1', theaterId = KIOSK_THEATER): Promise<TestKiosk> {
  const res = await owner.post('/api/v1/admin/kiosks', { theaterId, name });
  if (res.status !== 201) throw new Error(`kiosk registration failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as Json;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kiosk: TestKiosk = {
    id: body.kiosk.id,
    token: body.token,
    privateKey,
    request: async (method, path, json, headers = {}) =>
      env.app.request(`/api/v1/kiosk${path}`, {
        method,
        headers: { authorization: `Bearer ${body.token}`, ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        body: json !== undefined ? JSON.stringify(json) : undefined,
      }),
    sale: (o) =>
      signSale(
        {
          id: randomUUID(),
          kioskId: body.kiosk.id,
          leaseId: o.leaseId,
          showtimeId: o.showtimeId,
          seats: o.seats,
          bookingId: newBookingId(o.soldAt ?? env.clock.now(), 'Asia/Kolkata'),
          payment: { method: 'cash' },
          quote: quote({ seats: o.seats.map((id, i) => ({ id, type: o.types?.[i] ?? 'regular' })), prices: { regular: 32000, premium: 42000 }, convenienceFeeBps: 0 }),
          soldAt: (o.soldAt ?? env.clock.now()).toISOString(),
          soldBy: 'demo-staff',
          ...(o.email ? { customer: { name: 'Walk-in', email: o.email } } : {}),
        },
        privateKey,
      ),
  };
  const key = await kiosk.request('POST', '/key', { publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64') });
  if (key.status !== 204) throw new Error(`kiosk key not accepted: ${key.status}`);
  return kiosk;
}

/** Pushes sales as a kiosk node does, with its clock. */
export async function pushSales(env: TestEnv, kiosk: TestKiosk, sales: KioskSale[], kioskNow = env.clock.now()): Promise<Json> {
  const res = await kiosk.request('POST', '/sales', { kioskNow: kioskNow.toISOString(), sales });
  if (res.status !== 200) throw new Error(`push failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Json;
}
