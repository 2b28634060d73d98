import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { AppError } from '../../server/domain/errors.js';
import { may, theatersFor, type Action } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { page, tr } from '../../server/routes/render.js';
import { requireStaff, type StaffMember } from '../../server/routes/require-staff.js';
import { AdminShell, type AdminNavItem, type AdminSection } from '../../views/admin/admin-shell.js';
import type { Flash } from '../../views/view-types.js';
import type { AdminDeps } from '../deps.js';
import { theaterScope, type TheaterScope } from '../services/theater-scope.js';

/** The panel's sections, and the action that shows each (at the page's theater). */
const SECTIONS: { section: AdminSection; label: string; path: string; action: Action; global?: boolean }[] = [
  { section: 'dashboard', label: 'Dashboard', path: '/admin', action: 'theater.view' },
  { section: 'theaters', label: 'Theaters', path: '/admin/theaters', action: 'theater.view' },
  { section: 'screens', label: 'Screens', path: '/admin/screens', action: 'screen.edit' },
  { section: 'movies', label: 'Movies', path: '/admin/movies', action: 'movie.edit', global: true },
  { section: 'showtimes', label: 'Showtimes', path: '/admin/showtimes', action: 'theater.view' },
  { section: 'bookings', label: 'Bookings', path: '/admin/bookings', action: 'booking.view' },
  { section: 'kiosks', label: 'Kiosks', path: '/admin/kiosks', action: 'kiosk.manage' },
  { section: 'reports', label: 'Reports', path: '/admin/reports', action: 'report.view' },
  { section: 'audit', label: 'Audit log', path: '/admin/audit', action: 'audit.view' },
  { section: 'messages', label: 'Messages', path: '/admin/messages', action: 'booking.resend' },
  { section: 'staff', label: 'Staff', path: '/admin/staff', action: 'staff.invite' },
  { section: 'reviews', label: 'Reviews', path: '/admin/reviews', action: 'review.moderate', global: true },
];

/** The signed-in staff member (the gate has already refused everyone else). */
export function staffOf(c: Context<AppEnv>): StaffMember {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}

/** The page's theater (`?theater=`, else the first allowed) once `action` is allowed there. */
export async function scopeFor(c: Context<AppEnv>, deps: AdminDeps, action: Action): Promise<TheaterScope & { staff: StaffMember }> {
  const staff = staffOf(c);
  const scope = await theaterScope(deps.db, staff.roles, action, c.req.query('theater') || undefined);
  requireStaff(c, action, scope.theater.id);
  return { ...scope, staff };
}

export const withTheater = (path: string, theaterId: string | undefined) =>
  theaterId ? `${path}${path.includes('?') ? '&' : '?'}theater=${encodeURIComponent(theaterId)}` : path;

export function adminPage(
  c: Context<AppEnv>,
  opts: { title: string; section: AdminSection; scope?: Pick<TheaterScope, 'theater' | 'theaters'>; status?: number; flash?: Flash | null },
  content: Child,
): Promise<Response> {
  const roles = staffOf(c).roles;
  const theaterId = opts.scope?.theater.id;
  const w = tr(c).t.admin;
  const names: Record<string, string> = w.nav;
  const nav: AdminNavItem[] = SECTIONS.filter((s) =>
    s.global || !theaterId ? theatersFor(roles, s.action).length > 0 : may(roles, s.action, theaterId),
  ).map((s) => ({ section: s.section, label: names[s.section] ?? s.label, href: s.global ? s.path : withTheater(s.path, theaterId) }));
  return page(
    c,
    w.shell.tab(opts.title),
    <AdminShell section={opts.section} nav={nav} theaterId={theaterId} theaters={opts.scope?.theaters ?? []} switchPath={c.req.path}>
      {content}
    </AdminShell>,
    { status: opts.status, flash: opts.flash },
  );
}

/** A flash message carried over a redirect in the query string (`?done=…`), from a fixed list. */
export function doneFlash(c: Context<AppEnv>, messages: Record<string, string>): Flash | null {
  const key = c.req.query('done');
  return key && messages[key] ? { kind: 'success', text: messages[key] } : null;
}
