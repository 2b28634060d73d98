import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { BookingDeps } from '../booking/deps.js';
import { seatUpdates } from '../booking/seat-updates.js';
import { AppError } from '../domain/errors.js';
import { parseInstant } from '../domain/iso-instant.js';
import { SeatChanges } from '../../views/components/seat-live.js';
import { I18nContext, i18nFor } from '../../views/i18n/i18n.js';
import { requestLang } from '../../views/render.js';
import type { AppEnv } from './env.js';

const TICK_MS = 1000;
const PING_EVERY_TICKS = 15;
/** Streams end after a while and the browser reconnects with the page's `since`: nothing pins a process forever. */
const MAX_STREAM_MS = 10 * 60_000;

/**
 * The server-sent-events variant of live seat updates: one stream per open map, reading the
 * store once a second (live updates come from the store, so any server process can answer) and
 * sending only seats whose state differs from what this stream last sent.
 */
export function seatEventsRoute(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/showtimes/:id/seat-events', (c) => {
    const showtimeId = c.req.param('id');
    const from = parseInstant(c.req.query('since'));
    if (!from) throw new AppError('invalid_request', 'since must be an ISO time.');
    let since = from;
    const i18n = i18nFor(requestLang(c));
    return streamSSE(c, async (stream) => {
      // When a stream ends (MAX_STREAM_MS, a deploy), the browser comes back after half a second.
      await stream.write('retry: 500\n\n');
      const sent = new Map<string, string>();
      const endAt = Date.now() + MAX_STREAM_MS;
      for (let tick = 1; !stream.aborted && !stream.closed && Date.now() < endAt; tick++) {
        const { seats, asOf } = await seatUpdates(deps.db, showtimeId, since, deps.clock());
        since = new Date(asOf);
        const fresh = seats.filter((s) => sent.get(s.id) !== s.status);
        for (const s of fresh) sent.set(s.id, s.status);
        if (fresh.length) {
          const html = await (
            <I18nContext.Provider value={i18n}>
              <SeatChanges seats={fresh} />
            </I18nContext.Provider>
          ).toString();
          await stream.writeSSE({ event: 'seats', data: html });
        } else if (tick % PING_EVERY_TICKS === 0) await stream.write(': ping\n\n');
        await stream.sleep(TICK_MS);
      }
    });
  });
  return app;
}
