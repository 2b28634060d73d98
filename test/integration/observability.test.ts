import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { DEFAULT_RATE_LIMITS } from '../../server/auth/rate-limiter.js';
import { freePort } from '../../server/local/free-port.js';
import { requestContext } from '../../server/log.js';
import { createDb } from '../../server/store/db.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, ORIGIN, type TestEnv } from '../helpers/test-app.js';

const SHOW = 'charminar-cinemas-1-20261203-2030';
type Line = { level: string; msg: string; extra: Record<string, unknown>; requestId?: string };

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

function appWith(lines: Line[], over: { db?: TestEnv['db']; metricsToken?: string } = {}) {
  return createApp({
    config: { allowedOrigins: [ORIGIN], publicUrl: ORIGIN, secureCookies: false, holdMinutes: 10, metricsToken: over.metricsToken },
    db: over.db ?? env.db,
    appSecret: 'test-secret-test-secret-test-secret-0123456789',
    clock: env.clock.now,
    log: (level, msg, extra) => lines.push({ level, msg, extra: extra ?? {}, requestId: requestContext.getStore()?.requestId }),
    rateLimits: 'off',
    messagesWaiting: () => undefined,
  });
}

/** Sample value of one series in a Prometheus text exposition (0 when absent). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('request ids and request lines', () => {
  it('answers the caller’s x-request-id (or a new one) and logs one JSON-ready line per request', async () => {
    const lines: Line[] = [];
    const app = appWith(lines);
    const mine = await app.request('/api/v1/cities', { headers: { 'x-request-id': 'lb-4f2a.77' } });
    expect(mine.headers.get('x-request-id')).toBe('lb-4f2a.77');
    const made = await app.request('/api/v1/showtimes/no-such-show', { headers: { 'x-request-id': 'has spaces <and> junk' } });
    expect(made.status).toBe(404);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0].extra).toMatchObject({ requestId: 'lb-4f2a.77', method: 'GET', path: '/api/v1/cities', route: '/api/v1/cities', status: 200 });
    expect(requests[1].extra).toMatchObject({ method: 'GET', route: '/api/v1/showtimes/:id', status: 404, code: 'not_found', requestId: made.headers.get('x-request-id') });
    expect(typeof requests[0].extra.ms).toBe('number');
    // Probes are not logged.
    await app.request('/livez');
    expect(lines.filter((l) => l.msg === 'request')).toHaveLength(2);
  });

  it('writes the request id on every log line made while handling the request', async () => {
    const lines: Line[] = [];
    const dead = createDb({ endpoint: `http://127.0.0.1:${await freePort()}`, region: 'ap-south-1', tableName: 'nowhere' });
    const res = await appWith(lines, { db: dead }).request('/api/v1/cities', { headers: { 'x-request-id': 'trace-me-1' } });
    dead.client.destroy();
    expect(res.status).toBe(503);
    const failed = lines.find((l) => l.msg === 'request failed');
    expect(failed?.requestId).toBe('trace-me-1');
    expect(lines.find((l) => l.msg === 'request')?.extra).toMatchObject({ status: 503, code: 'store_unavailable', requestId: 'trace-me-1' });
  });
});

describe('GET /metrics', () => {
  it('counts requests by route and status, latency, bookings, holds, conflicts and the outbox backlog in Prometheus text', async () => {
    const lines: Line[] = [];
    const app = appWith(lines);
    const read = async () => {
      const res = await app.request('/metrics');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
      return res.text();
    };
    const before = await read();
    const a = await customer(env);
    const b = await customer(env);
    const ca = new Client(app);
    ca.cookies = a.cookies;
    const cb = new Client(app);
    cb.cookies = b.cookies;
    const hold = (await (await ca.post('/api/v1/holds', { showtimeId: SHOW, seats: ['E1', 'E2'] })).json()) as { hold: { id: string } };
    expect((await cb.post('/api/v1/holds', { showtimeId: SHOW, seats: ['E2', 'E3'] })).status).toBe(409);
    expect((await ca.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'metrics-1' })).status).toBe(201);
    await ca.get(`/api/v1/showtimes/${SHOW}/seats`);

    const after = await read();
    const delta = (series: string) => sample(after, series) - sample(before, series);
    expect(delta('moviemagic_http_requests_total{method="POST",route="/api/v1/holds",status="201"}')).toBe(1);
    expect(delta('moviemagic_http_requests_total{method="POST",route="/api/v1/holds",status="409"}')).toBe(1);
    expect(delta('moviemagic_http_requests_total{method="POST",route="/api/v1/bookings",status="201"}')).toBe(1);
    expect(delta('moviemagic_refusals_total{code="seats_unavailable"}')).toBe(1);
    expect(delta('moviemagic_bookings_total')).toBe(1);
    expect(delta('moviemagic_booked_seats_total')).toBe(2);
    expect(delta('moviemagic_holds_total{result="placed"}')).toBe(1);
    expect(delta('moviemagic_holds_total{result="seats_taken"}')).toBe(1);
    expect(after).toContain('moviemagic_http_request_duration_seconds_bucket{method="GET",route="/api/v1/showtimes/:id/seats",le="+Inf"} 1');
    expect(after).toContain('# TYPE moviemagic_store_transaction_conflicts_total counter');
    expect(after).toContain('# TYPE moviemagic_outbox_due_messages gauge');
    expect(sample(after, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);

    // Every sample line is valid exposition syntax.
    for (const line of after.trim().split('\n')) {
      if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
      expect(line).toMatch(/^[a-z_:][a-z0-9_:]*(\{([a-z_]+="[^"]*",?)*\})? -?\d+(\.\d+)?(e[+-]?\d+)?$/);
    }
  });

  it('counts the outbox backlog', async () => {
    const res = await (await appWith([]).request('/metrics')).text();
    // The confirmation above waits in the outbox (no dispatcher runs in this file).
    expect(sample(res, 'moviemagic_outbox_due_messages')).toBeGreaterThanOrEqual(1);
    expect(sample(res, 'moviemagic_outbox_backlog_readable')).toBe(1);
  });

  it('wants the token when METRICS_TOKEN is set', async () => {
    const app = appWith([], { metricsToken: 'metrics-token-0123456789' });
    expect((await app.request('/metrics')).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789x' } })).status).toBe(401);
    expect((await app.request('/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789' } })).status).toBe(200);
  });
});
