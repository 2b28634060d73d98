import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { batchPutConcurrently } from '../../server/store/batch-put.js';
import { querySeatItems, seatKey } from '../../server/store/seats.js';
import { hasWaitingEntries, seatsToldFor, waitingEntries } from '../../server/store/waitlist.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The store's Queries page through lib-dynamodb's paginateQuery: these read past the first page
// (a 100-item page, or small pages forced on Queries that set no Limit, since DynamoDB Local does
// not cut pages at 1 MB) and check that every page is read, or that the reading stops where it should.
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
});
afterAll(() => env.close());
afterEach(() => vi.restoreAllMocks());

const joinedAt = (i: number) => new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString();
function entry(show: string, i: number, status: 'waiting' | 'notified', extra: Record<string, unknown> = {}) {
  const userId = `u${String(i).padStart(4, '0')}`;
  return { pk: `SHOW#${show}`, sk: `WAIT#${joinedAt(i)}#${userId}`, type: 'waitEntry', showtimeId: show, userId, seats: 2, joinedAt: joinedAt(i), lang: 'en', status, ...extra };
}
const sends = () => vi.spyOn(env.db.doc, 'send');
/** Counts the calls and gives each Query without a Limit pages of 50 items. */
function smallPages() {
  const send = env.db.doc.send.bind(env.db.doc) as (c: unknown) => Promise<unknown>;
  return vi.spyOn(env.db.doc, 'send').mockImplementation(((cmd: { input: { Limit?: number } }) => {
    cmd.input.Limit ??= 50;
    return send(cmd);
  }) as never);
}

describe('paged store Queries', () => {
  it('waiting entries: 100 a page, stopping at the limit, first come first', async () => {
    await batchPutConcurrently(env.db, Array.from({ length: 250 }, (_, i) => entry('paged-a', i, 'waiting')));
    const spy = sends();
    const first = await waitingEntries(env.db, 'paged-a', 150);
    expect(first.map((e) => e.userId)).toEqual(Array.from({ length: 150 }, (_, i) => `u${String(i).padStart(4, '0')}`));
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockClear();
    expect(await waitingEntries(env.db, 'paged-a', 1000)).toHaveLength(250);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it("seats told for a freeing and 'anyone waiting?' read every page, the latter stopping at the first one with a waiter", async () => {
    await batchPutConcurrently(env.db, [
      ...Array.from({ length: 300 }, (_, i) => entry('paged-b', i, 'notified', { freeing: i % 2 ? 'f1' : 'f2' })),
      entry('paged-b', 300, 'waiting'),
    ]);
    await batchPutConcurrently(env.db, Array.from({ length: 300 }, (_, i) => entry('paged-c', i, 'notified', { freeing: 'f1' })));
    const spy = smallPages();
    expect(await seatsToldFor(env.db, 'paged-b', 'f1')).toBe(300); // 150 entries of 2 seats
    expect(spy).toHaveBeenCalledTimes(7); // 301 items, 50 a page
    spy.mockClear();
    expect(await hasWaitingEntries(env.db, 'paged-b')).toBe(true);
    expect(spy).toHaveBeenCalledTimes(7); // the waiter is the 301st
    spy.mockClear();
    expect(await hasWaitingEntries(env.db, 'paged-c')).toBe(false);
    expect(spy).toHaveBeenCalledTimes(7); // 300 items: the sixth full page still has a LastEvaluatedKey
  });

  it("a show's seat items: every page, with only the fields asked for", async () => {
    const seats = Array.from({ length: 120 }, (_, i) => `A${i + 1}`);
    await batchPutConcurrently(env.db, seats.map((seatId) => ({ ...seatKey('paged-d', seatId), seatId, status: 'sold', bookingId: 'b1', updatedAt: joinedAt(0) })));
    const spy = smallPages();
    const items = await querySeatItems(env.db, 'paged-d', ['seatId', 'status'], true);
    expect(items.map((i) => i.seatId).sort()).toEqual([...seats].sort());
    expect(items.every((i) => i.status === 'sold' && Object.keys(i).length === 2)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(spy.mock.calls.every(([cmd]) => (cmd as { input: { ConsistentRead?: boolean } }).input.ConsistentRead === true)).toBe(true);
  });
});
