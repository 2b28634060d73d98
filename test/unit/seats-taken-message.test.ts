import { describe, expect, it } from 'vitest';
import { compareSeatIds, seatsTakenMessage } from '../../server/domain/seats-taken-message.js';

describe('seatsTakenMessage', () => {
  it('names one seat', () => {
    expect(seatsTakenMessage(['A4'])).toBe('Seat A4 was just taken — pick another.');
  });

  it('names several seats', () => {
    expect(seatsTakenMessage(['A4', 'A5'])).toBe('Seats A4, A5 were just taken — pick others.');
  });

  it('sorts seats naturally', () => {
    expect(seatsTakenMessage(['A10', 'B1', 'A2'])).toBe('Seats A2, A10, B1 were just taken — pick others.');
  });

  it('puts rows AA.. after Z, as on the seat map', () => {
    expect(seatsTakenMessage(['AA1', 'Z12', 'B3'])).toBe('Seats B3, Z12, AA1 were just taken — pick others.');
  });

  it('names a seat once', () => {
    expect(seatsTakenMessage(['A4', 'A4'])).toBe('Seat A4 was just taken — pick another.');
  });

  it('still says something useful when no seat is known', () => {
    expect(seatsTakenMessage([])).toBe('Some of those seats were just taken — pick others.');
  });
});

describe('compareSeatIds', () => {
  it('orders by row, then number', () => {
    expect(['B2', 'A10', 'AB1', 'A1', 'AA3', 'A2'].sort(compareSeatIds)).toEqual(['A1', 'A2', 'A10', 'B2', 'AA3', 'AB1']);
  });

  it('orders ids of another shape naturally', () => {
    expect(['box-10', 'box-2'].sort(compareSeatIds)).toEqual(['box-2', 'box-10']);
  });
});
