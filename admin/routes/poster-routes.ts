import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../../server/domain/errors.js';
import { MAX_POSTER_BYTES } from '../../server/domain/image-type.js';
import type { AppEnv } from '../../server/routes/env.js';
import type { AdminDeps } from '../deps.js';
import { readPoster } from '../services/posters.js';

const UPLOAD_PATH = /^\/admin\/movies\/[^/]+\/poster$/;

/** The one route whose body may exceed the site's 64 KB: a poster upload (app.tsx asks this). */
export const isPosterUpload = (path: string) => UPLOAD_PATH.test(path);

/** 2 MB of image plus room for the form around it; a larger body is refused before it is read. */
export const posterBodyLimit = bodyLimit({
  maxSize: MAX_POSTER_BYTES + 64 * 1024,
  onError: () => {
    throw new AppError('payload_too_large', 'A poster may be at most 2 MB.');
  },
});

/** Serves uploaded posters at /posters/<file> to everyone (they are public pictures). */
export function posterRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/posters/:file', async (c) => {
    const poster = await readPoster(deps.posterDir, c.req.param('file'));
    if (!poster) throw new AppError('not_found');
    return c.body(new Uint8Array(poster.body), 200, {
      'Content-Type': poster.type,
      'Cache-Control': 'public, max-age=86400, immutable',
      'X-Content-Type-Options': 'nosniff',
    });
  });
  return app;
}
