import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Lifecycle } from '../ops/lifecycle.js';
import { Gauge, metrics } from '../ops/metrics.js';
import type { Db } from '../store/db.js';
import { outboxBacklog } from '../store/outbox-backlog.js';

/** The outbox is counted at most every 15 s per process, however often Prometheus scrapes. */
const BACKLOG_TTL_MS = 15_000;

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * `GET /metrics` in Prometheus text format: this process's requests by route and status, latency
 * histograms, refusals by code, bookings, holds, transaction conflicts, store retries, the
 * outbox backlog and process memory/CPU. With METRICS_TOKEN set it wants `Authorization:
 * Bearer <token>`; either way it belongs on the private network, not the public listener.
 */
export function metricsRoutes(deps: { db: Db; clock: () => Date; lifecycle: Lifecycle; token?: string }): Hono {
  const app = new Hono();
  let backlog = { due: 0, failed: 0, at: 0, ok: false };

  async function readBacklog() {
    if (Date.now() - backlog.at < BACKLOG_TTL_MS) return;
    backlog.at = Date.now();
    try {
      backlog = { ...(await outboxBacklog(deps.db, deps.clock())), at: Date.now(), ok: true };
    } catch {
      backlog = { ...backlog, ok: false };
    }
  }

  app.get('/metrics', async (c) => {
    if (deps.token && !tokenMatches(c.req.header('authorization'), deps.token)) {
      return c.json({ error: { code: 'unauthenticated', message: 'Send the metrics token.' } }, 401);
    }
    await readBacklog();
    const mem = process.memoryUsage();
    const cpu = process.cpuUsage();
    const gauges = [
      new Gauge('moviemagic_requests_in_flight', 'Requests being handled right now.', () => deps.lifecycle.requestsInFlight),
      new Gauge('moviemagic_outbox_due_messages', 'Messages due and not yet sent (capped at 1000; counted every 15 s).', () => backlog.due),
      new Gauge('moviemagic_outbox_failed_messages', 'Messages that gave up after every retry (capped at 1000).', () => backlog.failed),
      new Gauge('moviemagic_outbox_backlog_readable', '1 when the last backlog count succeeded.', () => (backlog.ok ? 1 : 0)),
      new Gauge('process_resident_memory_bytes', 'Resident memory of this process.', () => mem.rss),
      new Gauge('nodejs_heap_used_bytes', 'V8 heap in use.', () => mem.heapUsed),
      new Gauge('process_cpu_seconds_total', 'CPU time used by this process (user + system).', () => (cpu.user + cpu.system) / 1e6),
      new Gauge('process_uptime_seconds', 'Seconds since this process started.', () => Math.round(process.uptime())),
    ];
    const body = [...Object.values(metrics), ...gauges].map((m) => m.render()).join('\n\n');
    return c.body(`${body}\n`, 200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' });
  });
  return app;
}
