import { salesState } from '../../server/domain/sales-window.js';
import { isoInZone } from '../../server/domain/theater-time.js';
import type { ShowtimeView } from '../../server/catalog/showtime-view.js';
import { cachedShowtimes } from '../db/cache-read.js';
import type { KioskDb } from '../db/open-db.js';
import { kioskSeatMap } from './kiosk-seat-map.js';

/** A show as the API shows it (without its status), plus two extras API.md allows. */
export type KioskShow = Omit<ShowtimeView, 'status'> & {
  /** Still sellable at the counter. */
  onSale: boolean;
  /** Seats leased to this kiosk. */
  leasedHere: number;
};

/** The cached shows that have not ended, in API.md's shape, with what this kiosk can sell. */
export function kioskShows(db: KioskDb, kioskId: string, now: Date): KioskShow[] {
  return cachedShowtimes(db)
    .filter((s) => Date.parse(s.endsAt) > now.getTime())
    .map((s) => {
      const map = kioskSeatMap(db, s, kioskId, now);
      return {
        id: s.id,
        movieId: s.movieId,
        movieTitle: s.movieTitle,
        theaterId: s.theaterId,
        theaterName: s.theaterName,
        screenId: s.screenId,
        screenName: s.screenName,
        city: s.cityId,
        startsAt: isoInZone(new Date(s.startsAt), s.timezone),
        timezone: s.timezone,
        language: s.language,
        format: s.format,
        seatsAvailable: map.filter((m) => m.status === 'available').length,
        seatsTotal: s.seatsTotal,
        onSale: salesState(s, now, 'kiosk').open,
        leasedHere: map.filter((m) => m.mine).length,
      };
    });
}
