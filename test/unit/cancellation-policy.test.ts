import { describe, expect, it } from 'vitest';
import { DEFAULT_CANCELLATION_POLICY } from '../../server/domain/catalog.js';
import { describePolicy, REFUND_REASON_MESSAGES, refundFor } from '../../server/domain/cancellation-policy.js';

const startsAt = new Date('2026-12-05T14:30:00Z'); // 20:00 IST
const before = (hours: number, minutes = 0) => new Date(startsAt.getTime() - (hours * 60 + minutes) * 60_000);
const q = { ticketsMinor: 160000 }; // 5 × ₹320; the ₹28 fee is never refunded

describe('refundFor under the default policy', () => {
  it('refunds 75% of the tickets at exactly 24 hours before', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, before(24))).toEqual({ cancellable: true, refundPercent: 75, refundMinor: 120000 });
  });

  it('refunds 75% a week before', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, before(24 * 7))).toEqual({ cancellable: true, refundPercent: 75, refundMinor: 120000 });
  });

  it('refunds 50% at 23 h 59 m before', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, before(23, 59))).toEqual({ cancellable: true, refundPercent: 50, refundMinor: 80000 });
  });

  it('refunds 50% at exactly 4 hours before', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, before(4))).toEqual({ cancellable: true, refundPercent: 50, refundMinor: 80000 });
  });

  it('refunds nothing at 3 h 59 m before, but the seats can still be released', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, before(3, 59))).toEqual({
      cancellable: true,
      refundPercent: 0,
      refundMinor: 0,
      reason: 'too_late_for_refund',
    });
  });

  it('refunds nothing one millisecond before the start', () => {
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, new Date(startsAt.getTime() - 1))).toMatchObject({ cancellable: true, refundMinor: 0 });
  });

  it('is not cancellable at the start or after it', () => {
    const refused = { cancellable: false, refundPercent: 0, refundMinor: 0, reason: 'show_started' };
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, startsAt)).toEqual(refused);
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, new Date(startsAt.getTime() + 60_000))).toEqual(refused);
    expect(refundFor(q, DEFAULT_CANCELLATION_POLICY, startsAt, new Date('2026-12-10T00:00:00Z'))).toEqual(refused);
  });

  it('rounds the refund half up to the paise', () => {
    // 75% of 32201 = 24150.75
    expect(refundFor({ ticketsMinor: 32201 }, DEFAULT_CANCELLATION_POLICY, startsAt, before(48)).refundMinor).toBe(24151);
  });

  it('has a sentence for every reason', () => {
    expect(REFUND_REASON_MESSAGES.show_started).toBe('This show has already started, so the booking can no longer be cancelled.');
    expect(REFUND_REASON_MESSAGES.too_late_for_refund).toBe('The show starts too soon for a refund; cancelling now releases the seats without one.');
  });
});

describe('refundFor under other policies', () => {
  it('reads tiers in any order', () => {
    const policy = { tiers: [{ hoursBefore: 2, refundPercent: 25 }, { hoursBefore: 48, refundPercent: 100 }] };
    expect(refundFor(q, policy, startsAt, before(48))).toEqual({ cancellable: true, refundPercent: 100, refundMinor: 160000 });
    expect(refundFor(q, policy, startsAt, before(47, 59))).toEqual({ cancellable: true, refundPercent: 25, refundMinor: 40000 });
    expect(refundFor(q, policy, startsAt, before(1, 59))).toMatchObject({ refundPercent: 0, refundMinor: 0 });
  });

  it('refunds up to the start with a 0-hour tier', () => {
    const policy = { tiers: [{ hoursBefore: 0, refundPercent: 12.5 }] };
    expect(refundFor(q, policy, startsAt, before(0, 1))).toEqual({ cancellable: true, refundPercent: 12.5, refundMinor: 20000 });
  });

  it('refunds nothing without tiers', () => {
    expect(refundFor(q, { tiers: [] }, startsAt, before(100))).toEqual({
      cancellable: true,
      refundPercent: 0,
      refundMinor: 0,
      reason: 'too_late_for_refund',
    });
  });

  it('refuses a malformed policy', () => {
    expect(() => refundFor(q, { tiers: [{ hoursBefore: 24, refundPercent: 120 }] }, startsAt, before(48))).toThrow(RangeError);
    expect(() => refundFor(q, { tiers: [{ hoursBefore: -1, refundPercent: 50 }] }, startsAt, before(48))).toThrow(RangeError);
  });
});

describe('describePolicy', () => {
  it('describes the default policy', () => {
    expect(describePolicy(DEFAULT_CANCELLATION_POLICY)).toEqual([
      'Cancel at least 24 hours before the show for 75% of the ticket price back.',
      'Cancel at least 4 hours but less than 24 hours before the show for 50% of the ticket price back.',
      'Cancellations less than 4 hours before the show are not refunded.',
      'The convenience fee is not refunded.',
      'Bookings cannot be cancelled once the show has started.',
    ]);
  });

  it('describes full refunds, 0-hour tiers, single hours and minutes', () => {
    expect(
      describePolicy({
        tiers: [
          { hoursBefore: 0, refundPercent: 20 },
          { hoursBefore: 1, refundPercent: 50 },
          { hoursBefore: 0.5, refundPercent: 30 },
          { hoursBefore: 72, refundPercent: 100 },
        ],
      }),
    ).toEqual([
      'Cancel at least 72 hours before the show for a full refund of the ticket price.',
      'Cancel at least 1 hour but less than 72 hours before the show for 50% of the ticket price back.',
      'Cancel at least 30 minutes but less than 1 hour before the show for 30% of the ticket price back.',
      'Cancel less than 30 minutes before the show for 20% of the ticket price back.',
      'The convenience fee is not refunded.',
      'Bookings cannot be cancelled once the show has started.',
    ]);
  });

  it('describes a policy without refunds', () => {
    expect(describePolicy({ tiers: [] })).toEqual([
      'Cancellations before the show are not refunded.',
      'The convenience fee is not refunded.',
      'Bookings cannot be cancelled once the show has started.',
    ]);
  });
});
