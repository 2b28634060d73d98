import { defineConfig } from 'drizzle-kit';

/** The kiosk node's SQLite schema; `npx drizzle-kit generate` writes its migrations into migrations/. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './kiosk/db/schema.ts',
  out: './migrations',
});
