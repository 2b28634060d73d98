import { describe, expect, it } from 'vitest';
import { expandLayout, LayoutError, rowLabel, sellableSeatCount } from '../../server/domain/seat-layout.js';
import { grandHallLayout, PROTOTYPE_LAYOUT } from '../../server/local/demo-catalog.js';

describe('seat layouts', () => {
  it('numbers seats left to right, skipping aisles, with types and positions', () => {
    const seats = expandLayout({ rows: [{ label: 'A', cells: 'pp.rx.w' }] });
    expect(seats.map((s) => [s.id, s.x, s.type, s.blocked])).toEqual([
      ['A1', 0, 'premium', false],
      ['A2', 1, 'premium', false],
      ['A3', 3, 'regular', false],
      ['A4', 4, 'regular', true],
      ['A5', 6, 'wheelchair', false],
    ]);
    expect(sellableSeatCount(seats)).toBe(4);
  });

  it("matches the prototype's 7×10 screen and the 1,200-seat hall", () => {
    expect(expandLayout(PROTOTYPE_LAYOUT)).toHaveLength(70);
    const hall = expandLayout(grandHallLayout());
    expect(hall).toHaveLength(1200);
    expect(new Set(hall.map((s) => s.id)).size).toBe(1200);
  });

  it('refuses unknown cells and repeated rows with a sentence a person can act on', () => {
    expect(() => expandLayout({ rows: [{ label: 'A', cells: 'rrq' }] })).toThrow(LayoutError);
    expect(() => expandLayout({ rows: [{ label: 'A', cells: 'rrq' }] })).toThrow(/position 3/);
    expect(() => expandLayout({ rows: [{ label: 'A', cells: 'r' }, { label: 'A', cells: 'r' }] })).toThrow(/twice/);
  });

  it('labels rows past Z as AA, AB…', () => {
    expect([0, 25, 26, 27].map(rowLabel)).toEqual(['A', 'Z', 'AA', 'AB']);
  });
});
