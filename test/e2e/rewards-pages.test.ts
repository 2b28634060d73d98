import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/local/demo-data.js';
import { addDays, localDate } from '../../server/domain/theater-time.js';
import { createDb, type Db } from '../../server/store/db.js';
import { getUserByEmail } from '../../server/store/users.js';
import { en as enRewards, te as teRewards } from '../../views/i18n/features/rewards.js';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rewards pages in Debian's Chromium on a 360 px phone, in Telugu and English: the account
 * page with a points balance and its recent moves, and the seat page's waitlist panel of a
 * sold-out show (join, then "you are on the list"). A real server process; the points, the
 * ledger and the sold-out shows are seeded in its store, and signing in goes through the API.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-rewards-'));
const table = `e2e-rewards-${randomUUID()}`;
let server: ServerProcess;
let browser: Browser;
let db: Db;

/** A small phone: 360 px wide, touch. */
const PHONE = { viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const ZONE = 'Asia/Kolkata';
/** The demo's 7×10 screen, 20:30 shows: tomorrow's sold out for the Telugu run, the day after's for English. */
const showOn = (days: number) => `charminar-cinemas-1-${addDays(localDate(new Date(), ZONE), days).replaceAll('-', '')}-2030`;
const FULL = { te: showOn(1), en: showOn(2) } as const;

/** Every seat of the show sold, written as the booking path leaves them (one item per seat). */
async function sellOut(showtimeId: string): Promise<void> {
  const map = (await (await fetch(`${server.url}/api/v1/showtimes/${showtimeId}/seats`)).json()) as { seats: { id: string }[] };
  expect(map.seats.length).toBeGreaterThan(0);
  const now = new Date().toISOString();
  const items = map.seats.map((s) => ({ PutRequest: { Item: { pk: `SHOW#${showtimeId}`, sk: `SEAT#${s.id}`, seatId: s.id, status: 'sold', bookingId: 'MVM-SEEDED', updatedAt: now } } }));
  for (let i = 0; i < items.length; i += 25) await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: items.slice(i, i + 25) } }));
}

/** 240 points and three moves on the demo customer's ledger. */
async function seedPoints(userId: string): Promise<void> {
  const pk = `LOYALTY#${userId}`;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  const items = [
    { pk, sk: 'BALANCE', points: 240, updatedAt: at(1) },
    { pk, sk: 'MOVE#MVM-20261101-SEEDAAAA#earn', type: 'loyaltyMove', kind: 'earn', bookingId: 'MVM-20261101-SEEDAAAA', points: 320, at: at(20), movieTitle: 'Godavari Rising' },
    { pk, sk: 'MOVE#MVM-20261110-SEEDBBBB#redeem', type: 'loyaltyMove', kind: 'redeem', bookingId: 'MVM-20261110-SEEDBBBB', points: -160, at: at(12), movieTitle: 'Chai and Chaos' },
    { pk, sk: 'MOVE#MVM-20261110-SEEDBBBB#reverse', type: 'loyaltyMove', kind: 'reverse', bookingId: 'MVM-20261110-SEEDBBBB', points: 80, at: at(1), movieTitle: 'Chai and Chaos' },
  ];
  await Promise.all(items.map((Item) => db.doc.send(new PutCommand({ TableName: db.table, Item }))));
}

beforeAll(async () => {
  const serverEnv = { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: table, RATE_LIMITS: 'off', SNS_ENDPOINT: 'http://127.0.0.1:9' };
  [server, browser] = await Promise.all([startServer({ dataDir, env: serverEnv }), launchBrowser()]);
  db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: table });
  const customer = await getUserByEmail(db, DEMO_ACCOUNTS.customer);
  if (!customer) throw new Error('the demo customer is missing');
  await Promise.all([seedPoints(customer.id), sellOut(FULL.te), sellOut(FULL.en)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

/** axe-core, WCAG 2.0–2.2 A/AA (as test/e2e/languages-a11y.test.ts), injected over the DevTools protocol. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.where.join(', ')}`);
}

const WORDS = { te: teRewards, en: enRewards } as const;

it('account points and the sold-out waitlist on a 360 px phone, in Telugu and English, with no serious or critical axe violation', async () => {
  const report: Record<string, string[]> = {};
  for (const lang of ['te', 'en'] as const) {
    const w = WORDS[lang];
    const context = await browser.newContext({ ...PHONE, locale: `${lang}-IN` });
    await context.addCookies([{ name: 'lang', value: lang, url: server.url }]);
    const page = await context.newPage();
    try {
      const login = await page.request.post(`${server.url}/api/v1/auth/login`, {
        data: { email: DEMO_ACCOUNTS.customer, password: 'moviemagic-demo' },
        headers: { origin: server.url },
      });
      expect(login.status()).toBe(200);

      // The account page: balance, its worth in rupees, and the recent moves with movie and date.
      await page.goto(`${server.url}/account`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const card = page.locator('.loyalty-card');
      expect(await card.locator('h2').textContent()).toBe(w.points.title);
      expect(await card.locator('.loyalty-balance strong').textContent()).toBe(w.points.balance(240));
      expect(await card.locator('.loyalty-balance').textContent()).toContain('₹60.00');
      const rows = await card.locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(3);
      expect(rows[0]).toContain(w.points.reverse('Chai and Chaos'));
      expect(rows[1]).toContain(w.points.redeem('Chai and Chaos'));
      expect(rows[2]).toContain(w.points.earn('Godavari Rising'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      report[`${lang} account`] = await seriousViolations(page);
      if (lang === 'te') {
        await card.scrollIntoViewIfNeeded();
        await card.screenshot({ path: join(SCREENSHOTS, 'account-points-te.png') });
      }

      // The seat page of a sold-out show offers the waitlist; joining comes back to "you are on the list".
      await page.goto(`${server.url}/showtimes/${FULL[lang]}`);
      const panel = page.locator('.waitlist-panel');
      expect(await panel.locator('h2').textContent()).toBe(w.waitlist.heading);
      report[`${lang} waitlist`] = await seriousViolations(page);
      await panel.locator('select[name="seats"]').selectOption('3');
      await panel.locator('button[type="submit"]').tap();
      await page.waitForURL(/waitlist=joined/);
      expect(await page.locator('.waitlist-panel p').first().textContent()).toBe(w.waitlist.joined(3));
      expect(await page.locator('.waitlist-panel button[type="submit"]').textContent()).toContain(w.waitlist.leave);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      report[`${lang} waitlist joined`] = await seriousViolations(page);
      if (lang === 'te') await page.locator('.waitlist-panel').screenshot({ path: join(SCREENSHOTS, 'waitlist-te.png') });
    } finally {
      await context.close();
    }
  }
  expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
});
