import { describe, expect, it } from 'vitest';
import { zonedTimeToUtc } from '../../server/domain/theater-time.js';
import { timeOfDay } from '../../server/domain/time-of-day.js';

const at = (time: string, zone = 'Asia/Kolkata') => timeOfDay(zonedTimeToUtc('2026-12-01', time, zone), zone);

describe('timeOfDay', () => {
  it('splits the day at 12, 17 and 21 on the theater clock', () => {
    expect(['00:30', '11:59', '12:00', '16:59', '17:00', '20:59', '21:00', '23:59'].map((t) => at(t))).toEqual([
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
      'night',
      'night',
    ]);
  });

  it("reads the theater's zone, not UTC", () => {
    // 21:30 in New York is 02:30 UTC the next day, and 08:00 in India.
    const instant = zonedTimeToUtc('2026-12-01', '21:30', 'America/New_York');
    expect(timeOfDay(instant, 'America/New_York')).toBe('night');
    expect(timeOfDay(instant, 'Asia/Kolkata')).toBe('morning');
    expect(timeOfDay(instant, 'UTC')).toBe('morning');
  });
});
