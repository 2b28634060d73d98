import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_REVIEWS_PER_PAGE } from '../../../admin/routes/review-routes.js';
import { loadCatalog } from '../../../server/store/catalog.js';
import { writeReviewChange, type Review } from '../../../server/store/reviews.js';
import { withDemoData } from '../../helpers/customers.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

// The moderation list of a movie with more reviews than a page: newest first across pages, hidden
// ones in their place, plain links (no JS), back to the same page after hiding.
const TOTAL = 57;
let env: TestEnv;
let movie: string;

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  movie = (await loadCatalog(env.db)).movies[0].id;
  const base = Date.parse('2026-11-01T00:00:00Z');
  for (let i = 0; i < TOTAL; i++) {
    const at = new Date(base + i * 3600_000).toISOString();
    const r: Review = {
      movieId: movie,
      userId: `user-${String(i).padStart(2, '0')}`,
      authorName: `Author${String(i).padStart(2, '0')}`,
      rating: 1 + (i % 5),
      text: `Review number ${i}`,
      createdAt: at,
      updatedAt: at,
      version: 1,
      hidden: i % 10 === 3,
      ...(i % 10 === 3 ? { hiddenReason: 'Spam', hiddenAt: at } : {}),
    };
    expect(await writeReviewChange(env.db, null, r)).toBe(true);
  }
});
afterAll(() => env.close());

const authors = (html: string) => [...html.matchAll(/<th scope="row">\s*(Author\d+)/g)].map((m) => m[1]);
const olderLink = (html: string) => html.match(/<a rel="next" href="([^"]+)"/)?.[1].replaceAll('&amp;', '&');

describe('admin review list paging', () => {
  it('pages every review, hidden ones too, newest first, with a plain "Older reviews" link', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    const first = await (await manager.get(`/admin/reviews?movie=${movie}`)).text();
    const page1 = authors(first);
    expect(page1).toHaveLength(ADMIN_REVIEWS_PER_PAGE);
    expect(page1[0]).toBe('Author56');
    expect(first).toContain('Older reviews');
    expect(first).not.toContain('Newest reviews');
    const href = olderLink(first)!;
    expect(href).toMatch(/^\/admin\/reviews\?theater=hitech-screens&movie=.+&before=/);

    const second = await (await manager.get(href)).text();
    const page2 = authors(second);
    expect(page2).toHaveLength(TOTAL - ADMIN_REVIEWS_PER_PAGE);
    expect(olderLink(second)).toBeUndefined();
    expect(second).toContain('Newest reviews');
    // Every review once, newest first across the pages, hidden ones (3, 13, 23…) in their place.
    const expected = Array.from({ length: TOTAL }, (_, i) => `Author${String(TOTAL - 1 - i).padStart(2, '0')}`);
    expect([...page1, ...page2]).toEqual(expected);
    expect(second).toContain('Spam');

    // Hiding one on page 2 comes back to page 2; it keeps its place, now hidden.
    const csrf = second.match(/name="_csrf" value="([^"]+)"/)![1];
    const before = new URL(href, 'http://x').searchParams.get('before')!;
    const hide = await manager.request('POST', `/admin/reviews/${movie}/user-01/hide?theater=hitech-screens&before=${encodeURIComponent(before)}`, {
      form: { _csrf: csrf, reason: 'Abusive words' },
    });
    expect(hide.status).toBe(303);
    const location = hide.headers.get('location')!;
    expect(new URL(location, 'http://x').searchParams.get('before')).toBe(before);
    const again = await (await manager.get(location)).text();
    expect(authors(again)).toEqual(page2);
    expect(again).toContain('Abusive words');
  });

  it('refuses a malformed cursor quietly: the first page', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    const res = await manager.get(`/admin/reviews?movie=${movie}&before=${encodeURIComponent('<script>')}`);
    expect(res.status).toBe(200);
    expect(authors(await res.text())[0]).toBe('Author56');
  });
});
