import { and, asc, eq, inArray } from 'drizzle-orm';
import { LEASE_MARGIN_MS } from '../../server/domain/lease-rules.js';
import { kioskSalesCloseAt } from '../../server/domain/sales-window.js';
import { cachedShowtime, pendingSales } from '../db/cache-read.js';
import { applySnapshot } from '../db/cache-write.js';
import { getMeta, setMeta } from '../db/meta.js';
import type { KioskDb } from '../db/open-db.js';
import { leases, sales, saleSeats, scans } from '../db/schema.js';
import type { KioskLog } from '../context.js';
import { ServerRefused, ServerUnreachable, type ServerClient } from './server-client.js';
import type { PushResult, SignedSale, Snapshot } from './wire.js';

const MAX_BACKOFF_MS = 60_000;
const RENEW_WITHIN_MS = 15 * 60_000;
const RENEW_BY_MS = 30 * 60_000;
const SCAN_BATCH = 200;

export interface SyncStatus {
  online: boolean;
  lastSyncAt: string | null;
  /** When the cache was last filled from the server (its age is shown on every page). */
  cachedAt: string | null;
  pendingSales: number;
  lastError: string | null;
  /** What kind of problem `lastError` is, for pages in other languages: 'unreachable', the server's error code, or 'error'. */
  lastErrorCode: string | null;
  nextAttemptAt: string | null;
}

export interface SyncEngineDeps {
  db: KioskDb;
  server: ServerClient;
  clock: () => Date;
  publicKey: string;
  token: string;
  intervalMs: number;
  pushBatch: number;
  log: KioskLog;
  /** Resends an online sale whose answer was lost (kiosk/sales/online-sale.ts). */
  resendOnlineSale: (row: typeof sales.$inferSelect) => Promise<unknown>;
}

/**
 * Keeps the kiosk and the server in step: pushes pending sales (each applied once by sale id),
 * returns leases staff gave back, uploads door scans, then pulls a fresh snapshot. Runs on a
 * timer and on demand, one run at a time; while the server is unreachable it backs off 1 s, 2 s,
 * 4 s … up to a minute, and a sale made meanwhile waits in SQLite.
 */
export class SyncEngine {
  private running: Promise<SyncStatus> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private isOnline = false;
  private lastError: string | null = null;
  private lastErrorCode: string | null = null;
  private backoffMs = 0;
  private nextAttemptAt: Date | null = null;
  /** Set by a sale made while a run was under way: run again as soon as it ends. */
  private kicked = false;

  constructor(private readonly deps: SyncEngineDeps) {}

  online(): boolean {
    return this.isOnline;
  }

  markOnline(): void {
    this.isOnline = true;
    this.backoffMs = 0;
  }

  markOffline(err: unknown): void {
    this.isOnline = false;
    this.lastError = (err as Error)?.message ?? String(err);
    this.lastErrorCode = 'unreachable';
  }

