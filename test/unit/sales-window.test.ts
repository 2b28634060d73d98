import { describe, expect, it } from 'vitest';
import { salesState } from '../../server/domain/sales-window.js';
import { zonedTimeToUtc } from '../../server/domain/theater-time.js';

const ist = (date: string, time: string) => zonedTimeToUtc(date, time, 'Asia/Kolkata');
const at = (iso: string) => new Date(iso);

// 20:00 IST on 1 December 2026, stored in UTC.
const show = { startsAt: '2026-12-01T14:30:00.000Z', status: 'scheduled' as const };

describe('salesState online', () => {
  it('is open before the start', () => {
    expect(salesState(show, at('2026-11-28T10:00:00Z'), 'online')).toEqual({ open: true });
    expect(salesState(show, at('2026-12-01T14:29:59.999Z'), 'online')).toEqual({ open: true });
  });

  it('closes at the start', () => {
    expect(salesState(show, at('2026-12-01T14:30:00Z'), 'online')).toEqual({ open: false, reason: 'started' });
    expect(salesState(show, at('2026-12-01T14:49:59Z'), 'online')).toEqual({ open: false, reason: 'started' });
  });

  it('calls the show past once the kiosk grace is over too', () => {
    expect(salesState(show, at('2026-12-01T14:50:00Z'), 'online')).toEqual({ open: false, reason: 'past' });
    expect(salesState(show, at('2026-12-03T00:00:00Z'), 'online')).toEqual({ open: false, reason: 'past' });
  });

  it('closes earlier when configured', () => {
    const opts = { onlineCloseMinutesBefore: 30 };
    expect(salesState(show, at('2026-12-01T13:59:59Z'), 'online', opts)).toEqual({ open: true });
    expect(salesState(show, at('2026-12-01T14:00:00Z'), 'online', opts)).toEqual({ open: false, reason: 'started' });
  });

  it('is closed for a cancelled show, even days before', () => {
    expect(salesState({ ...show, status: 'cancelled' }, at('2026-11-20T00:00:00Z'), 'online')).toEqual({ open: false, reason: 'cancelled' });
    expect(salesState({ ...show, status: 'cancelled' }, at('2026-11-20T00:00:00Z'), 'kiosk')).toEqual({ open: false, reason: 'cancelled' });
  });

  it('reads start times written with an offset', () => {
    const withOffset = { startsAt: '2026-12-01T20:00:00+05:30', status: 'scheduled' as const };
    expect(salesState(withOffset, at('2026-12-01T14:29:00Z'), 'online')).toEqual({ open: true });
    expect(salesState(withOffset, at('2026-12-01T14:30:00Z'), 'online')).toEqual({ open: false, reason: 'started' });
  });
});

describe('salesState at a kiosk', () => {
  it('keeps selling for 20 minutes after the start', () => {
    expect(salesState(show, at('2026-12-01T14:30:00Z'), 'kiosk')).toEqual({ open: true });
    expect(salesState(show, at('2026-12-01T14:49:59.999Z'), 'kiosk')).toEqual({ open: true });
  });

  it('closes 20 minutes after the start', () => {
    expect(salesState(show, at('2026-12-01T14:50:00Z'), 'kiosk')).toEqual({ open: false, reason: 'past' });
  });

  it('takes a configured grace', () => {
    expect(salesState(show, at('2026-12-01T14:34:59Z'), 'kiosk', { kioskGraceMinutes: 5 })).toEqual({ open: true });
    expect(salesState(show, at('2026-12-01T14:35:00Z'), 'kiosk', { kioskGraceMinutes: 5 })).toEqual({ open: false, reason: 'past' });
    expect(salesState(show, at('2026-12-01T14:30:00Z'), 'kiosk', { kioskGraceMinutes: 0 })).toEqual({ open: false, reason: 'past' });
  });
});

describe('salesState across midnight in the theater zone', () => {
  // 00:15 IST on 2 December is 18:45 UTC on 1 December.
  const lateShow = { startsAt: ist('2026-12-02', '00:15').toISOString(), status: 'scheduled' as const };

  it('stores the show at the expected instant', () => {
    expect(lateShow.startsAt).toBe('2026-12-01T18:45:00.000Z');
  });

  it('is open at 23:50 IST the evening before', () => {
    expect(salesState(lateShow, ist('2026-12-01', '23:50'), 'online')).toEqual({ open: true });
  });

  it('is closed online at 00:16 IST', () => {
    expect(salesState(lateShow, ist('2026-12-02', '00:16'), 'online')).toEqual({ open: false, reason: 'started' });
  });

  it('still sells at the kiosk at 00:16 IST and stops at 00:35 IST', () => {
    expect(salesState(lateShow, ist('2026-12-02', '00:16'), 'kiosk')).toEqual({ open: true });
    expect(salesState(lateShow, ist('2026-12-02', '00:35'), 'kiosk')).toEqual({ open: false, reason: 'past' });
  });
});

describe('salesState input checks', () => {
  it('refuses a start time that is not a date', () => {
    expect(() => salesState({ startsAt: 'soon', status: 'scheduled' }, at('2026-12-01T00:00:00Z'), 'online')).toThrow(RangeError);
  });

  it('refuses negative windows', () => {
    expect(() => salesState(show, at('2026-12-01T00:00:00Z'), 'kiosk', { kioskGraceMinutes: -5 })).toThrow(RangeError);
  });
});
