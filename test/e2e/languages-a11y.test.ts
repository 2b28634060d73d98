import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.js';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { reviewedMoviePages } from '../helpers/reviewed-movie.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

let dataDir: string;
let server: ServerProcess;
let browser: Browser;
let reviewed: Record<string, string>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-lang-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
  reviewed = await reviewedMoviePages(['en', 'hi', 'te']);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A small phone: 360 px wide, touch. */
const PHONE = { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function checkPage(page: Page, name: string, report: Record<string, string[]>) {
  report[name] = await seriousViolations(page);
}

/** The first page of a PDF as a PNG beside the screenshots (when poppler's pdftoppm is there). */
function pdfToPng(pdf: Buffer, name: string): boolean {
  if (spawnSync('sh', ['-c', 'command -v pdftoppm'], { stdio: 'ignore' }).status !== 0) return false;
  const file = join(dataDir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const out = join(dataDir, name);
  if (spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, out]).status !== 0) return false;
  renameSync(`${out}.png`, join(SCREENSHOTS, `${name}.png`));
  return true;
}

const WORDS = {
  en: { home: "What's on in", checkout: 'Pay with', booked: 'Booking confirmed', account: 'Your account' },
  hi: { home: 'में क्या चल रहा है', checkout: 'भुगतान का तरीका', booked: 'बुकिंग पक्की हो गई', account: 'आपका खाता' },
  te: { home: 'లో ఏం ఆడుతున్నాయి', checkout: 'చెల్లింపు విధానం', booked: 'బుకింగ్ ఖరారైంది', account: 'మీ ఖాతా' },
} as const;

it('books on a 360 px phone in English, Hindi and Telugu with no serious or critical axe violation', async () => {
  const report: Record<string, string[]> = {};
  for (const lang of ['en', 'hi', 'te'] as const) {
    const w = WORDS[lang];
    // The browser asks for the language; the page must follow it.
    const context = await browser.newContext({ ...PHONE, locale: `${lang}-IN`, extraHTTPHeaders: { 'accept-language': `${lang}-IN,${lang};q=0.9` } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/login`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      if (lang === 'te') await checkPage(page, `${lang} login`, report);
      await page.locator('input[name="email"]').fill('customer@demo.moviemagic.in');
      await page.locator('input[name="password"]').fill('moviemagic-demo');
      await page.locator('form.stack-form button[type="submit"]').tap();
      await page.waitForURL(/\/account$/);
      expect(await page.locator('h1').textContent()).toBe(w.account);
      await checkPage(page, `${lang} account`, report);

      // The movie page with its reviews and the review form, as a viewer of a past show sees it
      // (server-rendered by an in-process app whose clock has passed the show), on the site's CSS.
      await page.goto(`${server.url}/about`);
      await page.setContent(reviewed[lang], { waitUntil: 'load' });
      expect(await page.locator('input[name="rating"]').count()).toBe(5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(page, `${lang} movie with reviews`, report);

      await page.goto(`${server.url}/`);
      expect(await page.locator('h1').textContent()).toContain(w.home);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.screenshot({ path: join(SCREENSHOTS, `home-${lang}-360.png`) });
      await checkPage(page, `${lang} home`, report);

      await page.locator('a.show-time').first().tap();
      await page.waitForURL(/\/showtimes\/[\w-]+$/);
      const mapUrl = page.url();
      const free = await page.$$eval('.smap .s input:not([disabled])', (inputs) => inputs.slice(0, 2).map((i) => (i as HTMLInputElement).value));
      for (const id of free) await page.locator(`#s${id}`).tap();
      expect(await page.locator('#pick-summary').textContent()).toContain(free.join(', '));
      await page.screenshot({ path: join(SCREENSHOTS, `seat-map-${lang}-360.png`) });
      await checkPage(page, `${lang} seat map`, report);

      await page.locator('.pick-bar button[type="submit"]').tap();
      await page.waitForURL(/\/checkout\//);
      expect(await page.locator('legend.booking-heading').textContent()).toBe(w.checkout);
      await page.screenshot({ path: join(SCREENSHOTS, `checkout-${lang}-360.png`), fullPage: true });
      await checkPage(page, `${lang} checkout`, report);

      await page.locator('.pay-button').tap();
      await page.waitForURL(/\/bookings\/MVM-/);
      expect(await page.locator('.eyebrow').textContent()).toBe(w.booked);
      await checkPage(page, `${lang} booking`, report);

      if (lang === 'te') {
        // The other page types once, in Telugu: movie, theater, list view, my bookings, cancel, not found.
        const bookingUrl = page.url();
        const pages: [string, string][] = [
          [`${server.url}/movies/godavari-rising`, 'movie'],
          [`${server.url}/theaters/charminar-cinemas`, 'theater'],
          [`${mapUrl}?view=list`, 'seat list'],
          [`${server.url}/bookings`, 'my bookings'],
          [`${bookingUrl}/cancel`, 'cancel'],
          [`${server.url}/no-such-page`, 'not found'],
        ];
        for (const [url, name] of pages) {
          await page.goto(url);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          await checkPage(page, `${lang} ${name}`, report);
        }
        await page.goto(bookingUrl);
      }

      const ticket = await page.request.get(`${page.url()}/ticket.pdf`);
      expect(ticket.headers()['content-type']).toBe('application/pdf');
      pdfToPng(Buffer.from(await ticket.body()), `ticket-${lang}`);

      if (lang === 'hi') {
        // High contrast and larger text, switched on from the footer, hold up to axe as well.
        await page.goto(`${server.url}/`);
        await page.locator('button[name="toggle"][value="contrast"]').tap();
        await page.waitForSelector('html.theme-contrast');
        await page.locator('button[name="toggle"][value="large"]').tap();
        await page.waitForSelector('html.theme-contrast.text-large');
        await page.screenshot({ path: join(SCREENSHOTS, `home-${lang}-contrast-large-360.png`) });
        await checkPage(page, `${lang} home, high contrast and large text`, report);
      }
    } finally {
      await context.close();
    }
  }
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});

it('the remaining customer page types pass axe in Telugu on a phone', async () => {
  const context = await browser.newContext({ ...PHONE, locale: 'te-IN', extraHTTPHeaders: { 'accept-language': 'te-IN,te;q=0.9' } });
  const page = await context.newPage();
  const report: Record<string, string[]> = {};
  try {
    for (const [path, name] of [
      ['/register', 'register'],
      ['/verify-email', 'verify email'],
      ['/about', 'about'],
      ['/contact', 'contact'],
      ['/search?city=hyderabad&language=Telugu', 'search, filtered'],
      ['/invite/no-such-invitation', 'invitation'],
    ]) {
      await page.goto(`${server.url}${path}`);
      expect(await page.getAttribute('html', 'lang'), name).toBe('te');
      await checkPage(page, name, report);
    }
  } finally {
    await context.close();
  }
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});
