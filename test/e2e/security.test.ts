import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, inject } from 'vitest';
import { hashPassword } from '../../server/auth/password.js';
import { localDate } from '../../server/domain/theater-time.js';
import { DEMO_PRICES, DEMO_THEATERS } from '../../server/local/demo-catalog.js';
import { createDb, type Db } from '../../server/store/db.js';
import { createUser } from '../../server/store/users.js';
import { launchBrowser } from '../helpers/browser.js';
import { putCatalog, testMovie, testShow } from '../helpers/catalog-fixtures.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

// The real server in local mode, on the run's shared DynamoDB Local (its own table, no JVM of its own).
const XSS = '<script>alert(1)</script>';
const EMAIL = 'xss.e2e@example.in';
const PASSWORD = 'a-long-and-unique-password-42';

let dataDir: string;
let server: ServerProcess;
let browser: Browser;
let db: Db;
let showId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-security-'));
  const tableName = `e2e-${randomUUID()}`;
  [server, browser] = await Promise.all([
    startServer({ dataDir, env: { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: tableName } }),
    launchBrowser(),
  ]);
  db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName });
  // A customer and a movie whose names are markup: every page must show them as text.
  await createUser(db, {
    id: randomUUID(),
    email: EMAIL,
    name: XSS,
    phone: null,
    emailVerified: true,
    roles: [],
    createdAt: new Date().toISOString(),
    passwordHash: await hashPassword(PASSWORD),
  });
  const theater = DEMO_THEATERS.find((t) => t.id === 'charminar-cinemas')!;
  const movie = testMovie('xss-movie', { title: XSS, languages: ['Telugu'] });
  const tomorrow = localDate(new Date(Date.now() + 86_400_000), theater.timezone);
  const show = testShow(`xss-show-${tomorrow}`, theater, movie, tomorrow, '23:15', {
    screenId: 'charminar-cinemas-1',
    prices: DEMO_PRICES,
    seatsTotal: 70,
    screenName: 'Screen 1',
  });
  showId = show.id;
  await putCatalog(db, { movies: [movie], shows: [show] });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  db?.client.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Violation {
  page: string;
  directive: string;
  blocked: string;
}

/** A page whose CSP violations (DOM events and console reports) and dialogs are all recorded. */
async function watchedPage(violations: Violation[], dialogs: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.exposeFunction('__cspViolation', (v: Violation) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: unknown) => void }).__cspViolation;
      report({ page: location.pathname, directive: e.violatedDirective, blocked: e.blockedURI });
    });
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push({ page: page.url(), directive: 'console', blocked: m.text() });
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return page;
}

it('serves every main page under the strict CSP with zero violations, htmx and live updates working, and markup in names shown as text', async () => {
  const violations: Violation[] = [];
  const dialogs: string[] = [];
  const page = await watchedPage(violations, dialogs);
  const visit = async (path: string) => {
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.status(), path).toBe(200);
    const headers = res!.headers();
    expect(headers['content-security-policy'], path).toContain("script-src 'self'");
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    await page.waitForLoadState('load');
  };

  await visit('/');
  await visit('/search?city=hyderabad');
  // htmx still swaps results in place under the CSP.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('link', { name: /Tomorrow/ }).click();
  await page.waitForURL(/date=/);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(await page.locator('main').textContent()).toContain(XSS);

  await visit('/movies/xss-movie');
  expect(await page.locator('h1').first().textContent()).toContain(XSS);
  await visit('/theaters/charminar-cinemas');
  await visit('/about');
  await visit('/register');
  await visit('/login');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/account$/);
  expect(await page.locator('main').textContent()).toContain(XSS);

  await visit(`/showtimes/${showId}`);
  expect(await page.locator('main').textContent()).toContain(XSS);
  // The live-update stream is open (htmx's SSE extension, loaded from /static).
  await page.waitForFunction(() => document.querySelector('[sse-connect]') !== null);
  const seats = await page.$$eval('.smap .s input:not([disabled])', (inputs) => inputs.slice(0, 2).map((i) => (i as HTMLInputElement).value));
  for (const s of seats) await page.locator(`#s${s}`).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/checkout\/[\w-]+$/);
  expect(await page.locator('main').textContent()).toContain(XSS);
  await page.waitForFunction(() => /^\d+:\d\d$/.test(document.querySelector('.countdown-time')?.textContent ?? ''));
  await page.getByRole('button', { name: /^Pay ₹/ }).click();
  await page.waitForURL(/\/bookings\/MVM-/);
  expect(await page.locator('main').textContent()).toContain(XSS);
  const bookingPath = new URL(page.url()).pathname;
  await visit('/bookings');
  expect(await page.locator('main').textContent()).toContain(XSS);
  await visit(`${bookingPath}/cancel`);
  await visit('/account');

  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
});
