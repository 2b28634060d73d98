import { describe, expect, it } from 'vitest';
import { isStaff, may, theatersFor } from '../../server/domain/permissions.js';

describe('permissions', () => {
  const owner = [{ role: 'owner' as const, theaterIds: ['t1', 't2'] }];
  const manager = [{ role: 'manager' as const, theaterIds: ['t1'] }];
  const staff = [{ role: 'staff' as const, theaterIds: ['t1'] }];

  it('ranks owner over manager over staff, per theater', () => {
    expect(may(owner, 'showtime.edit', 't2')).toBe(true);
    expect(may(manager, 'showtime.edit', 't1')).toBe(true);
    expect(may(manager, 'showtime.edit', 't2')).toBe(false);
    expect(may(staff, 'showtime.edit', 't1')).toBe(false);
    expect(may(staff, 'booking.counter-sale', 't1')).toBe(true);
    expect(may(manager, 'theater.edit', 't1')).toBe(false);
    expect(may([], 'booking.view', 't1')).toBe(false);
  });

  it('lists the theaters an action is allowed at', () => {
    expect(theatersFor([...manager, { role: 'staff', theaterIds: ['t3'] }], 'report.view')).toEqual(['t1']);
    expect(theatersFor(owner, 'booking.view')).toEqual(['t1', 't2']);
    expect(isStaff(staff)).toBe(true);
    expect(isStaff([])).toBe(false);
  });
});
