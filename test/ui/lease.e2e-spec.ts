import type { Browser } from 'playwright-core';
import { heard, liveRegions, recordAnnouncements } from '../support/announcements';
import { launchChromium, signInAs } from '../support/browser';
import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from '../support/factories';
import { eventually, Stack } from '../support/stack';

const WAIT = 90_000;

/**
 * The lease as the workbench handles it, with a short LEASE_MS: renewed while
 * the reviewer types, and when it runs out the form says so and keeps the draft.
 */
describe('review UI: the lease', () => {
  const stack = new Stack();
  let browser: Browser;
  let reviewer: TestUser;

  beforeAll(async () => {
    await stack.start({ env: { LEASE_MS: '15000' } });
    browser = await launchChromium();
    const editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  const lease = async (): Promise<{ id: string; status: string; expires: number }> => {
    const r = await stack.pg.query<{ id: string; status: string; expires_at: Date }>(`SELECT id, status, expires_at FROM review_assignments WHERE reviewer_id = $1 ORDER BY taken_at DESC LIMIT 1`, [reviewer.id]);
    const row = r.rows[0]!;
    return { id: row.id, status: row.status, expires: row.expires_at.getTime() };
  };

  it('renews the lease while the reviewer types, and keeps the draft and says so once an idle lease has run out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    await signInAs(page, stack.url, reviewer.email, 'correct-horse-battery');
    await page.goto(`${stack.url}/review`);
    await page.getByTestId('claim-text').waitFor();
    const first = await lease();
    expect(first.status).toBe('ACTIVE');
    // The pill, seen ("Lease 0:14") and heard ("Lease: 14 seconds left": "0:14" would be read as a time of day).
    const timer = page.getByRole('timer');
    expect(await page.getByTestId('lease').textContent()).toMatch(/^Lease \d+:\d\d$/);
    expect(await timer.ariaSnapshot()).toMatch(/^- timer(?: "[^"]*")?: "?Lease: (?:1 minute|\d+ seconds?) left"?$/);

    // Active: a key now and then; the UI renews once half the lease has gone.
    const rationale = page.getByRole('textbox', { name: /Rationale/ });
    await rationale.click();
    const renewed = await eventually(
      async () => {
        await page.keyboard.type('.');
        const now = await lease();
        return now.id === first.id && now.expires > first.expires ? now : null;
      },
      WAIT,
      'the lease to be renewed',
    );
    expect(renewed.status).toBe('ACTIVE');
    await rationale.fill('Typed before going idle.');

    // Idle: no more renewals; the lease runs out and the form says so, keeping what was typed. Both its end
    // coming and its end are said politely through the page's one live region, not only shown.
    await recordAnnouncements(page);
    await page.locator('body').click({ position: { x: 5, y: 300 } }); // leave the field (and count as activity once)
    await page.getByTestId('form-alert').getByText('Your lease on this claim ended').waitFor();
    const said = await eventually(async () => {
      const all = await heard(page);
      return all.some((h) => h.text.startsWith('Your lease on this claim ended')) ? all : null;
    }, 10_000, 'the end of the lease to be said');
    // A slow renewal may have let the warning come twice; what counts is the order at the end, from one region.
    expect(said.slice(-2).map((h) => [h.politeness, h.text])).toEqual([
      ['polite', 'Your lease on this claim ends in under a minute. Type or click in the page to keep it: it renews itself while you work.'],
      ['polite', 'Your lease on this claim ended, so it went back to the queue. Your draft is kept for this claim, in case it comes back to you. Take the next claim to go on.'],
    ]);
    expect(new Set(said.map((h) => h.region)).size).toBe(1);
    expect(await liveRegions(page)).toBe(1);
    expect(await page.getByTestId('lease').textContent()).toBe('Lease ended');
    expect(await timer.ariaSnapshot()).toMatch(/^- timer(?: "[^"]*")?: Lease ended$/);
    expect(await rationale.inputValue()).toBe('Typed before going idle.');
    await page.getByRole('button', { name: 'Take the next claim' }).waitFor();
    expect(await stack.count('verdicts')).toBe(0);
    await context.close();
  });
  it('a second tab or device resumes the claim the reviewer holds instead of taking another', async () => {
    const someone = await userWithRole(stack, 'REVIEWER');
    const open = async (): Promise<{ text: string | null; close: () => Promise<void> }> => {
      // A context of its own: its own sessionStorage, as another device has.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      context.setDefaultTimeout(WAIT);
      const page = await context.newPage();
      await signInAs(page, stack.url, someone.email, 'correct-horse-battery');
      await page.goto(`${stack.url}/review`);
      await page.getByTestId('claim-text').waitFor();
      return { text: await page.getByTestId('claim-text').textContent(), close: () => context.close() };
    };
    const first = await open();
    const second = await open();
    expect(second.text).toBe(first.text);
    expect(await stack.count('review_assignments', `reviewer_id = $1 AND status = 'ACTIVE'`, [someone.id])).toBe(1);
    await Promise.all([first.close(), second.close()]);
  });
});
