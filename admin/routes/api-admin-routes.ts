import { Hono } from 'hono';
import { z } from 'zod';
import { toShowtimeView } from '../../server/catalog/showtime-view.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { isoInZone } from '../../server/domain/theater-time.js';
import type { AppEnv } from '../../server/routes/env.js';
import { readJson, validate } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { getScreen } from '../../server/store/catalog-admin.js';
import type { AdminDeps } from '../deps.js';
import { loadShow } from '../services/change-showtime.js';
import { scheduleShowtimes } from '../services/schedule-showtimes.js';
import { showtimeReport } from '../services/showtime-report.js';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const showtimeInput = z.object({
  movieId: z.string().trim().min(1).max(120),
  screenId: z.string().trim().min(1).max(120),
  startsAt: z
    .string()
    .regex(ISO_WITH_OFFSET, 'startsAt must be ISO-8601 with an offset, e.g. 2026-12-01T18:30:00+05:30.')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'startsAt is not a real date and time.'),
  language: z.string().trim().min(1).max(40),
  format: z.string().trim().min(1).max(40),
  prices: z.record(z.string(), z.unknown()),
});

/** A showtime as the admin API answers: the catalog shape plus what staff set. */
export function adminShowtimeView(s: Showtime) {
  return { ...toShowtimeView(s), endsAt: isoInZone(new Date(s.endsAt), s.timezone), prices: s.prices, layoutVersion: s.layoutVersion, currency: 'INR' };
}

/** The admin JSON routes of API.md (showtimes and their reports). */
export function apiAdminRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/api/v1/admin/showtimes', async (c) => {
    const input = validate(showtimeInput, await readJson(c));
    const screen = await getScreen(deps.db, input.screenId);
    if (!screen) throw new AppError('not_found', 'There is no screen with that id.');
    const who = requireStaff(c, 'showtime.edit', screen.theaterId);
    const [show] = await scheduleShowtimes(deps, who, { ...input, starts: [new Date(input.startsAt)] });
    return c.json({ showtime: adminShowtimeView(show) }, 201);
  });

  app.get('/api/v1/admin/showtimes/:id/report', async (c) => {
    const show = await loadShow(deps, c.req.param('id'));
    requireStaff(c, 'report.view', show.theaterId);
    return c.json(await showtimeReport(deps.db, show, deps.clock()));
  });

  return app;
}
