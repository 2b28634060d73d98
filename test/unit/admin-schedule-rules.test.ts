import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/domain/errors.js';
import { parseClockTime, repeatStarts } from '../../server/domain/repeat-schedule.js';
import { clashesWith, showEndsAt, slotsOverlap } from '../../server/domain/showtime-overlap.js';
import { isoInZone } from '../../server/domain/theater-time.js';

describe('repeating schedules', () => {
  it('daily at 10:00 and 18:30 for two weeks in Asia/Kolkata: the same UTC times every day', () => {
    const starts = repeatStarts({ firstDate: '2027-03-01', lastDate: '2027-03-14', times: ['18:30', '10:00'] }, 'Asia/Kolkata');
    expect(starts).toHaveLength(28);
    expect(new Set(starts.map((s) => s.startsAt.toISOString().slice(11, 16)))).toEqual(new Set(['04:30', '13:00']));
    expect(starts[0]).toMatchObject({ date: '2027-03-01', time: '10:00' });
  });

  it('in America/New_York across the start of DST the local times hold and the UTC times move an hour', () => {
    const starts = repeatStarts({ firstDate: '2027-03-08', lastDate: '2027-03-21', times: ['10:00', '18:30'] }, 'America/New_York');
    expect(starts).toHaveLength(28);
    for (const s of starts) expect(isoInZone(s.startsAt, 'America/New_York').slice(11, 16)).toBe(s.time);
    const utc = (date: string) => starts.filter((s) => s.date === date).map((s) => s.startsAt.toISOString().slice(11, 16));
    expect(utc('2027-03-13')).toEqual(['15:00', '23:30']); // EST, UTC−5
    expect(utc('2027-03-14')).toEqual(['14:00', '22:30']); // EDT, UTC−4
    // Consecutive days are 24 h apart except across the change, which is 23 h.
    const tens = starts.filter((s) => s.time === '10:00').map((s) => s.startsAt.getTime());
    const gaps = tens.slice(1).map((t, i) => (t - tens[i]) / 3_600_000);
    expect(gaps.filter((g) => g === 23)).toHaveLength(1);
    expect(gaps.filter((g) => g === 24)).toHaveLength(12);
  });

  it('moves a time inside the spring-forward gap past it, and takes the earlier of a repeated hour', () => {
    const [gap] = repeatStarts({ firstDate: '2027-03-28', lastDate: '2027-03-28', times: ['01:30'] }, 'Europe/London');
    expect(isoInZone(gap.startsAt, 'Europe/London')).toBe('2027-03-28T02:30:00+01:00');
    const [overlap] = repeatStarts({ firstDate: '2026-11-01', lastDate: '2026-11-01', times: ['01:30'] }, 'America/New_York');
    expect(overlap.startsAt.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // EDT, the first 01:30
  });

  it('keeps chosen weekdays and refuses what it cannot mean', () => {
    const weekends = repeatStarts({ firstDate: '2027-01-01', lastDate: '2027-01-14', times: ['21:00'], weekdays: [0, 6] }, 'Asia/Kolkata');
    expect(weekends.map((s) => s.date)).toEqual(['2027-01-02', '2027-01-03', '2027-01-09', '2027-01-10']);
    const refuse = (input: Parameters<typeof repeatStarts>[0]) => {
      try {
        repeatStarts(input, 'Asia/Kolkata');
      } catch (err) {
        return err instanceof AppError && err.code === 'invalid_request' ? err.message : 'other';
      }
      return 'accepted';
    };
    expect(refuse({ firstDate: '2027-01-05', lastDate: '2027-01-04', times: ['10:00'] })).toContain('must not be before');
    expect(refuse({ firstDate: '2027-02-30', lastDate: '2027-03-01', times: ['10:00'] })).toContain('YYYY-MM-DD');
    expect(refuse({ firstDate: '2027-01-01', lastDate: '2027-01-01', times: ['24:00'] })).toContain('not a time of day');
    expect(refuse({ firstDate: '2027-01-01', lastDate: '2027-01-21', times: ['09:00', '12:00'] })).toContain('at most 40');
    expect(refuse({ firstDate: '2027-01-01', lastDate: '2027-03-01', times: ['09:00'] })).toContain('at most 31 days');
    expect(parseClockTime('9.05')).toBe('09:05');
  });
});

describe('the overlap rule', () => {
  const at = (t: string) => new Date(`2027-01-01T${t}:00Z`);
  const show = (id: string, start: string, minutes: number) => ({ showtimeId: id, startsAt: at(start).toISOString(), endsAt: showEndsAt(at(start), minutes).toISOString() });

  it('a show holds its screen for the film plus 15 minutes of trailers, then the cleaning time', () => {
    const a = show('a', '10:00', 150); // ends 12:45
    expect(slotsOverlap(a, show('b', '13:04', 100), 20)).toBe(true);
    expect(slotsOverlap(a, show('b', '13:05', 100), 20)).toBe(false);
    expect(slotsOverlap(a, show('b', '13:05', 100), 21)).toBe(true);
    // The same gap is needed before a show: b must end (+cleaning) by 10:00.
    expect(slotsOverlap(a, show('b', '07:25', 120), 20)).toBe(false); // 07:25 + 135 = 09:40
    expect(slotsOverlap(a, show('b', '07:26', 120), 20)).toBe(true);
    expect(slotsOverlap(a, show('b', '11:00', 60), 0)).toBe(true);
  });

  it('names the shows in the way and never a show against itself', () => {
    const slots = [show('a', '10:00', 150), show('b', '14:00', 100), show('c', '20:00', 100)];
    expect(clashesWith(slots, show('new', '12:30', 120), 20).map((s) => s.showtimeId)).toEqual(['a', 'b']);
    expect(clashesWith(slots, { ...slots[1], startsAt: at('14:10').toISOString() }, 20)).toEqual([]);
  });
});
