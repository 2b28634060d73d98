import { randomUUID } from 'node:crypto';
import type { OutboxMessage, OutboxRecord } from '../store/outbox.js';
import type { Db } from '../store/db.js';
import { hasWaitingEntries } from '../store/waitlist.js';
import { announceFreedSeats, type WaitlistDeps } from './waitlist.js';

/** The outbox kind of a "seats came back" work item. */
export const SEATS_BACK_TASK = 'waitlist_seats_back';

/**
 * How long after the freeing the dispatcher takes the work item: the process that freed the
 * seats announces them at once after its commit (as fast as before); the item is the safety net
 * for a process that died in between, and by then the `FREED#` claim makes it a no-op.
 */
export const SEATS_BACK_GRACE_MS = 60_000;

interface SeatsBack {
  showtimeId: string;
  freeing: string;
  count: number;
}

/**
 * The work item to write in the transaction that frees a show's seats — none when nobody waits
 * for the show, so a cancellation of an ordinary show writes nothing more.
 */
export async function seatsBackWork(db: Db, showtimeId: string, freeing: string, count: number, now: Date): Promise<OutboxMessage[]> {
  if (count <= 0 || !(await hasWaitingEntries(db, showtimeId))) return [];
  return [seatsBackItem({ showtimeId, freeing, count }, now)];
}

export function seatsBackItem(work: SeatsBack, now: Date): OutboxMessage {
  return {
    id: randomUUID(),
    channel: 'task',
    kind: SEATS_BACK_TASK,
    to: `waitlist:${work.showtimeId}`,
    lang: 'en',
    subject: '',
    text: JSON.stringify(work),
    createdAt: now.toISOString(),
    dueAt: new Date(now.getTime() + SEATS_BACK_GRACE_MS).toISOString(),
  };
}

/**
 * The dispatcher's handler: announces the freeing unless it was announced already (the claim
 * under `FREED#<freeing>` decides, so a second dispatcher or a second run is a no-op), and finishes
 * one whose announcer died part way (a claim older than half the grace and not marked done: the
 * seats of the entries already told are taken off). Throws on a store error, and the dispatcher
 * tries again later.
 */
export function waitlistTasks(deps: WaitlistDeps): Record<string, (rec: OutboxRecord) => Promise<void>> {
  return {
    [SEATS_BACK_TASK]: async (rec) => {
      const work = JSON.parse(rec.text) as SeatsBack;
      await announceFreedSeats(deps, work.showtimeId, work.freeing, work.count, { resumeAfterMs: SEATS_BACK_GRACE_MS / 2 });
    },
  };
}
