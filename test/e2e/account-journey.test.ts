import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
  dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const email = 'meera.e2e@example.in';
const password = 'a-long-and-unique-password-42';

it('registers, reads the code from the mailbox, verifies, logs in and sees the account page', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.url}/`);
  expect(await page.locator('h1').first().textContent()).toContain("What's on");
  await page.screenshot({ path: join(SCREENSHOTS, 'home-phone.png'), fullPage: false });

  await page.getByRole('link', { name: 'Register' }).first().click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill('Meera Iyer');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/verify-email\?/);

  // The code arrives through the outbox and the SNS sink into the local mailbox.
  const mailbox = await browser.newPage();
  let code = '';
  for (let i = 0; i < 50 && !code; i++) {
    await mailbox.goto(`${server.url}/dev/mailbox`);
    code = (await mailbox.locator('.mailbox-message').filter({ hasText: email }).first().textContent({ timeout: 200 }).catch(() => ''))?.match(/\b(\d{6})\b/)?.[1] ?? '';
    if (!code) await mailbox.waitForTimeout(200);
  }
  expect(code).toMatch(/^\d{6}$/);

  await page.getByLabel('Code').fill(code);
  await page.getByRole('button', { name: /verify/i }).first().click();
  await page.waitForURL(/\/login\?verified=1/);
  expect(await page.getByRole('status').first().textContent()).toContain('verified');

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/account$/);
  expect(await page.locator('h1').textContent()).toBe('Your account');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain(email);
  expect(main).toContain('Verified');
  await page.screenshot({ path: join(SCREENSHOTS, 'account-phone.png'), fullPage: true });

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'mm_session');
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe('Lax');
});

it('keeps the password out of every file in the data folder', async () => {
  const needle = Buffer.from(password);
  const needle16 = Buffer.from(password, 'utf16le');
  const files = filesUnder(dataDir);
  expect(files.some((f) => f.includes('dynamodb'))).toBe(true);
  for (const f of files) {
    const content = readFileSync(f);
    expect(content.includes(needle), f).toBe(false);
    expect(content.includes(needle16), f).toBe(false);
  }
});

it('keeps users across a restart on the same data folder, loading the demo data only once', async () => {
  const code = await server.stop();
  expect(code).toBe(0);
  server = await startServer({ dataDir });
  expect(server.output()).toMatch(/"loaded":false/);
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const demo = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'customer@demo.moviemagic.in', password: 'moviemagic-demo' }),
  });
  expect(demo.status).toBe(200);
  const cities = (await (await fetch(`${server.url}/api/v1/cities`)).json()) as { cities: unknown[] };
  expect(cities.cities).toHaveLength(3);
});
