import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { getBooking } from '../store/bookings.js';
import { claim, listDue, markAttemptFailed, markSent, markSkipped, type OutboxRecord } from '../store/outbox.js';
import type { Publisher } from './sns-publisher.js';

export interface DispatcherOptions {
  db: Db;
  publisher: Pick<Publisher, 'sendEmail' | 'sendSms'>;
  clock: () => Date;
  intervalMs?: number;
  /** Attempts before a message is marked failed (default 12: about 50 minutes of retrying). */
  maxAttempts?: number;
  /** Messages one process publishes at a time (default 4). */
  concurrency?: number;
  /** Longest wait between probes while SNS is unreachable (default 15 s; the wait doubles from 1 s). */
  maxOutagePauseMs?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
  /** Handlers of work items (`channel: 'task'`) by kind: run instead of published, retried like a message. */
  tasks?: Record<string, (rec: OutboxRecord) => Promise<void>>;
}

const BATCH = 25;
/** Batches one pass may take before it yields to the timer (a backlog drains without waiting). */
const MAX_BATCHES = 8;
const LEASE_MS = 30_000;
/** SNS said the request itself is wrong (a bad phone number): retrying cannot help. */
const PERMANENT = new Set(['InvalidParameterException', 'InvalidParameterValueException']);

/** SNS itself is unreachable or failing (5xx, refused, timed out), as opposed to refusing one message. */
function isOutage(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === undefined || status >= 500 || status === 429;
}

/** Backoff before retry n (1-based): 2 s, 4 s, 8 s … capped at 10 minutes, with jitter. */
export function retryDelayMs(attempt: number): number {
  const base = Math.min(600_000, 2000 * 2 ** (attempt - 1));
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

/**
 * Publishes what the outbox holds. Safe to run in every server process at once: each message is
 * claimed with a conditional write before it is sent, so two dispatchers never both send it.
 */
export class Dispatcher {
  private readonly worker = randomUUID();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;
  /** While SNS is down, one message probes it per pause instead of every message failing in turn. */
  private outage = false;
  private outagePauseMs = 0;

  constructor(private readonly opts: DispatcherOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Ask for a pass soon (after a write that added messages). */
  kick(): void {
    if (!this.stopped && this.timer && this.outagePauseMs === 0) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    try {
      await this.runOnce();
    } catch (err) {
      this.opts.log?.('outbox pass failed', { error: (err as Error).message });
    }
    if (this.stopped) return;
    // An outage backs the timer off (1 s, 2 s, 4 s … up to the cap) so a down SNS costs the
    // process almost nothing; the first pass that gets through resets it.
    this.outagePauseMs = this.outage ? Math.min(this.opts.maxOutagePauseMs ?? 15_000, Math.max(1000, this.outagePauseMs * 2)) : 0;
    this.schedule(this.outagePauseMs || (this.opts.intervalMs ?? 1000));
  }

  /** One pass over due messages; returns how many were sent. */
  async runOnce(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    let sent = 0;
    this.outage = false;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const now = this.opts.clock();
      const due = await listDue(this.opts.db, now, BATCH);
      // One recipient's messages go out one after another, in due order; recipients in parallel.
      const byRecipient = new Map<string, OutboxRecord[]>();
      for (const rec of due) byRecipient.set(rec.to, [...(byRecipient.get(rec.to) ?? []), rec]);
      const queue = [...byRecipient.values()];
      const worker = async () => {
        for (let group = queue.shift(); group; group = queue.shift()) {
          for (const rec of group) {
            if (this.outage) return;
            if (!(await claim(this.opts.db, rec.id, this.worker, now, LEASE_MS))) continue;
            if (await this.handle(rec)) sent++;
          }
        }
      };
      await Promise.all(Array.from({ length: this.opts.concurrency ?? 4 }, worker));
      if (due.length < BATCH || this.stopped || this.outage) break;
    }
    return sent;
  }

  /** Sends a claimed message, or drops it when what it announces no longer holds. */
  private async handle(rec: OutboxRecord): Promise<boolean> {
    const reason = await this.staleReason(rec);
    if (reason) {
      await markSkipped(this.opts.db, rec.id, reason, this.opts.clock()).catch(() => undefined);
      return false;
    }
    if (rec.channel === 'task') return this.runTask(rec);
    return this.deliver(rec);
  }

  /** A work item: its handler runs (idempotent by its own claim); not counted as a message sent. */
  private async runTask(rec: OutboxRecord): Promise<false> {
    const { db, clock } = this.opts;
    try {
      const run = this.opts.tasks?.[rec.kind];
      if (!run) throw new Error(`no handler for task ${rec.kind}`);
      await run(rec);
      await markSent(db, rec.id, 'task', clock());
    } catch (err) {
      const attempts = rec.attempts + 1;
      const retryAt = attempts >= (this.opts.maxAttempts ?? 12) ? null : new Date(clock().getTime() + retryDelayMs(attempts));
      await markAttemptFailed(db, rec, (err as Error).message ?? String(err), retryAt, clock());
      this.opts.log?.('task failed', { id: rec.id, kind: rec.kind, attempts, willRetry: retryAt !== null });
    }
    return false;
  }

  /** A reminder is checked at send time: the booking may be cancelled or the show moved since. */
  private async staleReason(rec: OutboxRecord): Promise<string | null> {
    if (rec.kind !== 'show_reminder' || !rec.bookingId) return null;
    const booking = await getBooking(this.opts.db, rec.bookingId);
    if (!booking || booking.status !== 'confirmed') return 'booking no longer confirmed';
    if (rec.showStartsAt && booking.startsAt !== rec.showStartsAt) return 'show time changed';
    if (new Date(booking.startsAt) <= this.opts.clock()) return 'show already started';
    return null;
  }

  private async deliver(rec: OutboxRecord): Promise<boolean> {
    const { db, publisher, clock } = this.opts;
    try {
      const messageId =
        rec.channel === 'sms'
          ? await publisher.sendSms({ to: rec.to, text: rec.text, kind: rec.kind })
          : await publisher.sendEmail({
              to: rec.to,
              subject: rec.subject,
              text: rec.text,
              html: rec.html,
              kind: rec.kind,
              lang: rec.lang,
            });
      await markSent(db, rec.id, messageId, clock());
      return true;
    } catch (err) {
      const attempts = rec.attempts + 1;
      const now = clock();
      const permanent = PERMANENT.has((err as Error).name);
      if (!permanent && isOutage(err)) this.outage = true;
      const retryAt =
        permanent || attempts >= (this.opts.maxAttempts ?? 12) ? null : new Date(now.getTime() + retryDelayMs(attempts));
      await markAttemptFailed(db, rec, (err as Error).message ?? String(err), retryAt, now);
      this.opts.log?.('message not sent', { id: rec.id, attempts, willRetry: retryAt !== null });
      return false;
    }
  }
}
