import { formatInr } from '../../server/domain/money.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { TYPE_CLASS } from './seat.js';

const TYPE_NAMES: Record<SeatType, string> = {
  regular: 'Regular',
  premium: 'Premium',
  recliner: 'Recliner',
  couple: 'Couple',
  wheelchair: 'Wheelchair',
};

/** Prices of the seat types this screen has, then what each look of a seat means. */
export const SeatLegend = (props: { prices: { type: SeatType; priceMinor: number }[] }) => (
  <div class="legend">
    <ul class="legend-list" aria-label="Prices">
      {props.prices.map((p) => (
        <li data-type={TYPE_CLASS[p.type]} data-price={String(p.priceMinor)}>
          <span class={`s ${TYPE_CLASS[p.type]}`} aria-hidden="true"></span>
          {TYPE_NAMES[p.type]} <strong>{formatInr(p.priceMinor, { withPaise: false })}</strong>
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
      <li>
        <span class="s w" aria-hidden="true"></span>Wheelchair
      </li>
    </ul>
  </div>
);
