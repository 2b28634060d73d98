import { useI18n } from '../i18n/i18n.js';
import { Seat, type SeatView } from './seat.js';

/**
 * Seats placed by their x/y under the screen: one row per y, one cell per x, an empty cell for
 * every gap or aisle, so columns line up from row to row. Row letters start each row.
 */
export const SeatGrid = (props: { seats: SeatView[]; selected: ReadonlySet<string>; companions?: ReadonlySet<string> }) => {
  const rows = new Map<number, Map<number, SeatView>>();
  let maxX = 0;
  let maxY = 0;
  for (const s of props.seats) {
    if (!rows.has(s.y)) rows.set(s.y, new Map());
    rows.get(s.y)!.set(s.x, s);
    maxX = Math.max(maxX, s.x);
    maxY = Math.max(maxY, s.y);
  }
  const { t } = useI18n();
  const xs = Array.from({ length: maxX + 1 }, (_, x) => x);
  return (
    <div class="sg">
      <p class="scr">
        <span>{t.seats.screen}</span>
      </p>
      {Array.from({ length: maxY + 1 }, (_, y) => {
        const row = rows.get(y);
        const first = row?.values().next().value;
        return (
          <div class="sr">
            <b aria-hidden="true">{first?.row ?? ''}</b>
            {xs.map((x) => {
              const seat = row?.get(x);
              return seat ? <Seat seat={seat} checked={props.selected.has(seat.id)} companion={props.companions?.has(seat.id)} /> : <i></i>;
            })}
          </div>
        );
      })}
    </div>
  );
};
