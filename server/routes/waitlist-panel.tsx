import type { Context } from 'hono';
import type { BookingDeps } from '../booking/deps.js';
import type { SeatMap } from '../booking/seat-map.js';
import { announceExpiredHolds, waitlistEntryFor } from '../booking/waitlist.js';
import { WaitlistPanel } from '../../views/components/waitlist-panel.js';
import type { AppEnv } from './env.js';
import { tr } from './render.js';

/**
 * The seat-map page's waitlist part: shown when no seat is free (or the customer is on the
 * list). Reading the map is also when expired holds are announced to the waitlist (DESIGN rule 1
 * frees them without a write, so nothing else notices them).
 */
export async function waitlistPanel(deps: BookingDeps, c: Context<AppEnv>, map: SeatMap, onSale: boolean) {
  if (!onSale) return null;
  void announceExpiredHolds(deps, map.showtime.id).catch((err: unknown) => deps.log('warn', 'expired holds not announced', { error: (err as Error).message }));
  const user = c.get('user');
  const soldOut = !map.seats.some((s) => s.status === 'available');
  // Only a sold-out map (or the page the waitlist forms come back to) costs the extra read.
  const entry = user && (soldOut || c.req.query('waitlist')) ? await waitlistEntryFor(deps, user.id, map.showtime.id) : null;
  if (!soldOut && !entry) return null;
  const w = tr(c).t.rewards.waitlist;
  const q = c.req.query('waitlist');
  const notice = q === 'joined' ? null : q === 'left' ? w.left : q === 'notneeded' ? w.notNeeded : null;
  return (
    <WaitlistPanel
      showtimeId={map.showtime.id}
      csrfToken={c.get('csrfToken')}
      signedIn={!!user}
      entry={entry ? { seats: entry.seats, status: entry.status } : null}
      notice={notice}
    />
  );
}
