import type { Db } from '../store/db.js';

export interface ReviewDeps {
  db: Db;
  clock: () => Date;
}
