import type { SeatType } from '../../server/domain/seat-layout.js';
import { useI18n } from '../i18n/i18n.js';
import { TYPE_CLASS } from './seat.js';

/**
 * Prices of the seat types this screen has, then what each look of a seat means. Wheelchair
 * spaces are listed once, among the looks, with their price when the screen has them.
 */
export const SeatLegend = (props: { prices: { type: SeatType; priceMinor: number }[] }) => {
  const { t, money } = useI18n();
  const w = t.seats;
  const wheelchair = props.prices.find((p) => p.type === 'wheelchair');
  return (
    <div class="legend">
      <ul class="legend-list" aria-label={w.prices}>
        {props.prices
          .filter((p) => p.type !== 'wheelchair')
          .map((p) => (
            <li data-type={TYPE_CLASS[p.type]} data-price={String(p.priceMinor)}>
              <span class={`s ${TYPE_CLASS[p.type]}`} aria-hidden="true"></span>
              {t.seatTypes[p.type]} <strong>{money(p.priceMinor, true)}</strong>
            </li>
          ))}
      </ul>
      <ul class="legend-list" aria-label={w.states}>
        <li>
          <span class="s r" aria-hidden="true"></span>
          {w.available}
        </li>
        <li>
          <span class="s r on" aria-hidden="true"></span>
          {w.selected}
        </li>
        <li>
          <span class="s r h" aria-hidden="true"></span>
          {w.held}
        </li>
        <li>
          <span class="s r x" aria-hidden="true"></span>
          {w.sold}
        </li>
        <li>
          <span class="s r b" aria-hidden="true"></span>
          {w.blocked}
        </li>
        <li data-type={TYPE_CLASS.wheelchair} data-price={wheelchair ? String(wheelchair.priceMinor) : undefined}>
          <span class="s w" aria-hidden="true"></span>
          {t.seatTypes.wheelchair}
          {wheelchair ? <strong> {money(wheelchair.priceMinor, true)}</strong> : null}
        </li>
      </ul>
    </div>
  );
};
