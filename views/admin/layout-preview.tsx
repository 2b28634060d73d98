import type { Seat } from '../../server/domain/seat-layout.js';
import { SeatGrid } from '../components/seat-grid.js';
import type { SeatView } from '../components/seat.js';
import { SEAT_TYPE_NAMES } from '../components/booking-words.js';
import type { LayoutSummary } from '../../admin/services/layout-editor.js';

/**
 * The layout as customers will see it: the same seat grid and seat styles as the booking page,
 * every seat free (blocked ones greyed). Swapped in by htmx while staff type.
 */
export const LayoutPreview = (props: { seats: Seat[] | null; summary: LayoutSummary | null; error?: string | null }) => (
  <>
    {props.error ? (
      <p class="form-error" role="alert">
        {props.error}
      </p>
    ) : null}
    {props.summary ? (
      <p class="layout-summary">
        <strong>{props.summary.seats} seats</strong>: {props.summary.byType.map((t) => `${t.count} ${SEAT_TYPE_NAMES[t.type].toLowerCase()}`).join(', ')}
        {props.summary.blocked ? `; ${props.summary.blocked} blocked` : ''}.
      </p>
    ) : null}
    {props.seats ? (
      /* A picture of the map, not a form: its checkboxes take no focus or clicks (the summary above reads it out). */
      <div class="smap" inert>
        <SeatGrid
          seats={props.seats.map((s): SeatView => ({ id: s.id, row: s.row, number: s.number, x: s.x, y: s.y, type: s.type, priceMinor: 0, status: s.blocked ? 'blocked' : 'available' }))}
          selected={new Set()}
        />
      </div>
    ) : null}
  </>
);
