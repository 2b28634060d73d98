import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

let dataDir: string;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-booking-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

/** The seat ids of free seats on the open map, in page order. */
async function freeSeats(page: Page, n: number): Promise<string[]> {
  return page.$$eval('.smap .s input:not([disabled])', (inputs, count) => inputs.slice(0, count).map((i) => (i as HTMLInputElement).value), n);
}

it('books on a phone: log in, pick a show, tap seats, pay with UPI, see the booking, cancel it from My bookings', async () => {
  const { context, page } = await phone();
  const watcher = await phone();
  try {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill('customer@demo.moviemagic.in');
    await page.getByLabel('Password').fill('moviemagic-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/account$/);

    // A show two days ahead, so cancelling it later earns the 75% refund.
    await page.goto(`${server.url}/`);
    await page.locator('.date-pill').nth(2).tap();
    await page.waitForURL(/date=/);
    await page.locator('a[href^="/showtimes/"]').first().tap();
    await page.waitForURL(/\/showtimes\/[\w-]+$/);
    const mapUrl = page.url();
    expect(await page.locator('.smap .s input').count()).toBeGreaterThan(0);
    expect(await page.locator('.legend').textContent()).toContain('Wheelchair');
    // The map fits the phone: the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A second phone watches the same show, not logged in.
    await watcher.page.goto(mapUrl);

    const [a, b] = await freeSeats(page, 2);
    await page.locator(`#s${a}`).tap();
    await page.locator(`#s${b}`).tap();
    expect(await page.locator(`#s${a} input`).isChecked()).toBe(true);
    expect(await page.locator(`#s${b} input`).isChecked()).toBe(true);
    expect(await page.locator('#pick-summary').textContent()).toContain(`${a}, ${b}`);
    await page.screenshot({ path: join(SCREENSHOTS, 'seat-map-phone.png') });

    // The watcher fancies the same seat: when it is taken, their pick goes and they are told.
    await watcher.page.locator(`#s${a}`).tap();
    expect(await watcher.page.locator(`#s${a} input`).isChecked()).toBe(true);
    const holdAnswered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/hold'));
    await page.getByRole('button', { name: 'Continue' }).tap();
    await holdAnswered;
    const heldAt = Date.now();

    // Within 2 s, without reloading, the watcher's map shows both seats as taken.
    await watcher.page.waitForFunction(
      (ids) => ids.every((id) => (document.querySelector(`#s${id} input`) as HTMLInputElement | null)?.disabled),
      [a, b],
      { timeout: 2000, polling: 50 },
    );
    const seenAfter = Date.now() - heldAt;
    expect(seenAfter).toBeLessThan(2000);
    await page.waitForURL(/\/checkout\/[\w-]+$/);
    // htmx applies the new class once the swap settles (a few ms later).
    await watcher.page.waitForFunction((id) => document.querySelector(`#s${id}`)?.classList.contains('h'), a, { timeout: 1000 });
    expect(await watcher.page.locator(`#s${a} input`).isChecked()).toBe(false);
    expect(await watcher.page.locator('#pick-summary').textContent()).toContain(`Seat ${a} was just taken.`);
    console.log(`watcher saw the hold after ${seenAfter} ms`);

    const checkout = (await page.locator('main').textContent()) ?? '';
    expect(checkout).toContain(`${a}, ${b}`);
    expect(checkout).toContain('Convenience fee');
    expect(checkout).toContain('GST included above');
    expect(checkout).toMatch(/Total₹[\d,]+\.\d\d/);
    await page.waitForFunction(() => /^\d+:\d\d$/.test(document.querySelector('.countdown-time')?.textContent ?? ''));
    expect(await page.locator('.countdown-time').textContent()).toMatch(/^(9|10):\d\d$/);
    expect(await page.getByRole('radio', { name: 'UPI' }).isChecked()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'checkout-phone.png'), fullPage: true });

    await page.getByRole('radio', { name: 'UPI' }).tap();
    await page.getByRole('button', { name: /^Pay ₹/ }).tap();
    await page.waitForURL(/\/bookings\/MVM-\d{8}-[0-9A-Z]{8}$/);
    const bookingId = page.url().split('/').pop()!;
    expect(await page.locator('.booking-id').textContent()).toBe(bookingId);
    const confirmation = (await page.locator('main').textContent()) ?? '';
    expect(confirmation).toContain('Booking confirmed');
    expect(confirmation).toContain(`${a}, ${b}`);
    expect(confirmation).toContain('UPI · Paid');
    await page.screenshot({ path: join(SCREENSHOTS, 'confirmation-phone.png'), fullPage: true });

    // The watcher now sees them sold.
    await watcher.page.waitForFunction((id) => document.querySelector(`#s${id}`)?.classList.contains('x'), a, { timeout: 2000, polling: 50 });

    await page.getByRole('link', { name: 'My bookings' }).first().tap();
    await page.waitForURL(/\/bookings$/);
    await page.getByRole('link', { name: `Cancel booking ${bookingId}` }).tap();
    await page.waitForURL(/\/cancel$/);
    const preview = (await page.locator('.refund-card').textContent()) ?? '';
    const refund = preview.match(/You get back (₹[\d,]+\.\d\d) \(75% of/)?.[1];
    expect(refund).toBeDefined();
    await page.screenshot({ path: join(SCREENSHOTS, 'cancel-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel booking' }).tap();
    await page.waitForSelector('.flash-success');
    expect(await page.locator('.flash-success').textContent()).toContain('Booking cancelled');
    const after = (await page.locator('main').textContent()) ?? '';
    expect(after).toContain('Cancelled');
    expect(after).toContain(`Refund${refund} (75% of the tickets)`);

    // The cancelled seats come back on the watcher's map.
    await watcher.page.waitForFunction((id) => !(document.querySelector(`#s${id} input`) as HTMLInputElement).disabled, a, { timeout: 2000, polling: 50 });
  } finally {
    await context.close();
    await watcher.context.close();
  }
});

it('keeps the 1,200-seat hall usable at 360 px: the map pans in its own box and zooms', async () => {
  const shows = (await (await fetch(`${server.url}/api/v1/showtimes?theater=hitech-screens`)).json()) as { showtimes: { id: string; screenName: string }[] };
  const hall = shows.showtimes.find((s) => s.screenName === 'Grand Hall') ?? shows.showtimes.find((s) => s.id.startsWith('hitech-screens-1-'));
  expect(hall).toBeDefined();
  const context = await browser.newContext({ ...PHONE, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/showtimes/${hall!.id}`);
    expect(await page.locator('.smap .s input').count()).toBe(1200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await page.evaluate(() => {
      const m = document.getElementById('smap')!;
      return { scrollWidth: m.scrollWidth, clientWidth: m.clientWidth, scrollLeft: m.scrollLeft };
    });
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    expect(box.scrollLeft).toBeGreaterThan(0);
    expect(await page.locator('#seat-zoom').isVisible()).toBe(true);
    await page.locator('.smap').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'grand-hall-360.png') });

    await page.getByRole('button', { name: 'Zoom out' }).tap();
    await page.getByRole('button', { name: 'Zoom out' }).tap();
    expect(await page.locator('#smap').getAttribute('class')).toContain('z0');
    // Zoomed right out, the whole hall fits the phone for an overview.
    expect(await page.evaluate(() => document.getElementById('smap')!.scrollWidth - document.getElementById('smap')!.clientWidth)).toBeLessThanOrEqual(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'grand-hall-360-zoomed-out.png') });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).tap();
    expect(await page.locator('#smap').getAttribute('class')).toContain('z3');

    const [seat] = await freeSeats(page, 1);
    await page.locator(`#s${seat}`).scrollIntoViewIfNeeded();
    await page.locator(`#s${seat}`).tap();
    expect(await page.locator(`#s${seat} input`).isChecked()).toBe(true);

    // Keyboard: arrow keys move between seats as they are laid out, Space picks.
    await page.locator(`#s${seat} input`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(focused).toBe(seat.replace(/^([A-Z]+)(\d+)$/, (_, row: string, n: string) => `${String.fromCharCode(row.charCodeAt(0) + 1)}${Number(n) + 1}`));
    await page.keyboard.press('Space');
    expect(await page.locator(`#s${focused} input`).isChecked()).toBe(true);
    expect(await page.locator('#pick-summary').textContent()).toContain(`2 seats: ${seat}, ${focused}`);
  } finally {
    await context.close();
  }
});
