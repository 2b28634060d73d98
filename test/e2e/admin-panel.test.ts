import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe.js';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';


let dataDir: string;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-admin-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the journey made, for the page sweep after it. */
let made: { showId: string; bookingId: string } | undefined;

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('moviemagic-demo');
  await Promise.all([page.waitForURL(/\/account$/), page.locator('form[action="/login"] button[type="submit"]').click()]);
}

it('the owner draws a screen, schedules a show, a customer books it, and the owner sees it in the report', async () => {
  const started = Date.now();
  const owner = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await logIn(owner, 'owner@demo.moviemagic.in');

  // A new screen from a 4 × 8 grid with an aisle, the last row made premium; the preview follows the typing.
  await owner.goto(`${server.url}/admin/screens/new?theater=charminar-cinemas`);
  await owner.getByLabel('Screen name').fill('Screen E2E');
  await owner.locator('input[name="gridRows"]').fill('4');
  await owner.locator('input[name="gridSeats"]').fill('8');
  await owner.locator('input[name="gridAisles"]').fill('4');
  await owner.getByRole('button', { name: /Fill the grid/ }).click();
  await owner.waitForSelector('input[name="cells_3"][value="rrrr.rrrr"]');
  const preview = owner.waitForResponse((r) => r.url().endsWith('/admin/layout-preview') && r.status() === 200);
  await owner.getByLabel('Row 4 cells').fill('pppp.pppp');
  await preview;
  await owner.waitForFunction(() => document.querySelector('#layout-preview')?.textContent?.includes('8 premium'));
  expect(await owner.locator('#layout-preview .sg .s').count()).toBe(32);
  await owner.screenshot({ path: join(SCREENSHOTS, 'admin-layout-editor.png'), fullPage: true });
  await Promise.all([owner.waitForURL(/\/admin\/screens\?theater=charminar-cinemas&done=created/), owner.getByRole('button', { name: 'Create screen' }).click()]);
  expect(await owner.locator('main').textContent()).toContain('Screen E2E');

  // One show tomorrow at 21:00 on it.
  await owner.goto(`${server.url}/admin/showtimes/new?theater=charminar-cinemas`);
  await owner.locator('#field-movieId').selectOption('chai-and-chaos');
  await owner.locator('#field-screenId').selectOption({ label: 'Screen E2E (32 seats)' });
  await owner.locator('#field-language').fill('Hindi');
  await owner.getByLabel('Start times').fill('21:00');
  await owner.locator('input[name="price_regular"]').fill('200');
  await owner.locator('input[name="price_premium"]').fill('300');
  await Promise.all([owner.waitForURL(/done=scheduled/), owner.getByRole('button', { name: 'Schedule' }).click()]);
  await Promise.all([owner.waitForURL(/\/admin\/showtimes\/[\w-]+$/), owner.getByRole('link', { name: /Manage Chai and Chaos at 9:00/ }).first().click()]);
  const showId = owner.url().split('/').pop()!;
  expect(showId).toContain('screen-e2e');

  // A customer books two premium seats of it.
  const buyer = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await logIn(buyer, 'customer@demo.moviemagic.in');
  await buyer.goto(`${server.url}/showtimes/${showId}`);
  await buyer.locator('#sD1').click();
  await buyer.locator('#sD2').click();
  await Promise.all([buyer.waitForURL(/\/checkout\//), buyer.getByRole('button', { name: 'Continue' }).click()]);
  await Promise.all([buyer.waitForURL(/\/bookings\/MVM-\d{8}-[0-9A-Z]{8}$/), buyer.getByRole('button', { name: /^Pay ₹/ }).click()]);
  const bookingId = buyer.url().split('/').pop()!;

  // The owner's report of the show counts it.
  await owner.goto(`${server.url}/admin/showtimes/${showId}`);
  const report = (await owner.locator('.stat-cards').textContent()) ?? '';
  expect(report).toContain('Seats sold2 / 32');
  expect(report).toContain('Bookings1');
  const api = await owner.request.get(`${server.url}/api/v1/admin/showtimes/${showId}/report`);
  const figures = (await api.json()) as { seatsSold: number; bookings: number; revenueMinor: number };
  expect(figures).toMatchObject({ seatsSold: 2, bookings: 1 });
  expect(figures.revenueMinor).toBeGreaterThan(60000);
  await owner.goto(`${server.url}/admin/bookings?theater=charminar-cinemas&q=${bookingId}`);
  expect(await owner.locator('main').textContent()).toContain('D1, D2');

  await owner.goto(`${server.url}/admin?theater=charminar-cinemas`);
  expect(await owner.locator('.stat-cards').textContent()).toMatch(/Advance sales, next 14 days₹[\d,.]+2 seats in 1 booking$/);
  await owner.screenshot({ path: join(SCREENSHOTS, 'admin-dashboard.png'), fullPage: true });

  // The same dashboard in Telugu (the language cookie the header's switcher sets): its words, its lang, no serious axe finding.
  await owner.context().addCookies([{ name: 'lang', value: 'te', url: server.url }]);
  await owner.goto(`${server.url}/admin?theater=charminar-cinemas`);
  expect(await owner.locator('html').getAttribute('lang')).toBe('te');
  expect(await owner.locator('.admin-nav-title').textContent()).toBe('అడ్మిన్ ప్యానెల్');
  expect(await owner.locator('.stat-cards').textContent()).toContain('అడ్వాన్స్ బుకింగ్, రాబోయే 14 రోజులు');
  expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await owner.screenshot({ path: join(SCREENSHOTS, 'admin-dashboard-te.png'), fullPage: true });
  expect(await seriousViolations(owner)).toEqual([]);
  made = { showId, bookingId };
  console.log(`admin journey took ${Date.now() - started} ms`);
});

it('every admin page type passes axe in Telugu, a form with errors included', async () => {
  expect(made, 'the journey above made a show and a booking').toBeDefined();
  const { showId, bookingId } = made!;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: 'lang', value: 'te', url: server.url }]);
  const owner = await context.newPage();
  await owner.goto(`${server.url}/login`);
  await owner.locator('input[name="email"]').fill('owner@demo.moviemagic.in');
  await owner.locator('input[name="password"]').fill('moviemagic-demo');
  await Promise.all([owner.waitForURL(/\/account$/), owner.locator('form[action="/login"] button[type="submit"]').click()]);
  const serious: Record<string, string[]> = {};
  const screenHref = await owner.goto(`${server.url}/admin/screens?theater=charminar-cinemas`).then(() => owner.locator('a[href*="/layout?"]').first().getAttribute('href'));
  const pages: [string, string][] = [
    ['theaters', '/admin/theaters'],
    ['theater form', '/admin/theaters/charminar-cinemas/edit'],
    ['new theater', '/admin/theaters/new'],
    ['screens', '/admin/screens?theater=charminar-cinemas'],
    ['new screen', '/admin/screens/new?theater=charminar-cinemas'],
    ['layout editor', screenHref!],
    ['showtimes', '/admin/showtimes?theater=charminar-cinemas'],
    ['schedule form', '/admin/showtimes/new?theater=charminar-cinemas'],
    ['one show', `/admin/showtimes/${showId}`],
    ['counter sale', `/admin/showtimes/${showId}/sell`],
    ['booking search', `/admin/bookings?theater=charminar-cinemas&q=${bookingId}`],
    ['one booking', `/admin/bookings/${bookingId}`],
    ['reports', '/admin/reports?theater=charminar-cinemas'],
    ['audit log', '/admin/audit?theater=charminar-cinemas'],
    ['messages', '/admin/messages?theater=charminar-cinemas'],
    ['movies', '/admin/movies'],
    ['movie form', '/admin/movies/chai-and-chaos/edit'],
    ['kiosks', '/admin/kiosks?theater=charminar-cinemas'],
    ['reviews', '/admin/reviews?theater=charminar-cinemas'],
    ['staff', '/admin/staff?theater=charminar-cinemas'],
  ];
  for (const [name, path] of pages) {
    const res = await owner.goto(`${server.url}${path}`);
    expect(res?.status(), name).toBe(200);
    expect(await owner.locator('html').getAttribute('lang'), name).toBe('te');
    serious[name] = await seriousViolations(owner);
  }
  // A theater form sent back with an error beside a field.
  await owner.goto(`${server.url}/admin/theaters/charminar-cinemas/edit`);
  await owner.locator('input[name="name"]').fill('X'); // passes the browser's required check, not the server's two-letter minimum
  await owner.locator('form.admin-form button[type="submit"]').last().click();
  await owner.waitForSelector('[aria-invalid="true"]');
  serious['theater form with an error'] = await seriousViolations(owner);
  expect(serious).toEqual(Object.fromEntries(Object.keys(serious).map((k) => [k, []])));
}, 150_000);
