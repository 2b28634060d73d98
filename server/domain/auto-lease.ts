/**
 * Auto-lease (optional per theater): a kiosk asks at each sync for a few seats of every show that
 * starts soon and that it holds no lease for, so a cut link does not stop the box office; the
 * unsold ones go back before the show. Pure: which shows, when the lease ends, which seats.
 */
import { LEASE_MARGIN_MS } from './lease-rules.js';
import type { Seat, SeatType } from './seat-layout.js';

export interface AutoLeaseRule {
  /** Seats leased per show (1–20). */
  seatsPerShow: number;
  /** Shows starting within this many hours are leased (1–72). */
  hoursAhead: number;
  /** Unsold seats go back this many minutes before the start (0–120). */
  returnMinutesBefore: number;
}

export const AUTO_LEASE_LIMITS = { seatsPerShow: [1, 20], hoursAhead: [1, 72], returnMinutesBefore: [0, 120] } as const;
export const DEFAULT_AUTO_LEASE: AutoLeaseRule = { seatsPerShow: 4, hoursAhead: 24, returnMinutesBefore: 30 };

/** Seat types a walk-in is offered without asking; couple, recliner and wheelchair places stay with the web. */
const AUTO_TYPES: SeatType[] = ['regular', 'premium'];

/** When an auto lease ends: the rule's minutes before the start. The kiosk gives it back then. */
export function autoLeaseEnd(show: { startsAt: string }, rule: AutoLeaseRule): Date {
  return new Date(Date.parse(show.startsAt) - rule.returnMinutesBefore * 60_000);
}

/**
 * The shows to lease now: scheduled, starting within the rule's hours, early enough that the
 * lease would still be sellable for a while (its end more than the margin away), and not already
 * leased to this kiosk (`leasedShowIds`).
 */
export function showsToAutoLease<S extends { id: string; startsAt: string; status: string }>(
  shows: S[],
  rule: AutoLeaseRule,
  now: Date,
  leasedShowIds: ReadonlySet<string>,
): S[] {
  const horizon = now.getTime() + rule.hoursAhead * 3_600_000;
  return shows.filter(
    (s) =>
      s.status === 'scheduled' &&
      !leasedShowIds.has(s.id) &&
      Date.parse(s.startsAt) <= horizon &&
      autoLeaseEnd(s, rule).getTime() > now.getTime() + 2 * LEASE_MARGIN_MS,
  );
}

/**
 * Picks `n` free seats: a contiguous block (side by side, no aisle between) in the best row —
 * rows about two thirds of the way back are best, the middle of a row better than its ends —
 * else, when no row has such a block, the best free seats one by one. Fewer than `n` when fewer
 * are free. `free` holds the ids of the seats free at the server now.
 */
export function pickLeaseSeats(layout: Seat[], free: ReadonlySet<string>, n: number): string[] {
  const open = layout.filter((s) => !s.blocked && AUTO_TYPES.includes(s.type) && free.has(s.id));
  if (open.length <= n) return open.map((s) => s.id);
  const rows = [...new Set(layout.map((s) => s.y))].sort((a, b) => a - b);
  const xs = layout.map((s) => s.x);
  const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const bestY = rows[Math.round((rows.length - 1) * (2 / 3))];
  const rowRank = (y: number) => Math.abs(rows.indexOf(y) - rows.indexOf(bestY));
  const seatScore = (s: Seat) => rowRank(s.y) * 1000 + Math.abs(s.x - midX);

  let best: { score: number; ids: string[] } | null = null;
  for (const y of rows) {
    const row = open.filter((s) => s.y === y).sort((a, b) => a.x - b.x);
    for (let i = 0; i + n <= row.length; i++) {
      const run = row.slice(i, i + n);
      if (run[n - 1].x - run[0].x !== n - 1) continue;
      const score = rowRank(y) * 1000 + Math.abs((run[0].x + run[n - 1].x) / 2 - midX);
      if (!best || score < best.score) best = { score, ids: run.map((s) => s.id) };
    }
  }
  if (best) return best.ids;
  return [...open].sort((a, b) => seatScore(a) - seatScore(b)).slice(0, n).map((s) => s.id);
}
