import type { SeatType } from '../../server/domain/seat-layout.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

export type SeatStatus = 'available' | 'held' | 'sold' | 'blocked';

export type SeatView = {
  id: string;
  row: string;
  number: number;
  x: number;
  y: number;
  type: SeatType;
  priceMinor: number;
  status: SeatStatus;
};

/**
 * Class letters stay one character because a 1,200-seat hall repeats them 1,200 times
 * (booking.css spells them out): type r p l c w, state h x b (available has none).
 */
export const TYPE_CLASS: Record<SeatType, string> = { regular: 'r', premium: 'p', recliner: 'l', couple: 'c', wheelchair: 'w' };
const STATUS_CLASS: Record<SeatStatus, string> = { available: '', held: ' h', sold: ' x', blocked: ' b' };

/** What a screen reader says for a seat: id, row, number, type, price and state, in the page's language. */
export function seatName(seat: SeatView, i18n: I18n): string {
  const { t } = i18n;
  return t.seats.seatName(seat.id, seat.row, seat.number, t.seatTypes[seat.type].toLocaleLowerCase(i18n.locale), i18n.money(seat.priceMinor, true), t.seatStates[seat.status]);
}

/**
 * One seat: a real checkbox inside its label, so mouse, touch and keyboard work natively. The
 * full page and the live-update fragments both render this, so they never drift; `oob` marks
 * a fragment that replaces the seat of the same id in place.
 */
export const Seat = (props: { seat: SeatView; checked?: boolean; oob?: boolean; companion?: boolean }) => {
  const { seat } = props;
  const i18n = useI18n();
  const free = seat.status === 'available';
  return (
    <label id={`s${seat.id}`} class={`s ${TYPE_CLASS[seat.type]}${STATUS_CLASS[seat.status]}${props.companion ? ' k' : ''}`} hx-swap-oob={props.oob ? 'true' : undefined}>
      <input type="checkbox" name="seats" value={seat.id} aria-label={seatName(seat, i18n)} checked={free && props.checked} disabled={!free} />
      {seat.number}
    </label>
  );
};
