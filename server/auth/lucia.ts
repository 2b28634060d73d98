import { Lucia, TimeSpan } from 'lucia';
import type { User } from '../domain/user.js';
import type { Db } from '../store/db.js';
import { DynamoSessionAdapter, type SessionMeta } from '../store/sessions.js';

export const SESSION_COOKIE = 'mm_session';

export function createLucia(db: Db, opts: { secureCookies: boolean }) {
  return new Lucia(new DynamoSessionAdapter(db), {
    sessionExpiresIn: new TimeSpan(30, 'd'),
    sessionCookie: {
      name: SESSION_COOKIE,
      attributes: { secure: opts.secureCookies, sameSite: 'lax' },
    },
    getUserAttributes: (a) => ({
      email: a.email,
      name: a.name,
      phone: a.phone,
      smsOptIn: a.smsOptIn,
      emailVerified: a.emailVerified,
      roles: a.roles,
      language: a.language,
      display: a.display,
      createdAt: a.createdAt,
    }),
  });
}

export type AppLucia = ReturnType<typeof createLucia>;

declare module 'lucia' {
  interface Register {
    Lucia: AppLucia;
    DatabaseUserAttributes: Omit<User, 'id'>;
    DatabaseSessionAttributes: SessionMeta;
  }
}
