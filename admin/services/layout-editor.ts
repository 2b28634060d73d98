import type { AuditNote } from '../../server/domain/audit-note.js';
import type { Screen } from '../../server/domain/catalog.js';
import { fieldsError, formError, type FieldProblem } from '../../server/domain/field-hints.js';
import { expandLayout, LayoutError, rowLabel, sellableSeatCount, SEAT_TYPES, type LayoutSpec, type Seat } from '../../server/domain/seat-layout.js';

/**
 * The seat layout editor's form ⇄ the layout spec (server/domain/seat-layout.ts): one row per
 * line, a label and a string of cells. Staff type cells (r p R c w x, `.` for a gap or aisle)
 * or fill a grid first and then change single cells.
 */
export const MAX_ROWS = 60;
export const MAX_CELLS = 100;
const CELL = /^[rpRcwx. ]*$/;

export interface LayoutForm {
  rows: { label: string; cells: string }[];
}

/** The rows of a posted editor form (`label_<i>`, `cells_<i>`), empty rows dropped; an empty label takes the next letter. */
export function layoutFromForm(form: Record<string, string>): LayoutForm {
  const count = Math.min(Number(form.rowCount) || 0, MAX_ROWS + 10);
  const rows: LayoutForm['rows'] = [];
  for (let i = 0; i < count; i++) {
    const label = (form[`label_${i}`] ?? '').trim().toUpperCase();
    const cells = (form[`cells_${i}`] ?? '').replace(/\s+$/, '');
    if (!label && !cells.trim()) continue;
    rows.push({ label, cells });
  }
  return { rows };
}

/** Checks the rows and turns them into a spec, naming the first problem per row. */
export function specOf(layout: LayoutForm): LayoutSpec {
  const fields: Record<string, FieldProblem> = {};
  if (layout.rows.length === 0) throw fieldsError('Add at least one row of seats.', { rows: ['Add at least one row.', { code: 'rowsNone' }] }, { formHint: { code: 'rowsNone' } });
  if (layout.rows.length > MAX_ROWS) throw fieldsError(`A screen may have at most ${MAX_ROWS} rows.`, { rows: [`At most ${MAX_ROWS} rows.`, { code: 'rowsMax', max: MAX_ROWS }] }, { formHint: { code: 'rowsMax', max: MAX_ROWS } });
  const used = new Set(layout.rows.map((r) => r.label).filter(Boolean));
  let next = 0;
  const rows = layout.rows.map((r, i) => {
    let label = r.label;
    if (!label) {
      while (used.has(rowLabel(next))) next++;
      label = rowLabel(next);
      used.add(label);
    }
    if (!CELL.test(r.cells)) fields[`row${i}`] = [`Row ${label}: use only r, p, R, c, w, x and . (gap).`, { code: 'rowCells', row: label }];
    else if (r.cells.length > MAX_CELLS) fields[`row${i}`] = [`Row ${label}: at most ${MAX_CELLS} cells.`, { code: 'rowTooLong', row: label, max: MAX_CELLS }];
    else if (!/[rpRcwx]/.test(r.cells)) fields[`row${i}`] = [`Row ${label} has no seats.`, { code: 'rowNoSeats', row: label }];
    return { label, cells: r.cells.replaceAll(' ', '.') };
  });
  const first = Object.values(fields)[0];
  if (first) throw fieldsError(first[0], fields, { formHint: first[1] });
  const spec = { rows };
  try {
    const seats = expandLayout(spec);
    if (sellableSeatCount(seats) === 0) throw formError('Every seat is blocked; leave at least one to sell.', { code: 'allBlocked' });
  } catch (err) {
    if (err instanceof LayoutError) throw fieldsError(err.message, { rows: [err.message, err.hint] }, { formHint: err.hint });
    throw err;
  }
  return spec;
}

/** A fresh grid: `rows` rows of `seats` regular seats, an aisle after each seat number in `aisles`. */
export function gridSpec(rows: number, seats: number, aisles: number[]): LayoutForm {
  const r = Math.max(1, Math.min(MAX_ROWS, Math.floor(rows) || 0));
  const n = Math.max(1, Math.min(MAX_CELLS, Math.floor(seats) || 0));
  const cut = new Set(aisles.filter((a) => a > 0 && a < n));
  let cells = '';
  for (let s = 1; s <= n; s++) cells += cut.has(s - 1) ? '.r' : 'r';
  return { rows: Array.from({ length: r }, (_, i) => ({ label: rowLabel(i), cells })) };
}

export function formRows(spec: LayoutSpec | LayoutForm): LayoutForm['rows'] {
  return spec.rows.map((r) => ({ label: r.label, cells: r.cells }));
}

export interface LayoutSummary {
  seats: number;
  blocked: number;
  byType: { type: (typeof SEAT_TYPES)[number]; count: number }[];
}

export function summarizeSeats(seats: Seat[]): LayoutSummary {
  const sellable = seats.filter((s) => !s.blocked);
  return {
    seats: sellable.length,
    blocked: seats.length - sellable.length,
    byType: SEAT_TYPES.map((type) => ({ type, count: sellable.filter((s) => s.type === type).length })).filter((t) => t.count > 0),
  };
}

export function summaryText(version: number, s: LayoutSummary): string {
  return `v${version}: ${s.seats} seats (${s.byType.map((t) => `${t.count} ${t.type}`).join(', ')})${s.blocked ? `, ${s.blocked} blocked` : ''}`;
}

/** A layout summary as an audit note (screen name for a new screen). */
export function layoutNote(version: number, s: LayoutSummary, screen?: string): AuditNote {
  return { kind: 'layout', ...(screen ? { screen } : {}), version, seats: s.seats, blocked: s.blocked, byType: s.byType };
}

/** The seat types of a screen's layout that need a price. */
export function pricedTypes(seats: Seat[]): Seat['type'][] {
  return SEAT_TYPES.filter((t) => seats.some((s) => !s.blocked && s.type === t));
}

export type { Screen };
