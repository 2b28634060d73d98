/**
 * A screen's seat layout, written the way staff draw it: one string per row, one character per
 * cell. Seats are numbered left to right within their row, skipping gaps.
 *   r regular · p premium · R recliner · c couple · w wheelchair · x blocked seat · . or space: gap/aisle
 */
import type { FieldHint } from './field-hints.js';

export const SEAT_TYPES = ['regular', 'premium', 'recliner', 'couple', 'wheelchair'] as const;
export type SeatType = (typeof SEAT_TYPES)[number];

const CELL_TYPES: Record<string, SeatType> = { r: 'regular', p: 'premium', R: 'recliner', c: 'couple', w: 'wheelchair' };

export interface LayoutSpec {
  rows: { label: string; cells: string }[];
}

export interface Seat {
  id: string;
  row: string;
  number: number;
  x: number;
  y: number;
  type: SeatType;
  blocked: boolean;
}

/** A layout that cannot be read; `hint` says why in a form a page can translate. */
export class LayoutError extends Error {
  constructor(
    message: string,
    readonly hint: FieldHint,
  ) {
    super(message);
  }
}

export function expandLayout(spec: LayoutSpec): Seat[] {
  const seats: Seat[] = [];
  const labels = new Set<string>();
  spec.rows.forEach((row, y) => {
    if (!/^[A-Z]{1,2}$/.test(row.label)) throw new LayoutError(`Row label "${row.label}" must be one or two capital letters.`, { code: 'rowLabel', row: row.label });
    if (labels.has(row.label)) throw new LayoutError(`Row ${row.label} appears twice.`, { code: 'rowTwice', row: row.label });
    labels.add(row.label);
    let number = 0;
    let blockedType: SeatType = 'regular';
    [...row.cells].forEach((cell, x) => {
      if (cell === '.' || cell === ' ') return;
      const blocked = cell === 'x';
      const type = blocked ? blockedType : CELL_TYPES[cell];
      if (!type) throw new LayoutError(`Row ${row.label} has an unknown cell "${cell}" at position ${x + 1}.`, { code: 'rowUnknownCell', row: row.label, cell, position: x + 1 });
      if (!blocked) blockedType = type;
      number++;
      seats.push({ id: `${row.label}${number}`, row: row.label, number, x, y, type, blocked });
    });
  });
  return seats;
}

/** Seats that can be sold (not blocked). */
export function sellableSeatCount(seats: Seat[]): number {
  return seats.filter((s) => !s.blocked).length;
}

export function rowLabel(index: number): string {
  const A = 'A'.charCodeAt(0);
  return index < 26 ? String.fromCharCode(A + index) : String.fromCharCode(A + Math.floor(index / 26) - 1) + String.fromCharCode(A + (index % 26));
}
