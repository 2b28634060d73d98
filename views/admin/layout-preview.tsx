import type { Seat } from '../../server/domain/seat-layout.js';
import { SeatGrid } from '../components/seat-grid.js';
import type { SeatView } from '../components/seat.js';
import { useI18n } from '../i18n/i18n.js';
import type { LayoutSummary } from '../../admin/services/layout-editor.js';

/**
 * The layout as customers will see it: the same seat grid and seat styles as the booking page,
 * every seat free (blocked ones greyed). Swapped in by htmx while staff type.
 */
export const LayoutPreview = (props: { seats: Seat[] | null; summary: LayoutSummary | null; error?: string | null; empty?: boolean }) => {
  const i = useI18n();
  const w = i.t.admin.layout;
  return (
  <>
    {props.error || props.empty ? (
      <p class="form-error" role="alert">
        {props.empty ? w.empty : props.error}
      </p>
    ) : null}
    {props.summary ? (
      <p class="layout-summary">
        <strong>{w.seats(i.num(props.summary.seats))}</strong>: {props.summary.byType.map((t) => `${i.num(t.count)} ${i.t.seatTypes[t.type].toLocaleLowerCase(i.locale)}`).join(', ')}
        {props.summary.blocked ? w.blockedCount(i.num(props.summary.blocked)) : ''}.
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
};
