import type { Context } from 'hono';
import type { Customer } from '../booking/deps.js';
import { AppError } from '../domain/errors.js';
import { contactOf } from '../notify/booking-notices.js';
import type { AppEnv } from './env.js';

/** The signed-in person, or 401 `unauthenticated`. */
export function requireUser(c: Context<AppEnv>): Customer {
  const user = c.get('user');
  if (!user) throw new AppError('unauthenticated');
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified, contact: contactOf(user) };
}
