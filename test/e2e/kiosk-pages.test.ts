import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import jsQRModule from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createDb } from '../../server/store/db.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchBrowser, SCREENSHOTS } from '../helpers/browser.js';
import { startKiosk, type KioskProcess } from '../helpers/kiosk-process.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsqr is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const jsQR: Decode = (jsQRModule as unknown as { default: Decode }).default ?? (jsQRModule as unknown as Decode);

/**
 * The kiosk's pages in Debian's Chromium at a 1024×768 counter screen: a real server process, a
 * real kiosk process (its demo token, its SQLite file), staff using the keyboard, and the door
 * typed into as a USB scanner types.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-kiosk-'));
const table = `e2e-kiosk-${randomUUID()}`;
let server: ServerProcess;
let kiosk: KioskProcess;
let browser: Browser;

beforeAll(async () => {
  const serverEnv = { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: table, RATE_LIMITS: 'off', SNS_ENDPOINT: 'http://127.0.0.1:9' };
  [server, browser] = await Promise.all([startServer({ dataDir, env: serverEnv }), launchBrowser()]);
  kiosk = await startKiosk({ serverUrl: server.url, dataDir, db: join(dataDir, 'kiosk.sqlite') });
  // Staff can sign in once the first sync has filled the cache (their hashes come with it).
  for (let until = Date.now() + 30_000; !(await fetch(`${kiosk.url}/healthz`).then((r) => r.ok, () => false)); ) {
    if (Date.now() > until) throw new Error(`the kiosk never synced:\n${kiosk.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
  await server?.stop();
  const db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: table });
  await db.client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Reads the QR code on screen as a scanner would: a screenshot of it, decoded with jsQR. */
async function readQr(page: Page, selector: string): Promise<string> {
  const png = (await page.locator(selector).first().screenshot()).toString('base64');
  const scratch = await page.context().newPage();
  const pixels = await scratch.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return { w: img.width, h: img.height, data: Array.from(g.getImageData(0, 0, img.width, img.height).data) };
  }, png);
  await scratch.close();
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.h);
  if (!code) throw new Error('the QR code on the ticket page did not decode');
  return code.data;
}

async function height(page: Page, selector: string): Promise<number> {
  return (await page.locator(selector).first().boundingBox())?.height ?? 0;
}

it('staff sell by keyboard, the ticket carries a QR, the door lets it in once; no serious axe violation', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const a11y: Record<string, string[]> = {};
  try {
    await page.goto(`${kiosk.url}/login`);
    await page.locator('input[name="email"]').fill('staff@demo.moviemagic.in');
    await page.locator('input[name="password"]').fill('moviemagic-demo');
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL(`${kiosk.url}/`);

    // Pick a show with seats leased to this kiosk (the demo kiosk has row A of the next shows).
    const show = page.locator('a.kiosk-show:has(.kiosk-mine-count)').first();
    await show.waitFor();
    await show.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/shows\//);

    // Two leased seats by keyboard: focus, Space, Tab to the next seat, Space.
    const first = page.locator('label.s.m input:not([disabled])').first();
    await first.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const picked = await page.locator('label.s input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(picked).toHaveLength(2);
    await expect.poll(() => page.locator('#kiosk-pick-summary').textContent()).toBe(`2 seats: ${picked.join(', ')}`);
    expect(await page.locator('input[name="method"][value="cash"]').isChecked()).toBe(true);
    expect(await height(page, 'label.s')).toBeGreaterThanOrEqual(40);
    expect(await height(page, '#kiosk-sell-form button[type="submit"]')).toBeGreaterThanOrEqual(48);
    a11y.sell = await seriousViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-sell.png') });
    await page.locator('#kiosk-sell-form button[type="submit"]').focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/sales\//);
    expect(await page.locator('.kiosk-qr').count()).toBe(2);
    expect(await page.locator('.kiosk-facts').textContent()).toContain('by cash');
    const bookingId = (await page.locator('.kiosk-booking-id').textContent())!.trim();
    expect(bookingId).toMatch(/^MVM-\d{8}-[0-9A-Z]{8}$/);
    const payload = await readQr(page, '.kiosk-qr svg');
    expect(payload).toMatch(/^MM1\./);
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-ticket.png') });

    // Door mode: no camera here (no BarcodeDetector in this Chromium), so only the scan field.
    await page.goto(`${kiosk.url}/door`);
    expect(await page.locator('#door-camera').isHidden()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ticket');
    await page.keyboard.type(payload);
    await page.keyboard.press('Enter');
    await page.locator('#door-result.door-yes').waitFor();
    expect(await page.locator('#door-result').textContent()).toContain('Welcome');
    expect(await page.locator('#door-result .door-seat').textContent()).toBe(`Seat ${picked[0]}`);
    a11y.doorYes = await seriousViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-door-yes.png') });

    // The scanner types the same ticket again: the field was cleared and refocused after the answer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ticket');
    await page.keyboard.type(payload);
    await page.keyboard.press('Enter');
    await page.locator('#door-result.door-no').waitFor();
    expect(await page.locator('#door-result .door-headline').textContent()).toContain('Already let in');
    a11y.doorNo = await seriousViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-door-no.png') });

    // A browser that can read QR codes but has no camera: a clear message, and scanning still works.
    await page.addInitScript(() => {
      (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
        detect() {
          return Promise.resolve([]);
        }
      };
    });
    await page.reload();
    await page.locator('#door-camera').click();
    await page.locator('#door-camera-message:not([hidden])').waitFor();
    expect(await page.locator('#door-camera-message').textContent()).toMatch(/No camera is available here|The camera is blocked/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ticket');
    await page.keyboard.type(payload);
    await page.keyboard.press('Enter');
    await page.locator('#door-result.door-no').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-door-no-camera.png') });
  } finally {
    await context.close();
  }
  expect(a11y).toEqual({ sell: [], doorYes: [], doorNo: [] });
});

it('the kiosk pages in Telugu pass axe: sign-in, a refused sign-in, show list, sell page, sync and door', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await context.addCookies([{ name: 'lang', value: 'te', url: kiosk.url }]);
  const page = await context.newPage();
  const a11y: Record<string, string[]> = {};
  try {
    await page.goto(`${kiosk.url}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('te');
    a11y.signIn = await seriousViolations(page);
    await page.locator('input[name="email"]').fill('staff@demo.moviemagic.in');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.locator('input[name="password"]').press('Enter');
    const refusal = page.locator('.flash-error[role="alert"]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/[\u0C00-\u0C7F]/); // said in Telugu
    a11y.signInRefused = await seriousViolations(page);
    await page.locator('input[name="email"]').fill('staff@demo.moviemagic.in');
    await page.locator('input[name="password"]').fill('moviemagic-demo');
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL(`${kiosk.url}/`);
    a11y.shows = await seriousViolations(page);
    await page.locator('a.kiosk-show').first().click();
    await page.waitForURL(/\/shows\//);
    a11y.sell = await seriousViolations(page);
    await page.goto(`${kiosk.url}/sync`);
    a11y.sync = await seriousViolations(page);
    await page.goto(`${kiosk.url}/door`);
    a11y.door = await seriousViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'kiosk-door-te.png') });
  } finally {
    await context.close();
  }
  expect(a11y).toEqual(Object.fromEntries(Object.keys(a11y).map((k) => [k, []])));
});
