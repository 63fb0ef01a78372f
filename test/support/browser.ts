import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');

/**
 * Debian's Chromium (installed by .ci/run), headless. launch() gives every
 * browser a fresh temporary profile; the flags keep it off the network except
 * for the app under test.
 */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    timeout: 120_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the sign-in screen. */
export async function signInAs(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });

/**
 * Script and console errors in a page (a CSP refusal, a failed chunk) fail the
 * test that caused them: registers an afterEach in the calling describe and
 * returns the function that follows a page.
 */
export function failOnBrowserErrors(): (page: Page) => void {
  const errors: string[] = [];
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });
  return (page) => {
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
  };
}

/**
 * A fresh context (its own session storage: a user of its own) and its page,
 * waiting up to `wait` ms for each step, its errors followed by `watch` (from
 * failOnBrowserErrors). Close the context at the end of the test.
 */
export async function openPage(browser: Browser, watch: (page: Page) => void, opts: { width?: number; height?: number; wait?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 } });
  context.setDefaultTimeout(opts.wait ?? 60_000);
  const page = await context.newPage();
  watch(page);
  return { context, page };
}
