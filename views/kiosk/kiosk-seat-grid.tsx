import { formatInr } from '../../server/domain/money.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { TYPE_CLASS } from '../components/seat.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import { useI18n } from '../i18n/i18n.js';

export interface KioskSeatView {
  id: string;
  row: string;
  number: number;
  x: number;
  y: number;
  type: SeatType;
  priceMinor: number;
  status: 'available' | 'held' | 'sold' | 'blocked';
  /** In this kiosk's lease: sellable with the link down. */
  mine: boolean;
}

const STATUS_CLASS = { available: '', held: ' h', sold: ' x', blocked: ' b' } as const;

/**
 * The seat map at the counter: the customer map's grid (booking.css), bigger seats, and this
 * kiosk's leased seats marked. Offline, only those can be ticked.
 */
export const KioskSeatGrid = (props: { seats: KioskSeatView[]; online: boolean; selected: ReadonlySet<string> }) => {
  const rows = new Map<number, Map<number, KioskSeatView>>();
  let maxX = 0;
  let maxY = 0;
  for (const s of props.seats) {
    if (!rows.has(s.y)) rows.set(s.y, new Map());
    rows.get(s.y)!.set(s.x, s);
    maxX = Math.max(maxX, s.x);
    maxY = Math.max(maxY, s.y);
  }
  const xs = Array.from({ length: maxX + 1 }, (_, x) => x);
  const { t } = useI18n();
  const w = useKioskWords();
  /** What a screen reader says: row, number, type, price and whether it can be sold here now. */
  const seatName = (seat: KioskSeatView, sellable: boolean): string => {
    const state = sellable ? (seat.mine ? w.seatMap.leased : t.seatStates.available) : seat.status === 'available' ? w.seatMap.offlineOnly : t.seatStates[seat.status];
    return `${w.seatMap.seat(seat.row, seat.number)}, ${t.seatTypes[seat.type]}, ${formatInr(seat.priceMinor, { withPaise: false })}, ${state}`;
  };
  return (
    <div class="sg kiosk-grid">
      <p class="scr">
        <span>{w.sell.screen}</span>
      </p>
      {Array.from({ length: maxY + 1 }, (_, y) => {
        const row = rows.get(y);
        const first = row?.values().next().value;
        return (
          <div class="sr">
            <b aria-hidden="true">{first?.row ?? ''}</b>
            {xs.map((x) => {
              const seat = row?.get(x);
              if (!seat) return <i></i>;
              const sellable = seat.status === 'available' && (props.online || seat.mine);
              const look = seat.status === 'available' && !sellable ? ' h' : STATUS_CLASS[seat.status];
              const name = seatName(seat, sellable);
              return (
                <label id={`s${seat.id}`} class={`s ${TYPE_CLASS[seat.type]}${look}${seat.mine ? ' m' : ''}`}>
                  <input type="checkbox" name="seats" value={seat.id} aria-label={name} checked={sellable && props.selected.has(seat.id)} disabled={!sellable} />
                  {seat.number}
                </label>
              );
            })}
          </div>
        );
      })}
    </div>
  );
};
