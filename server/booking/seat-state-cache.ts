import type { Db } from '../store/db.js';
import { listSeatItems, type SeatItem } from '../store/seats.js';

/**
 * A very short-lived read cache of a show's seat items, per process. During a rush every open
 * map polls and every lost race re-reads the map; within one process, reads less than
 * `TTL_MS` apart (and reads in flight at the same moment) share one Query. Writes made by this
 * process drop the entry at once, so its own customers always see their own holds; another
 * process's write shows up at most `TTL_MS` later, well inside the 2 s live-update promise.
 * Holds and sales never read this cache: their conditions decide on the store's current items.
 */
const TTL_MS = 250;
const entries = new Map<string, { at: number; items: Promise<SeatItem[]> }>();

const key = (db: Db, showtimeId: string) => `${db.table}#${showtimeId}`;

export function cachedSeatItems(db: Db, showtimeId: string): Promise<SeatItem[]> {
  const k = key(db, showtimeId);
  const hit = entries.get(k);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.items;
  const items = listSeatItems(db, showtimeId);
  entries.set(k, { at: Date.now(), items });
  items.catch(() => entries.delete(k));
  if (entries.size > 2000) {
    for (const [k2, e] of entries) if (Date.now() - e.at >= TTL_MS) entries.delete(k2);
  }
  return items;
}

/** Call after this process changed any seat of the show. */
export function seatsChanged(db: Db, showtimeId: string): void {
  entries.delete(key(db, showtimeId));
}
