import type { Browser, Page } from 'playwright-core';
import { failOnBrowserErrors, launchChromium, shot, signInAs } from '../support/browser';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from '../support/factories';
import { Stack } from '../support/stack';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;

const INFLATION = {
  title: 'Inflation falls to 2.1 percent, finance minister says',
  source: 'Baltic Times',
  url: 'https://www.baltictimes.example/economy/inflation-october',
  body: `Finance minister Anna Berg said on Tuesday that inflation fell to 2.1 percent in October, the lowest level since 2021.

"Unemployment is down to 4.3 percent and wages rose 6 percent last year," Berg told reporters in Vilnius.

The opposition leader, Tomas Kalnas, said the government had cut hospital funding by 12 percent since 2023.`,
};
const CLUSTER = { title: 'Lithuania to leave cluster munitions convention', source: 'LRT', url: 'https://www.lrt.lt/en/news-in-english/19/cluster', body: REFERENCE_ARTICLE };

/** The claims browser's article picker, in Debian's Chromium against the real api, worker, Postgres and Redis. */
describe('review UI: the claims browser filtered by an article found by its title', () => {
  const stack = new Stack();
  let browser: Browser;
  let editor: TestUser;
  let cluster: ArticleView;
  let inflation: ArticleView;

  beforeAll(async () => {
    await stack.start();
    browser = await launchChromium();
    editor = await userWithRole(stack, 'EDITOR');
    cluster = await submitAndExtract(editor.client, CLUSTER, stack);
    inflation = await submitAndExtract(editor.client, INFLATION, stack);
    expect(cluster.claims.length).toBeGreaterThan(0);
    expect(inflation.claims.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  // Script errors and console errors fail the test that caused them.
  const watchErrors = failOnBrowserErrors();

  const claimsShown = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;
  const listedTexts = async (page: Page): Promise<string[]> => (await page.locator('.claims-table tbody td[data-label="Claim"] a').allTextContents()).sort();

  it('an editor types a word of the title, picks the article with the keyboard, sees only its claims, and clears the filter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    watchErrors(page);
    await signInAs(page, stack.url, editor.email, 'correct-horse-battery');
    await page.goto(`${stack.url}/claims`);
    const total = cluster.claims.length + inflation.claims.length;
    await page.getByText(claimsShown(total), { exact: true }).waitFor();

    const picker = page.getByRole('combobox', { name: 'Article' });
    const options = page.getByRole('listbox', { name: 'Articles found' }).getByRole('option');
    // A word both titles share: both listed, newest first, the first highlighted; the arrows move the highlight.
    await picker.click();
    await page.keyboard.type('to');
    await options.nth(1).waitFor();
    expect(await options.count()).toBe(2);
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    expect(await options.nth(0).locator('.combo-title').textContent()).toBe(INFLATION.title);
    expect(await options.nth(0).textContent()).toContain('Baltic Times · baltictimes.example · ');
    expect(await options.nth(1).locator('.combo-title').textContent()).toBe(CLUSTER.title);
    expect(await options.nth(1).textContent()).toContain('LRT · lrt.lt · ');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.locator('[role="option"][aria-selected="true"]').filter({ hasText: CLUSTER.title }).waitFor();
    expect(await picker.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.locator('[role="option"][aria-selected="true"]').filter({ hasText: INFLATION.title }).waitFor();
    // Escape closes the list, a second one clears the field.
    await page.keyboard.press('Escape');
    await page.getByRole('listbox', { name: 'Articles found' }).waitFor({ state: 'hidden' });
    expect(await picker.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await picker.inputValue()).toBe('');
    // Nothing found says so.
    await page.keyboard.type('zeppelin');
    await page.getByText('No article matches “zeppelin”.').waitFor();
    await picker.fill('');

    // One word of one title: that article only; Enter picks it.
    await page.keyboard.type('Inflation');
    await options.filter({ hasText: INFLATION.title }).waitFor();
    expect(await options.count()).toBe(1);
    await shot(page, 'claims-article-picker');
    await page.keyboard.press('Enter');
    const chip = page.getByTestId('article-filter');
    await chip.getByText(INFLATION.title).waitFor();
    await page.getByText(claimsShown(inflation.claims.length), { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('article')).toBe(inflation.id);
    expect(await picker.inputValue()).toBe('');
    expect(await listedTexts(page)).toEqual(inflation.claims.map((c) => c.text).sort());
    expect(await page.locator('.claims-table tbody td[data-label="Article"]').allTextContents()).toEqual(inflation.claims.map(() => INFLATION.source));
    await shot(page, 'claims-one-article');

    // The filter lives in the URL: a reload keeps it, and the chip reads the article by its id.
    await page.reload();
    await chip.getByText(INFLATION.title).waitFor();
    await page.getByText(claimsShown(inflation.claims.length), { exact: true }).waitFor();
    expect(await chip.textContent()).toContain('Baltic Times · baltictimes.example');

    // Clearing it brings every article's claims back, and the cursor back to the picker.
    await chip.getByRole('button', { name: 'Clear the article filter' }).click();
    await page.getByText(claimsShown(total), { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.has('article')).toBe(false);
    expect(await chip.count()).toBe(0);
    await page.locator('[role="combobox"]:focus').waitFor();

    // The other article, by a fragment of its URL and a click.
    await page.keyboard.type('lrt.lt/en');
    await options.filter({ hasText: CLUSTER.title }).click();
    await chip.getByText(CLUSTER.title).waitFor();
    await page.getByText(claimsShown(cluster.claims.length), { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('article')).toBe(cluster.id);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'claims-one-article-390');
    await context.close();
  });
});
