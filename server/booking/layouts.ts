import { expandLayout, type Seat } from '../domain/seat-layout.js';
import { getLayout } from '../store/catalog.js';
import type { Db } from '../store/db.js';

/**
 * A layout version never changes once written (editing a screen makes a new version), so its
 * expanded seats can be kept in memory by every process without going stale.
 */
const cache = new Map<string, Seat[]>();

export async function layoutSeats(db: Db, screenId: string, version: number): Promise<Seat[]> {
  const key = `${db.table}#${screenId}#${version}`;
  let seats = cache.get(key);
  if (!seats) {
    const layout = await getLayout(db, screenId, version);
    if (!layout) throw new Error(`layout ${screenId} v${version} is missing`);
    seats = expandLayout(layout.spec);
    if (cache.size > 500) cache.clear();
    cache.set(key, seats);
  }
  return seats;
}
