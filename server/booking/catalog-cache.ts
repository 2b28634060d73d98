import type { Showtime, Theater } from '../domain/catalog.js';
import { getShowtime } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { getTheater } from '../store/theaters.js';

/**
 * Short per-process read caches for the two catalog items every hold, booking and map reads.
 * A showtime is kept for 1 s (its status and start time are checked on every sale, so a
 * cancellation or time change made elsewhere applies within a second; code that changes a
 * showtime in this process calls `showtimeChanged`). A theater (fees, policy) for 30 s.
 * The seat conditions that decide who gets a seat never read from here.
 */
const SHOW_TTL_MS = 1000;
const THEATER_TTL_MS = 30_000;

function ttlCache<T>(ttlMs: number, load: (db: Db, id: string) => Promise<T>) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(db: Db, id: string): Promise<T> {
      const k = `${db.table}#${id}`;
      const hit = entries.get(k);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      const value = load(db, id);
      entries.set(k, { at: Date.now(), value });
      value.catch(() => entries.delete(k));
      if (entries.size > 5000) entries.clear();
      return value;
    },
    drop(db: Db, id: string) {
      entries.delete(`${db.table}#${id}`);
    },
  };
}

const shows = ttlCache<Showtime | null>(SHOW_TTL_MS, getShowtime);
const theaters = ttlCache<Theater | null>(THEATER_TTL_MS, getTheater);

export const cachedShowtime = (db: Db, id: string) => shows.get(db, id);
export const cachedTheater = (db: Db, id: string) => theaters.get(db, id);
export const showtimeChanged = (db: Db, id: string) => shows.drop(db, id);
export const theaterChanged = (db: Db, id: string) => theaters.drop(db, id);
