import type { RoleGrant, StaffRole } from './user.js';

/**
 * Who may do what in the admin panel, the staff API and the kiosk. Owners run their
 * organisation's theaters, managers one theater, staff the box office, check-in and kiosks.
 * A grant covers only the theaters it names.
 */
export const ACTIONS = {
  'theater.view': 'staff',
  'theater.edit': 'owner',
  'theater.create': 'owner',
  'screen.edit': 'manager',
  'movie.edit': 'manager',
  'showtime.edit': 'manager',
  'booking.view': 'staff',
  'booking.counter-sale': 'staff',
  'booking.cancel': 'manager',
  'booking.refund': 'manager',
  'booking.resend': 'staff',
  'kiosk.manage': 'manager',
  'lease.manage': 'manager',
  'conflict.resolve': 'manager',
  'checkin.scan': 'staff',
  'report.view': 'manager',
  'audit.view': 'owner',
  'staff.invite': 'manager',
  /** Reviews belong to movies, which every theater shares: a manager or owner of any theater hides them. */
  'review.moderate': 'manager',
} as const satisfies Record<string, StaffRole>;

export type Action = keyof typeof ACTIONS;

const RANK: Record<StaffRole, number> = { staff: 1, manager: 2, owner: 3 };

/** True when some grant of at least the action's role names `theaterId`. */
export function may(roles: RoleGrant[], action: Action, theaterId: string): boolean {
  const need = RANK[ACTIONS[action]];
  return roles.some((g) => RANK[g.role] >= need && g.theaterIds.includes(theaterId));
}

/** The theaters where `action` is allowed (for lists and pickers). */
export function theatersFor(roles: RoleGrant[], action: Action): string[] {
  const need = RANK[ACTIONS[action]];
  return [...new Set(roles.filter((g) => RANK[g.role] >= need).flatMap((g) => g.theaterIds))];
}

/** Anyone with a staff role at all (the admin panel's front door). */
export function isStaff(roles: RoleGrant[]): boolean {
  return roles.some((g) => g.theaterIds.length > 0);
}