  status(): SyncStatus {
    return {
      online: this.isOnline,
      lastSyncAt: getMeta(this.deps.db, 'lastSyncAt') ?? null,
      cachedAt: getMeta(this.deps.db, 'cachedAt') ?? null,
      pendingSales: pendingSales(this.deps.db).length,
      lastError: this.lastError,
      lastErrorCode: this.lastErrorCode,
      nextAttemptAt: this.nextAttemptAt?.toISOString() ?? null,
    };
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Syncs soon (after a sale), without waiting for it; offline, the backoff timer decides. */
  kick(): void {
    if (!this.isOnline || this.stopped) return;
    this.kicked = true;
    if (!this.running) this.schedule(0);
  }

  /** Syncs now (or joins the run in progress) and answers how it went. */
  syncNow(): Promise<SyncStatus> {
    if (!this.running) {
      this.running = this.runOnce().finally(() => {
        this.running = null;
        // Every run sets the next: at once after a sale made meanwhile, else the interval, or the backoff while offline.
        this.schedule(this.kicked && this.isOnline ? 0 : this.isOnline ? this.deps.intervalMs : this.backoffMs);
      });
    }
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.nextAttemptAt = new Date(this.deps.clock().getTime() + ms);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.syncNow();
    }, ms);
    this.timer.unref?.();
  }

  private async runOnce(): Promise<SyncStatus> {
    this.kicked = false;
    try {
      await this.registerKey();
      await this.pushOnlineSales();
      await this.pushLeaseSales();
      this.returnDueAutoLeases();
      await this.returnLeases();
      await this.renewLeases();
      await this.askForAutoLeases();
      await this.uploadScans();
      await this.pull();
      setMeta(this.deps.db, 'lastSyncAt', this.deps.clock().toISOString());
      this.lastError = null;
      this.lastErrorCode = null;
      this.markOnline();
    } catch (err) {
      if (err instanceof ServerUnreachable) {
        this.markOffline(err);
        this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs ? this.backoffMs * 2 : 1000);
      } else {
        // The server answered but refused (a revoked token, a bug): keep selling from the cache, try again later.
        this.lastError = (err as Error).message;
        this.lastErrorCode = err instanceof ServerRefused ? err.code : 'error';
        this.isOnline = !(err instanceof ServerRefused && err.status === 401);
        this.backoffMs = this.deps.intervalMs;
        this.deps.log('error', 'sync failed', { error: (err as Error).message });
      }
    }
    return this.status();
  }

  private async registerKey(): Promise<void> {
    const { db } = this.deps;
    if (getMeta(db, 'keyRegistered') && getMeta(db, 'keyToken') === this.deps.token) return;
    await this.deps.server.request('POST', '/key', { publicKey: this.deps.publicKey });
    setMeta(db, 'keyRegistered', true);
    setMeta(db, 'keyToken', this.deps.token);
  }

  private async pushOnlineSales(): Promise<void> {
    const rows = this.deps.db.select().from(sales).where(eq(sales.status, 'sending')).orderBy(asc(sales.soldAt)).all();
    for (const row of rows) {
      await this.deps.resendOnlineSale(row).catch((err: unknown) => {
        if (err instanceof ServerUnreachable) throw err;
        // Refused: sendOnlineSale has marked it failed; it waits in the queue for staff.
      });
    }
  }

  private async pushLeaseSales(): Promise<void> {
    const { db } = this.deps;
    const pending = db.select().from(sales).where(eq(sales.status, 'pending')).orderBy(asc(sales.soldAt)).all();
    for (let i = 0; i < pending.length; i += this.deps.pushBatch) {
      const batch = pending.slice(i, i + this.deps.pushBatch);
      const out = await this.deps.server.request<PushResult>('POST', '/sales', {
        kioskNow: this.deps.clock().toISOString(),
        sales: batch.map((r) => JSON.parse(r.signed!) as SignedSale),
      });
      setMeta(db, 'clockSkewMs', out.clockSkewMs);
      const at = this.deps.clock().toISOString();
      db.transaction((tx) => {
        for (const r of out.results) {
          if (r.status === 'applied') {
            tx.update(sales).set({ status: 'synced', syncedAt: at }).where(eq(sales.id, r.saleId)).run();
          } else {
            // Never applied: the seats are not this kiosk's any more; staff reseat or refund.
            tx.update(sales)
              .set({ status: r.status === 'resolved' ? 'resolved' : r.status === 'invalid' ? 'failed' : 'conflict', reason: r.reason ?? null, detail: r.conflictDetail ? null : (r.detail ?? null), detailCode: r.conflictDetail ? JSON.stringify(r.conflictDetail) : null, syncedAt: at })
              .where(eq(sales.id, r.saleId))
              .run();
            tx.delete(saleSeats).where(eq(saleSeats.saleId, r.saleId)).run();
          }
        }
      });
      const conflicts = out.results.filter((r) => r.status !== 'applied');
      if (conflicts.length) this.deps.log('warn', 'sales came back as conflicts', { sales: conflicts.map((r) => `${r.saleId}:${r.reason}`) });
    }
  }

  private async returnLeases(): Promise<void> {
    const { db } = this.deps;
    const returning = db.select().from(leases).where(eq(leases.status, 'returning')).all();
    if (!returning.length) return;
    const stillPending = new Set(pendingSales(db).map((s) => s.leaseId));
    for (const l of returning) {
      if (stillPending.has(l.id)) continue;
      try {
        await this.deps.server.request('POST', `/leases/${l.id}/return`);
      } catch (err) {
        if (!(err instanceof ServerRefused && err.status === 404)) throw err;
      }
      db.delete(leases).where(eq(leases.id, l.id)).run();
    }
  }

  /**
   * An auto lease (the theater's rule) is given back when the kiosk stops selling it — its end,
   * the rule's minutes before the show, less the margin — so its unsold seats are on sale online
   * again before the show; returnLeases sends it once its sales have gone up.
   */
  private returnDueAutoLeases(): void {
    const { db } = this.deps;
    const now = this.deps.clock().getTime();
    for (const l of db.select().from(leases).where(and(eq(leases.status, 'active'), eq(leases.auto, true))).all()) {
      if (now >= Date.parse(l.endsAt) - LEASE_MARGIN_MS) db.update(leases).set({ status: 'returning' }).where(eq(leases.id, l.id)).run();
    }
  }

  /**
   * Asks the server for the theater's auto leases (shows starting soon that this kiosk has none
   * for); they arrive with the pull. Asked at every sync: the server knows whether the rule is on
   * (a rule just switched on works at the next sync), and answers `[]` at once when it is off.
   */
  private async askForAutoLeases(): Promise<void> {
    try {
      await this.deps.server.request('POST', '/auto-leases', {});
    } catch (err) {
      if (!(err instanceof ServerRefused)) throw err;
      this.deps.log('warn', 'auto-lease refused', { error: err.message });
    }
  }

  /**
   * A lease shorter than the show's kiosk sales is kept rolling while the link is up: when it is
   * within 15 minutes of its end it is moved 30 minutes on (never past kiosk close). Offline, it
   * lapses, and the server gives its unsold seats back after the grace.
   */
  private async renewLeases(): Promise<void> {
    const { db } = this.deps;
    const now = this.deps.clock().getTime();
    for (const l of db.select().from(leases).where(and(eq(leases.status, 'active'), eq(leases.auto, false))).all()) {
      const show = cachedShowtime(db, l.showtimeId);
      if (!show) continue;
      const close = kioskSalesCloseAt(show).getTime();
      const ends = Date.parse(l.endsAt);
      if (ends >= close || ends - now > RENEW_WITHIN_MS || ends <= now + LEASE_MARGIN_MS) continue;
      const endsAt = new Date(Math.min(now + RENEW_BY_MS, close)).toISOString();
      try {
        const out = await this.deps.server.request<{ lease: { endsAt: string; seats: string[] } }>('POST', `/leases/${l.id}/renew`, { endsAt });
        db.update(leases).set({ endsAt: out.lease.endsAt, seats: JSON.stringify(out.lease.seats) }).where(eq(leases.id, l.id)).run();
      } catch (err) {
        if (!(err instanceof ServerRefused)) throw err;
        this.deps.log('warn', 'lease not renewed', { leaseId: l.id, error: err.message });
      }
    }
  }

  private async uploadScans(): Promise<void> {
    const { db } = this.deps;
    for (;;) {
      const batch = db.select().from(scans).where(eq(scans.synced, false)).limit(SCAN_BATCH).all();
      if (!batch.length) return;
      const admitted = batch.filter((s) => s.admitted && s.bookingId && s.seat && s.showtimeId);
      if (admitted.length) {
        await this.deps.server.request('POST', '/scans', {
          scans: admitted.map((s) => ({ bookingId: s.bookingId, seat: s.seat, showtimeId: s.showtimeId, door: s.door, scannedAt: s.scannedAt })),
        });
      }
      db.update(scans).set({ synced: true }).where(inArray(scans.id, batch.map((s) => s.id))).run();
    }
  }

  private async pull(): Promise<void> {
    const pending = pendingSales(this.deps.db).length;
    const snap = await this.deps.server.request<Snapshot>('GET', `/sync?pendingSales=${pending}`);
    applySnapshot(this.deps.db, snap, this.deps.clock());
  }
}
