import type { Db } from '../store/db.js';
import type { AppLucia } from './lucia.js';
import type { RateLimiter } from './rate-limiter.js';

export interface AuthDeps {
  db: Db;
  lucia: AppLucia;
  limiter: RateLimiter;
  appSecret: string;
  publicUrl: string;
  clock: () => Date;
  /** Tells the outbox dispatcher that new messages are waiting. */
  messagesWaiting: () => void;
}
