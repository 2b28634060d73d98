import type { Session, User } from 'lucia';
import type { DisplayPrefs } from '../domain/i18n/display-prefs.js';
import type { Lang } from '../domain/i18n/lang.js';

/** What every request carries once the session and CSRF middleware have run. */
export interface AppEnv {
  Variables: {
    user: User | null;
    session: Session | null;
    csrfToken: string;
    /** The client's address behind any trusted proxies (client-address.ts). */
    clientAddress: string;
    /** The page language (locale-middleware.ts). */
    lang: Lang;
    display: DisplayPrefs;
  };
}
