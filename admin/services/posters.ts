import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError, formError } from '../../server/domain/field-hints.js';
import { IMAGE_CONTENT_TYPES, imageTypeOf, MAX_POSTER_BYTES, type ImageType } from '../../server/domain/image-type.js';
import { getMovie, setMoviePoster } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';

/** Poster files are named by us: `<movie id>-<random>.<png|jpg|webp>`, nothing else is served. */
export const POSTER_FILE = /^[a-z0-9-]{1,80}-[0-9a-f]{12}\.(png|jpg|webp)$/;
const EXT: Record<ImageType, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };
const TYPE_OF_EXT: Record<string, string> = { png: IMAGE_CONTENT_TYPES.png, jpg: IMAGE_CONTENT_TYPES.jpeg, webp: IMAGE_CONTENT_TYPES.webp };

/**
 * Checks an uploaded poster (size, and type by its first bytes) and keeps it under the poster
 * folder (DATA_DIR/posters in local mode). The movie then points at the new file; the old one
 * stays on disk, so a page rendered a moment ago keeps its image.
 */
export async function savePoster(db: Db, dir: string | undefined, movieId: string, bytes: Uint8Array): Promise<string> {
  if (!dir) throw formError('Poster uploads are not set up on this server.', { code: 'postersOff' });
  if (bytes.byteLength === 0) throw fieldsError('Choose an image file to upload.', { poster: ['Choose an image file.', { code: 'posterMissing' }] }, { formHint: { code: 'posterMissing' } });
  if (bytes.byteLength > MAX_POSTER_BYTES) throw fieldsError('A poster may be at most 2 MB.', { poster: ['At most 2 MB.', { code: 'posterTooBig', mb: 2 }] }, { code: 'payload_too_large', formHint: { code: 'posterTooBig', mb: 2 } });
  const type = imageTypeOf(bytes);
  if (!type) throw fieldsError('A poster must be a PNG, JPEG or WebP image.', { poster: ['PNG, JPEG or WebP only.', { code: 'posterType' }] }, { code: 'unsupported_media_type', formHint: { code: 'posterType' } });
  const movie = await getMovie(db, movieId);
  if (!movie) throw new AppError('not_found', 'There is no movie with that id.');
  const safeId = movieId.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 80);
  const file = `${safeId}-${randomBytes(6).toString('hex')}.${EXT[type]}`;
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${file}.tmp`);
  await writeFile(tmp, bytes);
  await rename(tmp, join(dir, file));
  await setMoviePoster(db, movieId, file);
  return file;
}

export async function readPoster(dir: string | undefined, file: string): Promise<{ body: Buffer; type: string } | null> {
  if (!dir || !POSTER_FILE.test(file)) return null;
  try {
    return { body: await readFile(join(dir, file)), type: TYPE_OF_EXT[file.split('.').pop() as string] };
  } catch {
    return null;
  }
}
