import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/domain/errors.js';
import {
  holdExpiresAt,
  MAX_SEATS_PER_HOLD,
  seatIsFree,
  seatStatusFor,
  validateSeatSelection,
  type SeatItemState,
} from '../../server/domain/hold-rules.js';
import { expandLayout } from '../../server/domain/seat-layout.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

// Row A: A1..A6 regular with A3 blocked; row B: B1..B12 premium.
const layout = expandLayout({ rows: [{ label: 'A', cells: 'rrx.rrr' }, { label: 'B', cells: 'pppppp.pppppp' }] });

describe('validateSeatSelection', () => {
  it('returns the chosen seats in the order asked', () => {
    const chosen = validateSeatSelection(['B2', 'A1'], layout);
    expect(chosen.map((s) => [s.id, s.type])).toEqual([
      ['B2', 'premium'],
      ['A1', 'regular'],
    ]);
  });

  it(`accepts exactly ${MAX_SEATS_PER_HOLD} seats`, () => {
    const ten = Array.from({ length: 10 }, (_, i) => `B${i + 1}`);
    expect(MAX_SEATS_PER_HOLD).toBe(10);
    expect(validateSeatSelection(ten, layout)).toHaveLength(10);
  });

  it('refuses an empty selection', () => {
    const e = thrown(() => validateSeatSelection([], layout));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'invalid_request', message: 'Pick at least one seat.', details: { seats: [], min: 1 } });
  });

  it('refuses more than 10 seats', () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `B${i + 1}`);
    expect(thrown(() => validateSeatSelection(eleven, layout))).toMatchObject({
      code: 'invalid_request',
      message: 'You can pick at most 10 seats at a time.',
      details: { seats: [], max: 10, count: 11 },
    });
  });

  it('names an unknown seat', () => {
    expect(thrown(() => validateSeatSelection(['A1', 'Z9'], layout))).toMatchObject({
      code: 'invalid_request',
      message: 'Seat Z9 does not exist on this screen.',
      details: { seats: ['Z9'], unknown: ['Z9'] },
    });
  });

  it('names a blocked seat', () => {
    expect(thrown(() => validateSeatSelection(['A3', 'A4'], layout))).toMatchObject({
      code: 'invalid_request',
      message: 'Seat A3 is not for sale.',
      details: { seats: ['A3'], blocked: ['A3'] },
    });
  });

  it('names a duplicate seat once', () => {
    expect(thrown(() => validateSeatSelection(['A1', 'A2', 'A1', 'A1'], layout))).toMatchObject({
      code: 'invalid_request',
      message: 'Seat A1 was picked twice.',
      details: { seats: ['A1'], duplicates: ['A1'] },
    });
  });

  it('names every problem at once', () => {
    const e = thrown(() => validateSeatSelection(['a1', 'A3', 'Z1', 'B1', 'B1', 'A3'], layout)) as AppError;
    expect(e.message).toBe('Seats a1, Z1 do not exist on this screen. Seat A3 is not for sale. Seats B1, A3 were picked twice.');
    expect(e.details).toEqual({ seats: ['a1', 'Z1', 'A3', 'B1'], unknown: ['a1', 'Z1'], blocked: ['A3'], duplicates: ['B1', 'A3'] });
  });
});

describe('holdExpiresAt', () => {
  it('adds the hold length to now', () => {
    expect(holdExpiresAt(new Date('2026-12-01T14:00:00Z'), 10).toISOString()).toBe('2026-12-01T14:10:00.000Z');
    expect(holdExpiresAt(new Date('2026-12-01T23:55:30Z'), 10).toISOString()).toBe('2026-12-02T00:05:30.000Z');
  });

  it('refuses a hold of no length', () => {
    expect(() => holdExpiresAt(new Date('2026-12-01T14:00:00Z'), 0)).toThrow(RangeError);
  });
});

describe('seat status against now', () => {
  const now = new Date('2026-12-01T14:00:00.000Z');
  const held = (holdExpiresAt: string): SeatItemState => ({ status: 'held', holdExpiresAt });
  const cases: [string, SeatItemState | undefined, 'available' | 'held' | 'sold', boolean][] = [
    ['no item', undefined, 'available', true],
    ['available', { status: 'available' }, 'available', true],
    ['held, expired a minute ago', held('2026-12-01T13:59:00.000Z'), 'available', true],
    ['held, expired a millisecond ago', held('2026-12-01T13:59:59.999Z'), 'available', true],
    ['held, expiring exactly now', held('2026-12-01T14:00:00.000Z'), 'held', false],
    ['held, expiring in a minute', held('2026-12-01T14:01:00.000Z'), 'held', false],
    ['held with no expiry', { status: 'held' }, 'held', false],
    ['leased to a kiosk', { status: 'leased' }, 'held', false],
    ['sold', { status: 'sold' }, 'sold', false],
    ['sold, with a stale hold expiry', { status: 'sold', holdExpiresAt: '2026-12-01T13:00:00.000Z' }, 'sold', false],
  ];

  it.each(cases)('%s', (_name, item, status, free) => {
    expect(seatStatusFor(item, now)).toBe(status);
    expect(seatIsFree(item, now)).toBe(free);
  });

  it('frees a hold the moment it expires, with no cleanup job', () => {
    const hold = { status: 'held' as const, holdExpiresAt: holdExpiresAt(now, 10).toISOString() };
    expect(seatIsFree(hold, new Date('2026-12-01T14:09:59.999Z'))).toBe(false);
    expect(seatIsFree(hold, new Date('2026-12-01T14:10:00.000Z'))).toBe(false);
    expect(seatIsFree(hold, new Date('2026-12-01T14:10:00.001Z'))).toBe(true);
    expect(seatStatusFor(hold, new Date('2026-12-01T14:10:00.001Z'))).toBe('available');
  });
});
