import { describe, expect, it } from 'vitest';
import { isBookingId, newBookingId, randomBookingChars } from '../../server/domain/booking-id.js';

const fixed = (n: number) => '0A1B2C3D'.slice(0, n);

describe('newBookingId', () => {
  it("dates the id on the theater's calendar", () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(newBookingId(now, 'Asia/Kolkata', fixed)).toBe('MVM-20261201-0A1B2C3D');
  });

  it('uses the next day in Asia/Kolkata once UTC is past 18:30', () => {
    const now = new Date('2026-11-30T20:00:00Z'); // 01:30 IST on 1 December
    expect(newBookingId(now, 'Asia/Kolkata', fixed)).toBe('MVM-20261201-0A1B2C3D');
    expect(newBookingId(now, 'UTC', fixed)).toBe('MVM-20261130-0A1B2C3D');
  });

  it('keeps the day until midnight IST', () => {
    expect(newBookingId(new Date('2026-11-30T18:29:59Z'), 'Asia/Kolkata', fixed)).toBe('MVM-20261130-0A1B2C3D');
    expect(newBookingId(new Date('2026-11-30T18:30:00Z'), 'Asia/Kolkata', fixed)).toBe('MVM-20261201-0A1B2C3D');
  });

  it('asks the random source for 8 characters', () => {
    const asked: number[] = [];
    newBookingId(new Date('2026-12-01T10:00:00Z'), 'Asia/Kolkata', (n) => {
      asked.push(n);
      return 'ZZZZZZZZ';
    });
    expect(asked).toEqual([8]);
  });

  it('makes well-formed, different ids by default', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const ids = Array.from({ length: 200 }, () => newBookingId(now, 'Asia/Kolkata'));
    for (const id of ids) expect(id).toMatch(/^MVM-20261201-[0-9A-Z]{8}$/);
    expect(new Set(ids).size).toBe(200);
  });

  it('refuses a random source that breaks the format', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(() => newBookingId(now, 'Asia/Kolkata', () => 'abcdefgh')).toThrow(RangeError);
    expect(() => newBookingId(now, 'Asia/Kolkata', () => 'ABC')).toThrow(RangeError);
  });
});

describe('randomBookingChars', () => {
  it('draws from 0-9A-Z only', () => {
    const s = randomBookingChars(2000);
    expect(s).toHaveLength(2000);
    expect(s).toMatch(/^[0-9A-Z]+$/);
    expect(new Set(s).size).toBeGreaterThan(30);
  });
});

describe('isBookingId', () => {
  it('accepts well-formed ids', () => {
    expect(isBookingId('MVM-20261201-0A1B2C3D')).toBe(true);
    expect(isBookingId('MVM-20280229-ZZZZZZZZ')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isBookingId('MVM-20261201-0a1b2c3d')).toBe(false);
    expect(isBookingId('MVM-20261201-0A1B2C3')).toBe(false);
    expect(isBookingId('MVM-20261201-0A1B2C3DE')).toBe(false);
    expect(isBookingId('MVX-20261201-0A1B2C3D')).toBe(false);
    expect(isBookingId('MVM-2026121-0A1B2C3D')).toBe(false);
    expect(isBookingId(' MVM-20261201-0A1B2C3D')).toBe(false);
    expect(isBookingId('MVM-20261301-0A1B2C3D')).toBe(false);
    expect(isBookingId('MVM-20270229-0A1B2C3D')).toBe(false);
    expect(isBookingId('MVM-20261200-0A1B2C3D')).toBe(false);
    expect(isBookingId(undefined)).toBe(false);
    expect(isBookingId(20261201)).toBe(false);
  });
});
