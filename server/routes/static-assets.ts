import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * Every asset a page needs, served from the project itself (no CDN: theaters may be offline).
 * Files are read once at start and looked up by exact name, so no path can escape the folder.
 */
export function staticAssets(): Hono {
  const require = createRequire(import.meta.url);
  const here = dirname(fileURLToPath(import.meta.url));
  const files = new Map<string, { body: Buffer; type: string }>();
  const add = (name: string, path: string) =>
    files.set(name, { body: readFileSync(path), type: TYPES[extname(name)] ?? 'application/octet-stream' });

  const ownDir = join(here, '../../views/static');
  for (const name of readdirSync(ownDir)) if (TYPES[extname(name)]) add(name, join(ownDir, name));
  add('htmx.min.js', require.resolve('htmx.org/dist/htmx.min.js'));
  add('htmx-sse.js', join(dirname(require.resolve('htmx-ext-sse/package.json')), 'dist/sse.min.js'));

  const app = new Hono();
  app.get('/:name', (c) => {
    const file = files.get(c.req.param('name'));
    if (!file) return c.notFound();
    return c.body(new Uint8Array(file.body), 200, {
      'Content-Type': file.type,
      'Cache-Control': 'public, max-age=3600',
    });
  });
  return app;
}
