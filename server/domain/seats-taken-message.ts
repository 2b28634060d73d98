/** The sentence for `409 seats_unavailable`, naming the seats lost in seat-map order. */

const SEAT_ID = /^([A-Z]+)(\d+)$/;
const fallback = new Intl.Collator('en', { numeric: true });

/** Seat-map order: row A..Z then AA..AZ (shorter labels first), then seat number (A2 before A10). */
export function compareSeatIds(a: string, b: string): number {
  const ma = SEAT_ID.exec(a);
  const mb = SEAT_ID.exec(b);
  if (!ma || !mb) return fallback.compare(a, b);
  const [, rowA, numA] = ma;
  const [, rowB, numB] = mb;
  if (rowA !== rowB) return rowA.length - rowB.length || (rowA < rowB ? -1 : 1);
  return Number(numA) - Number(numB);
}

export function seatsTakenMessage(seatIds: string[]): string {
  const ids = [...new Set(seatIds)].sort(compareSeatIds);
  if (ids.length === 0) return 'Some of those seats were just taken — pick others.';
  if (ids.length === 1) return `Seat ${ids[0]} was just taken — pick another.`;
  return `Seats ${ids.join(', ')} were just taken — pick others.`;
}
