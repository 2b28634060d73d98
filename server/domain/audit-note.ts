import type { SeatType } from './seat-layout.js';
import type { StaffRole } from './user.js';

/**
 * An audit entry's before or after value as facts (amounts in paise, instants in UTC, stored
 * names), so the audit page can say it in its own language. The entry also keeps an English
 * summary (`before`/`after`), which older entries have alone.
 */
export type AuditNote =
  | {
      kind: 'theater';
      name: string;
      feeBps: number;
      cleaningMinutes: number;
      autoLease?: { seatsPerShow: number; hoursAhead: number; returnMinutesBefore: number };
      tiers: { hoursBefore: number; refundPercent: number }[];
      amenities: string[];
    }
  | { kind: 'layout'; screen?: string; version: number; seats: number; blocked: number; byType: { type: SeatType; count: number }[] }
  | {
      kind: 'shows';
      movieTitle: string;
      language: string;
      format: string;
      screen: string;
      count: number;
      firstDate: string;
      lastDate: string;
      /** One start instant per time of day, read on `timezone`'s clock. */
      times: string[];
      timezone: string;
      prices: Partial<Record<SeatType, number>>;
    }
  | { kind: 'showTime'; startsAt: string; timezone: string; movieTitle?: string }
  | { kind: 'showCancelled' }
  | { kind: 'prices'; prices: Partial<Record<SeatType, number>> }
  | { kind: 'invited'; role: StaffRole }
  /** An open invitation until `until`; sent again with a new link, open until `until`; withdrawn. */
  | { kind: 'inviteOpen'; until: string; timezone: string }
  | { kind: 'inviteResent'; until: string; timezone: string }
  | { kind: 'inviteWithdrawn' }
  | { kind: 'role'; role: StaffRole }
  | { kind: 'noRole' }
  | { kind: 'booked'; seats: string[]; paidMinor: number }
  | { kind: 'cancelled'; why: 'policy' | 'waived' | 'show'; percent: number; refundMinor: number }
  | { kind: 'refunded'; amountMinor: number; restMinor?: number }
  | { kind: 'counterSale'; seats: string[]; totalMinor: number; method: string }
  | { kind: 'kioskRevoked' }
  | { kind: 'lease'; kiosk: string; seats: string[]; showtimeId: string; endsAt: string }
  | { kind: 'seats'; seats: string[] }
  | { kind: 'backOnSale'; seats: string[] }
  | { kind: 'conflict'; reason: string; seats: string[]; paidMinor?: number }
  | { kind: 'refundedAtCounter'; paidMinor?: number }
  | { kind: 'reseated'; seats: string[] }
  | { kind: 'reviewShown'; rating: number }
  | { kind: 'reviewHidden'; reason: string };

export type AuditNoteKind = AuditNote['kind'];
