/**
 * Group commit for counter items every sale of a show adds to (the show's `seatsSold`, the
 * report aggregates): while one write of an item is on its way to the store, the deltas of sales
 * that finish meanwhile are summed and go in the next single write. The first sale writes at
 * once (no added wait), and every caller's promise settles only when a write carrying its delta
 * has succeeded or failed — nothing is held in memory after a request has its answer, so no
 * figure is lost that would not have been lost before. During a rush one UpdateItem carries the
 * counts of several bookings; with no rush it is exactly one write per sale, as before.
 */
type Write = (add: Record<string, number>, set: Record<string, unknown>) => Promise<unknown>;

interface Batch {
  add: Record<string, number>;
  set: Record<string, unknown>;
  write: Write;
  waiters: { resolve: () => void; reject: (err: unknown) => void }[];
}

const queues = new Map<string, { next?: Batch }>();

async function drain(key: string, q: { next?: Batch }): Promise<void> {
  while (q.next) {
    const b = q.next;
    q.next = undefined;
    try {
      await b.write(b.add, b.set);
      for (const w of b.waiters) w.resolve();
    } catch (err) {
      for (const w of b.waiters) w.reject(err);
    }
  }
  queues.delete(key);
}

/**
 * Adds `add` (and sets `set`, last value wins) on the item named by `key` through `write`, merged
 * with the other deltas for the same key that wait while a write is in flight. `write` must be
 * the same kind of write for every call with this key.
 */
export function coalescedAdd(key: string, add: Record<string, number>, set: Record<string, unknown>, write: Write): Promise<void> {
  return new Promise((resolve, reject) => {
    let q = queues.get(key);
    const idle = !q;
    if (!q) {
      q = {};
      queues.set(key, q);
    }
    const b = (q.next ??= { add: {}, set: {}, write, waiters: [] });
    for (const [k, v] of Object.entries(add)) b.add[k] = (b.add[k] ?? 0) + v;
    Object.assign(b.set, set);
    b.waiters.push({ resolve, reject });
    if (idle) void drain(key, q);
  });
}
