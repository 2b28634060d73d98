import { describe, expect, it } from 'vitest';
import { addDays, isoInZone, isValidTimeZone, localDate, offsetMinutes, zonedTimeToUtc } from '../../server/domain/theater-time.js';

describe('theater time', () => {
  it("reads the theater's date, not UTC's", () => {
    const instant = new Date('2026-11-30T20:00:00Z'); // 01:30 on 1 Dec in India
    expect(localDate(instant, 'Asia/Kolkata')).toBe('2026-12-01');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-30');
  });

  it('turns a wall-clock time into UTC in a zone without DST', () => {
    expect(zonedTimeToUtc('2026-12-01', '18:30', 'Asia/Kolkata').toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(zonedTimeToUtc('2026-12-02', '00:15', 'Asia/Kolkata').toISOString()).toBe('2026-12-01T18:45:00.000Z');
  });

  it('handles both sides of a DST change', () => {
    expect(zonedTimeToUtc('2026-07-01', '18:30', 'America/New_York').toISOString()).toBe('2026-07-01T22:30:00.000Z');
    expect(zonedTimeToUtc('2026-12-01', '18:30', 'America/New_York').toISOString()).toBe('2026-12-01T23:30:00.000Z');
    // 2026-03-08 02:30 does not exist in New York: it moves forward to 03:30 EDT.
    expect(zonedTimeToUtc('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    // 2026-11-01 01:30 happens twice: the earlier (EDT) one is taken.
    expect(zonedTimeToUtc('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('shows an instant with its offset, as the API does', () => {
    expect(isoInZone(new Date('2026-12-01T13:00:00Z'), 'Asia/Kolkata')).toBe('2026-12-01T18:30:00+05:30');
    expect(offsetMinutes(new Date('2026-12-01T13:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(isoInZone(new Date('2026-12-01T23:30:00Z'), 'America/New_York')).toBe('2026-12-01T18:30:00-05:00');
  });

  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('knows a real zone from a made-up one', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
