import { showsWithWaiters } from '../store/waitlist.js';
import { announceExpiredHolds, type WaitlistDeps } from './waitlist.js';
import { repeatWithJitter, type Repeating } from '../ops/repeat.js';

/**
 * An expired hold frees its seats without any write, so nothing announces it by itself. Each
 * minute this pass looks at the shows that have a waitlist (the `WAITLISTS` index: only those, no
 * table scan) and runs the same close-and-announce the seat map's read runs, so the line hears
 * within about a minute even if nobody opens the map. Returns how many waiting customers were told.
 */
export async function sweepExpiredHolds(deps: WaitlistDeps): Promise<number> {
  let told = 0;
  for (const showtimeId of await showsWithWaiters(deps.db, deps.clock())) {
    told += await announceExpiredHolds(deps, showtimeId).catch((err: unknown) => {
      deps.log('warn', 'expired holds not announced; the next pass tries again', { showtimeId, error: (err as Error).message });
      return 0;
    });
  }
  return told;
}

/** Runs the pass now and then about every `intervalMs` until stopped. */
export function startWaitlistSweep(deps: WaitlistDeps, intervalMs = 60_000): Repeating {
  return repeatWithJitter(() => sweepExpiredHolds(deps), intervalMs, (err) => deps.log('warn', 'waitlist sweep failed; it runs again shortly', { error: err.message }));
}
