import type { Session, User } from 'lucia';

/** What every request carries once the session and CSRF middleware have run. */
export interface AppEnv {
  Variables: {
    user: User | null;
    session: Session | null;
    csrfToken: string;
    /** The client's address behind any trusted proxies (client-address.ts). */
    clientAddress: string;
  };
}
