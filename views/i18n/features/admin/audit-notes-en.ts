/**
 * The audit log's before/after values, said from their stored facts (server/domain/audit-note.ts);
 * mounted as `admin.auditNotes`. Money, dates, seat types and roles come in already in the page
 * language (views/admin/audit-note.ts).
 */
export const auditNotesEn = {
  theater: (name: string, fee: string, cleaning: string, autoLease: string, refunds: string, amenities: string) =>
    `${name}; fee ${fee}%; cleaning ${cleaning} min; kiosk auto-lease ${autoLease}; refunds ${refunds}; amenities ${amenities}`,
  autoLease: (seats: string, hours: string, back: string) => `${seats} seats/show ${hours} h ahead, back ${back} min before`,
  off: 'off',
  tier: (hours: string, percent: string) => `≥${hours} h ${percent}%`,
  noRefunds: 'no refunds',
  none: 'none',
  layout: (version: string, seats: string, types: string) => `v${version}: ${seats} seats (${types})`,
  blocked: (n: string) => `, ${n} blocked`,
  showCount: (n: string, many: boolean) => `${n} ${many ? 'shows' : 'show'}`,
  shows: (movie: string, language: string, format: string, screen: string, count: string, days: string, times: string, prices: string) =>
    `${movie} (${language}, ${format}) on ${screen}: ${count} ${days} at ${times}; ${prices}`,
  showCancelled: 'cancelled, every booking refunded in full',
  invited: (role: string) => `invited as ${role}`,
  noRole: 'no role',
  inviteResent: (until: string) => `sent again with a new link, open until ${until}`,
  inviteWithdrawn: 'withdrawn',
  booked: (seats: string, paid: string) => `confirmed, ${seats}, paid ${paid}`,
  cancelledPolicy: (percent: string, refund: string) => `cancelled under the policy (${percent}%), refund ${refund}`,
  cancelledWaived: (refund: string) => `cancelled with the policy waived, refund ${refund}`,
  cancelledShow: (refund: string) => `cancelled with the show, refund ${refund}`,
  refunded: (amount: string) => `refunded ${amount}`,
  refundedRest: (total: string, rest: string) => `refunded ${total} (the rest, ${rest})`,
  counterSale: (seats: string, total: string, method: string) => `${seats}, ${total} by ${method}`,
  kioskRevoked: 'revoked; its leased seats are back on sale',
  lease: (kiosk: string, seats: string, show: string, until: string) => `${kiosk}: ${seats} of ${show} until ${until}`,
  backOnSale: (seats: string) => `back on sale: ${seats}`,
  nothingUnsold: 'nothing unsold',
  conflict: (reason: string, seats: string, paid: string) => `${reason}: ${seats}, paid ${paid}`,
  unknownAmount: 'unknown amount',
  refundedAtCounter: (paid: string) => `refunded ${paid} at the counter`,
  reseated: (seats: string) => `reseated to ${seats}`,
  reviewShown: (stars: string) => `★${stars} shown`,
  reviewHidden: (reason: string) => `hidden: ${reason}`,
};

export type AuditNoteWords = typeof auditNotesEn;
