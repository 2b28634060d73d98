import { wheelchairPairs } from '../../server/domain/companion-seats.js';
import { useI18n } from '../i18n/i18n.js';
import { TYPE_CLASS, type SeatView } from './seat.js';

/**
 * The list view of the seat map (`?view=list`): the free seats row by row as plain checkboxes,
 * the same form field as the map, for anyone who finds a grid of 1,200 seats hard to move
 * through. Each row's legend names its seat type and price when the whole row shares them.
 */
export const SeatList = (props: { seats: SeatView[]; selected: ReadonlySet<string> }) => {
  const { t, money } = useI18n();
  const rows = new Map<string, SeatView[]>();
  for (const s of [...props.seats].sort((a, b) => a.y - b.y || a.x - b.x)) {
    if (s.status !== 'available') continue;
    rows.set(s.row, [...(rows.get(s.row) ?? []), s]);
  }
  const kind = (s: SeatView) => `${t.seatTypes[s.type]} · ${money(s.priceMinor, true)}`;
  return (
    <div class="seat-list" id="seat-list">
      <p class="field-hint">{t.seats.listHint}</p>
      {rows.size === 0 ? <p class="muted">{t.seats.noneFreeInRow}</p> : null}
      {[...rows.entries()].map(([row, seats]) => {
        const same = seats.every((s) => s.type === seats[0].type && s.priceMinor === seats[0].priceMinor);
        return (
          <fieldset class="seat-row-list">
            <legend>
              {t.seats.rowLabel(row)}
              {same ? ` · ${kind(seats[0])}` : ''}
            </legend>
            {seats.map((s) => (
              <label class="seat-choice" data-t={TYPE_CLASS[s.type]}>
                <input type="checkbox" name="seats" value={s.id} checked={props.selected.has(s.id)} />
                {s.id}
                {same ? '' : ` · ${kind(s)}`}
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
};

/**
 * Wheelchair spaces with the companion seat beside each: one button holds both. The checkbox
 * dims every other seat on the map (CSS only), so the spaces are easy to find.
 */
export const WheelchairSeats = (props: { seats: SeatView[]; disabled: boolean }) => {
  const { t } = useI18n();
  const hasSpaces = props.seats.some((s) => s.type === 'wheelchair');
  if (!hasSpaces) return null;
  const pairs = wheelchairPairs(props.seats);
  return (
    <section class="seat-alt wheelchair" aria-labelledby="wheelchair-title">
      <h2 id="wheelchair-title" class="booking-heading">
        {t.seats.wheelchairTitle}
      </h2>
      <p class="field-hint">{t.seats.wheelchairHint}</p>
      <label class="choice">
        <input type="checkbox" id="wc-only" />
        <span>{t.seats.wheelchairOnly}</span>
      </label>
      {pairs.length === 0 ? (
        <p class="muted">{t.seats.wheelchairNone}</p>
      ) : (
        <ul class="pair-list">
          {pairs.map((p) => (
            <li>
              <button type="submit" name="seats" value={`${p.space},${p.companion}`} class="button button-secondary" disabled={props.disabled}>
                {t.seats.wheelchairPair(p.space, p.companion)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};

/** Seats that sit beside a free wheelchair space, marked on the map for the wheelchair filter. */
export function companionIds(seats: SeatView[]): Set<string> {
  return new Set(wheelchairPairs(seats).map((p) => p.companion));
}
