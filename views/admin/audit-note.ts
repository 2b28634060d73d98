import type { AuditNote } from '../../server/domain/audit-note.js';
import { SEAT_TYPES, type SeatType } from '../../server/domain/seat-layout.js';
import type { I18n } from '../i18n/i18n.js';

/**
 * An audit entry's before or after value in the page's language, from the facts stored with it
 * (server/domain/audit-note.ts): money, dates, times, seat types, roles and payment methods
 * through the page's I18n and catalogs; names, titles and seat ids as stored.
 */
export function auditNoteText(i18n: I18n, note: AuditNote, timezone: string): string {
  const t = i18n.t;
  const w = t.admin.auditNotes;
  const num = (n: number) => i18n.num(n);
  const seatType = (type: SeatType) => (t.seatTypes as Record<string, string>)[type] ?? type;
  const prices = (p: Partial<Record<SeatType, number>>) =>
    SEAT_TYPES.filter((type) => p[type] !== undefined)
      .map((type) => `${seatType(type)} ${i18n.money(p[type] as number, true)}`)
      .join(', ');
  const seats = (list: string[]) => list.join(', ');
  const paid = (minor?: number) => (minor === undefined ? w.unknownAmount : i18n.money(minor));
  switch (note.kind) {
    case 'theater':
      return w.theater(
        note.name,
        (note.feeBps / 100).toLocaleString(i18n.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
        num(note.cleaningMinutes),
        note.autoLease ? w.autoLease(num(note.autoLease.seatsPerShow), num(note.autoLease.hoursAhead), num(note.autoLease.returnMinutesBefore)) : w.off,
        note.tiers.map((x) => w.tier(num(x.hoursBefore), num(x.refundPercent))).join(', ') || w.noRefunds,
        note.amenities.join(', ') || w.none,
      );
    case 'layout': {
      const layout =
        w.layout(num(note.version), num(note.seats), note.byType.map((x) => `${num(x.count)} ${seatType(x.type)}`).join(', ')) + (note.blocked ? w.blocked(num(note.blocked)) : '');
      return note.screen ? `${note.screen}, ${layout}` : layout;
    }
    case 'shows': {
      const days = note.firstDate === note.lastDate ? i18n.day(note.firstDate) : `${i18n.day(note.firstDate)} – ${i18n.day(note.lastDate)}`;
      const times = note.times.map((iso) => i18n.clock(iso, note.timezone)).join(', ');
      return w.shows(note.movieTitle, i18n.name(note.language), note.format, note.screen, w.showCount(num(note.count), note.count !== 1), days, times, prices(note.prices));
    }
    case 'showTime': {
      const when = i18n.when(note.startsAt, note.timezone);
      return note.movieTitle ? `${note.movieTitle}, ${when}` : when;
    }
    case 'showCancelled':
      return w.showCancelled;
    case 'prices':
      return prices(note.prices);
    case 'invited':
      return w.invited(t.admin.staff.roles[note.role]);
    case 'inviteOpen':
      return t.admin.staff.openUntil(i18n.when(note.until, note.timezone));
    case 'inviteResent':
      return w.inviteResent(i18n.when(note.until, note.timezone));
    case 'inviteWithdrawn':
      return w.inviteWithdrawn;
    case 'role':
      return t.admin.staff.roles[note.role];
    case 'noRole':
      return w.noRole;
    case 'booked':
      return w.booked(seats(note.seats), i18n.money(note.paidMinor));
    case 'cancelled':
      return note.why === 'policy' ? w.cancelledPolicy(num(note.percent), i18n.money(note.refundMinor)) : note.why === 'show' ? w.cancelledShow(i18n.money(note.refundMinor)) : w.cancelledWaived(i18n.money(note.refundMinor));
    case 'refunded':
      return note.restMinor === undefined ? w.refunded(i18n.money(note.amountMinor)) : w.refundedRest(i18n.money(note.amountMinor), i18n.money(note.restMinor));
    case 'counterSale':
      return w.counterSale(seats(note.seats), i18n.money(note.totalMinor), (t.admin.states.paymentMethod as Record<string, string>)[note.method] ?? note.method);
    case 'kioskRevoked':
      return w.kioskRevoked;
    case 'lease':
      return w.lease(note.kiosk, seats(note.seats), note.showtimeId, i18n.when(note.endsAt, timezone));
    case 'seats':
      return seats(note.seats);
    case 'backOnSale':
      return note.seats.length ? w.backOnSale(seats(note.seats)) : w.nothingUnsold;
    case 'conflict':
      return w.conflict((t.admin.kiosks.reasons as Record<string, string>)[note.reason] ?? note.reason, seats(note.seats), paid(note.paidMinor));
    case 'refundedAtCounter':
      return w.refundedAtCounter(paid(note.paidMinor));
    case 'reseated':
      return w.reseated(seats(note.seats));
    case 'reviewShown':
      return w.reviewShown(num(note.rating));
    case 'reviewHidden':
      return w.reviewHidden(note.reason);
  }
}
