import { fieldsError } from '../../server/domain/field-hints.js';

const SEAT = /^([A-Z]{1,2})(\d{1,3})$/;

/**
 * Seats as staff type them: "A1, A2, B5-B10" (a range stays in one row). Whether each seat
 * exists is for the layout to say; this only reads the list.
 */
export function parseSeatList(text: string, field = 'seats'): string[] {
  const out: string[] = [];
  for (const part of text.toUpperCase().split(/[\s,;]+/).filter(Boolean)) {
    const [a, b] = part.split('-');
    const from = SEAT.exec(a ?? '');
    if (!from) throw fieldsError(`"${part}" is not a seat such as A1 or a range such as A1-A10.`, { [field]: ['Seats such as A1, A2 or A1-A10.', { code: 'seatList' }] });
    if (b === undefined) {
      out.push(a);
      continue;
    }
    const to = SEAT.exec(b);
    if (!to || to[1] !== from[1] || Number(to[2]) < Number(from[2])) {
      throw fieldsError(`"${part}" is not a range within one row, such as A1-A10.`, { [field]: ['A range stays in one row: A1-A10.', { code: 'seatRange' }] });
    }
    for (let n = Number(from[2]); n <= Number(to[2]); n++) out.push(`${from[1]}${n}`);
  }
  if (out.length === 0) throw fieldsError('Name at least one seat.', { [field]: ['Name at least one seat.', { code: 'pickSeats' }] });
  return out;
}
