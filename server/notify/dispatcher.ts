import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { claim, listDue, markAttemptFailed, markSent, type OutboxRecord } from '../store/outbox.js';
import type { Publisher } from './sns-publisher.js';

export interface DispatcherOptions {
  db: Db;
  publisher: Pick<Publisher, 'sendEmail' | 'sendSms'>;
  clock: () => Date;
  intervalMs?: number;
  maxAttempts?: number;
  log?: (msg: string, extra?: Record<string, unknown>) => void;
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
    if (!this.stopped && this.timer) this.schedule(0);
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
    if (!this.stopped) this.schedule(this.opts.intervalMs ?? 1000);
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
    const now = this.opts.clock();
    const due = await listDue(this.opts.db, now, 25);
    let sent = 0;
    for (const rec of due) {
      if (!(await claim(this.opts.db, rec.id, this.worker, now, 30_000))) continue;
      if (await this.deliver(rec)) sent++;
    }
    return sent;
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
      const retryAt =
        attempts >= (this.opts.maxAttempts ?? 8) ? null : new Date(now.getTime() + retryDelayMs(attempts));
      await markAttemptFailed(db, rec, (err as Error).message ?? String(err), retryAt, now);
      this.opts.log?.('message not sent', { id: rec.id, attempts, willRetry: retryAt !== null });
      return false;
    }
  }
}
