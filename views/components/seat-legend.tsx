import { formatInr } from '../../server/domain/money.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { SEAT_TYPE_NAMES } from './booking-words.js';
import { TYPE_CLASS } from './seat.js';

const price = (p: { priceMinor: number }) => formatInr(p.priceMinor, { withPaise: false });

/**
 * Prices of the seat types this screen has, then what each look of a seat means. Wheelchair
 * spaces are listed once, among the looks, with their price when the screen has them.
 */
export const SeatLegend = (props: { prices: { type: SeatType; priceMinor: number }[] }) => {
  const wheelchair = props.prices.find((p) => p.type === 'wheelchair');
  return (
    <div class="legend">
      <ul class="legend-list" aria-label="Prices">
        {props.prices
          .filter((p) => p.type !== 'wheelchair')
          .map((p) => (
            <li data-type={TYPE_CLASS[p.type]} data-price={String(p.priceMinor)}>
              <span class={`s ${TYPE_CLASS[p.type]}`} aria-hidden="true"></span>
              {SEAT_TYPE_NAMES[p.type]} <strong>{price(p)}</strong>
            </li>
          ))}
      </ul>
      <ul class="legend-list" aria-label="Seat states">
        <li>
          <span class="s r" aria-hidden="true"></span>Available
        </li>
        <li>
          <span class="s r on" aria-hidden="true"></span>Selected
        </li>
        <li>
          <span class="s r h" aria-hidden="true"></span>Held
        </li>
        <li>
          <span class="s r x" aria-hidden="true"></span>Sold
        </li>
        <li>
          <span class="s r b" aria-hidden="true"></span>Blocked
        </li>
        <li data-type={TYPE_CLASS.wheelchair} data-price={wheelchair ? String(wheelchair.priceMinor) : undefined}>
          <span class="s w" aria-hidden="true"></span>Wheelchair
          {wheelchair ? <strong> {price(wheelchair)}</strong> : null}
        </li>
      </ul>
    </div>
  );
};
