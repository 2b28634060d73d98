import { describe, expect, it } from 'vitest';
import { coalescedAdd } from '../../server/store/coalesced-write.js';

/** A fake store item: each write adds its deltas after a short wait, like a round trip. */
function fakeItem() {
  const item: Record<string, number> = {};
  const writes: Record<string, number>[] = [];
  const write = async (add: Record<string, number>) => {
    writes.push({ ...add });
    await new Promise((r) => setTimeout(r, 20));
    for (const [k, v] of Object.entries(add)) item[k] = (item[k] ?? 0) + v;
  };
  return { item, writes, write };
}

describe('coalescedAdd (group commit of counter writes)', () => {
  it('writes a lone delta at once, in one write', async () => {
    const f = fakeItem();
    await coalescedAdd('t#lone', { seats: 3 }, {}, f.write);
    expect(f.writes).toEqual([{ seats: 3 }]);
    expect(f.item).toEqual({ seats: 3 });
  });

  it('sums the deltas that arrive while a write is in flight into the next write, and settles each caller after its write', async () => {
    const f = fakeItem();
    const settled: number[] = [];
    const calls = Array.from({ length: 10 }, (_, i) => coalescedAdd('t#rush', { bookings: 1, seats: i + 1 }, {}, f.write).then(() => settled.push(i)));
    await Promise.all(calls);
    expect(f.item).toEqual({ bookings: 10, seats: 55 });
    // The first went alone; the nine that waited went together.
    expect(f.writes).toEqual([{ bookings: 1, seats: 1 }, { bookings: 9, seats: 54 }]);
    expect(settled.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps different items apart', async () => {
    const a = fakeItem();
    const b = fakeItem();
    await Promise.all([coalescedAdd('t#a', { n: 1 }, {}, a.write), coalescedAdd('t#b', { n: 2 }, {}, b.write), coalescedAdd('t#a', { n: 4 }, {}, a.write)]);
    expect(a.item).toEqual({ n: 5 });
    expect(b.item).toEqual({ n: 2 });
  });

  it('rejects every caller whose delta was in a failed write, and the next callers write again', async () => {
    let fail = true;
    const seen: Record<string, number>[] = [];
    const write = async (add: Record<string, number>) => {
      seen.push({ ...add });
      await new Promise((r) => setTimeout(r, 10));
      if (fail) throw new Error('store unavailable');
    };
    const first = coalescedAdd('t#fail', { n: 1 }, {}, write);
    const second = coalescedAdd('t#fail', { n: 2 }, {}, write);
    const third = coalescedAdd('t#fail', { n: 3 }, {}, write);
    await expect(first).rejects.toThrow('store unavailable');
    await expect(second).rejects.toThrow('store unavailable');
    await expect(third).rejects.toThrow('store unavailable');
    fail = false;
    await coalescedAdd('t#fail', { n: 4 }, {}, write);
    expect(seen).toEqual([{ n: 1 }, { n: 5 }, { n: 4 }]);
  });
});
