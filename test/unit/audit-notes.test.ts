import { describe, expect, it } from 'vitest';
import type { AuditNote, AuditNoteKind } from '../../server/domain/audit-note.js';
import { auditNoteText } from '../../views/admin/audit-note.js';
import { i18nFor } from '../../views/i18n/i18n.js';

/** One note of every kind (typed: a new kind without an example fails the typecheck). */
const NOTES: { [K in AuditNoteKind]: Extract<AuditNote, { kind: K }> } = {
  theater: { kind: 'theater', name: 'Lake View', feeBps: 175, cleaningMinutes: 20, autoLease: { seatsPerShow: 4, hoursAhead: 24, returnMinutesBefore: 30 }, tiers: [{ hoursBefore: 24, refundPercent: 75 }], amenities: ['Parking'] },
  layout: { kind: 'layout', screen: 'Screen 1', version: 2, seats: 16, blocked: 1, byType: [{ type: 'regular', count: 8 }, { type: 'premium', count: 8 }] },
  shows: { kind: 'shows', movieTitle: 'Chai', language: 'Hindi', format: '2D', screen: 'Screen 1', count: 2, firstDate: '2026-12-06', lastDate: '2026-12-07', times: ['2026-12-06T12:30:00.000Z'], timezone: 'Asia/Kolkata', prices: { regular: 20000 } },
  showTime: { kind: 'showTime', startsAt: '2026-12-06T12:30:00.000Z', timezone: 'Asia/Kolkata', movieTitle: 'Chai' },
  showCancelled: { kind: 'showCancelled' },
  prices: { kind: 'prices', prices: { regular: 20000, recliner: 50000 } },
  invited: { kind: 'invited', role: 'manager' },
  role: { kind: 'role', role: 'staff' },
  noRole: { kind: 'noRole' },
  inviteOpen: { kind: 'inviteOpen', until: '2026-12-03T06:30:00.000Z', timezone: 'Asia/Kolkata' },
  inviteResent: { kind: 'inviteResent', until: '2026-12-03T06:30:00.000Z', timezone: 'Asia/Kolkata' },
  inviteWithdrawn: { kind: 'inviteWithdrawn' },
  booked: { kind: 'booked', seats: ['A1', 'A2'], paidMinor: 64000 },
  cancelled: { kind: 'cancelled', why: 'policy', percent: 75, refundMinor: 48000 },
  refunded: { kind: 'refunded', amountMinor: 64000, restMinor: 16000 },
  counterSale: { kind: 'counterSale', seats: ['A1'], totalMinor: 32000, method: 'cash' },
  kioskRevoked: { kind: 'kioskRevoked' },
  lease: { kind: 'lease', kiosk: 'Foyer', seats: ['A1'], showtimeId: 'show-1', endsAt: '2026-12-06T12:00:00.000Z' },
  seats: { kind: 'seats', seats: ['A1'] },
  backOnSale: { kind: 'backOnSale', seats: [] },
  conflict: { kind: 'conflict', reason: 'seats_taken', seats: ['A1'], paidMinor: 32000 },
  refundedAtCounter: { kind: 'refundedAtCounter' },
  reseated: { kind: 'reseated', seats: ['B1'] },
  reviewShown: { kind: 'reviewShown', rating: 4 },
  reviewHidden: { kind: 'reviewHidden', reason: 'spoilers' },
};

describe('audit notes', () => {
  it('says every kind in Hindi and Telugu script and in English', () => {
    for (const note of Object.values(NOTES)) {
      expect(auditNoteText(i18nFor('en'), note, 'Asia/Kolkata'), note.kind).not.toMatch(/undefined|\[object/);
      if (note.kind === 'seats') continue; // seat ids only
      expect(auditNoteText(i18nFor('hi'), note, 'Asia/Kolkata'), note.kind).toMatch(/[\u0900-\u097F]/);
      expect(auditNoteText(i18nFor('te'), note, 'Asia/Kolkata'), note.kind).toMatch(/[\u0C00-\u0C7F]/);
    }
  });

  it('keeps the English summary’s shape on English pages', () => {
    const en = i18nFor('en');
    expect(auditNoteText(en, NOTES.invited, 'Asia/Kolkata')).toBe('invited as manager');
    expect(auditNoteText(en, NOTES.layout, 'Asia/Kolkata')).toBe('Screen 1, v2: 16 seats (8 Regular, 8 Premium), 1 blocked');
    expect(auditNoteText(en, NOTES.theater, 'Asia/Kolkata')).toBe('Lake View; fee 1.75%; cleaning 20 min; kiosk auto-lease 4 seats/show 24 h ahead, back 30 min before; refunds ≥24 h 75%; amenities Parking');
  });
});
