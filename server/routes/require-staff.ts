import type { Context } from 'hono';
import { AppError } from '../domain/errors.js';
import { may, type Action } from '../domain/permissions.js';
import type { RoleGrant } from '../domain/user.js';
import type { AppEnv } from './env.js';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  roles: RoleGrant[];
}

/** The signed-in staff member allowed to do `action` at `theaterId`; 401 signed out, 403 otherwise. */
export function requireStaff(c: Context<AppEnv>, action: Action, theaterId: string): StaffMember {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  if (!may(user.roles, action, theaterId)) throw new AppError('forbidden');
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
