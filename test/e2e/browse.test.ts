import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

let dataDir: string;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-browse-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const phone = { viewport: { width: 360, height: 800 } };

it('filters in place with htmx, keeps the filters in the URL, and goes back', async () => {
  const page = await browser.newPage(phone);
  await page.goto(`${server.url}/search?city=hyderabad`);
  // A full page load would lose this; htmx swaps keep it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  await page.getByRole('link', { name: /Tomorrow/ }).click();
  await page.waitForURL(/date=\d{4}-\d{2}-\d{2}/);
  const tomorrow = new URL(page.url()).searchParams.get('date');
  expect(await page.locator('.date-pill[aria-current="date"]').textContent()).toContain('Tomorrow');

  await page.locator('.filters-summary').click();
  // A person picks from the select it has focused (playwright's selectOption alone does not focus).
  await page.getByLabel('Movie language').focus();
  await page.getByLabel('Movie language').selectOption('Telugu');
  await page.waitForURL(/language=Telugu/);
  expect(new URL(page.url()).search).toBe(`?city=hyderabad&date=${tomorrow}&language=Telugu`);
  await page.locator('.search:not(.htmx-request)').waitFor();
  const details = await page.locator('.show-time-details:has-text("·")').allTextContents();
  expect(details.length).toBeGreaterThan(0);
  expect(details.every((d) => d.startsWith('Telugu'))).toBe(true);
  // The panel stays open and the select keeps focus after the swap.
  expect(await page.locator('details.filters').getAttribute('open')).toBe('');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-language');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await page.screenshot({ path: join(SCREENSHOTS, 'search-phone.png') });

  await page.getByRole('link', { name: 'Mumbai' }).click();
  await page.waitForURL(/city=mumbai/);
  expect(await page.title()).toBe("What's on in Mumbai · Movie Magic");

  await page.goBack();
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('language'));
  expect(await page.getByLabel('Movie language').inputValue()).toBe('');
});

it('filters without JavaScript through a plain form submit', async () => {
  const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}/search?city=mumbai`);
  await page.locator('.filters-summary').click();
  await page.getByLabel('Movie language').selectOption('English');
  await page.getByRole('button', { name: 'Show results' }).click();
  await page.waitForURL(/language=English/);
  expect(new URL(page.url()).searchParams.get('city')).toBe('mumbai');
  const details = await page.locator('.show-time-details:has-text("·")').allTextContents();
  expect(details.every((d) => d.startsWith('English'))).toBe(true);
  await context.close();
});

it('opens a movie page from the results', async () => {
  const page = await browser.newPage(phone);
  await page.goto(`${server.url}/search?city=hyderabad`);
  await page.locator('.movie-title-link').first().click();
  await page.waitForURL(/\/movies\/[^?]+\?city=hyderabad/);
  expect(await page.locator('h2#shows-heading').textContent()).toBe('Shows in Hyderabad');
  expect(await page.locator('a[href^="/showtimes/"]').count()).toBeGreaterThan(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'movie-phone.png') });
});
