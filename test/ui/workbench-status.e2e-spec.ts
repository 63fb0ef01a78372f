import type { Browser, Page } from 'playwright-core';
import { heard, liveRegions, recordAnnouncements } from '../support/announcements';
import { failOnBrowserErrors, launchChromium, openPage, shot, signInAs } from '../support/browser';
import { REFERENCE_ARTICLE, submitAndExtract, type TestUser, USER_PASSWORD, userWithRole } from '../support/factories';
import { eventually, Stack } from '../support/stack';
import { take, W } from '../support/workflow';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;

/**
 * What the reviewer is told, seen and heard: the workbench speaks every change of
 * its state through one live region (polite for news, assertive for errors), and
 * the queue home offers to resume a claim the reviewer already holds.
 */
describe('review UI: what the reviewer is told', () => {
  const stack = new Stack();
  let browser: Browser;
  let editor: TestUser;

  beforeAll(async () => {
    await stack.start();
    browser = await launchChromium();
    editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Lithuania to leave cluster munitions convention', body: REFERENCE_ARTICLE, source: 'LRT' }, stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  const watchErrors = failOnBrowserErrors();

  const newPage = (): ReturnType<typeof openPage> => openPage(browser, watchErrors, { wait: WAIT });

  const activeAssignment = async (reviewerId: string): Promise<{ id: string; claimId: string }> => {
    const r = await stack.pg.query<{ id: string; claim_id: string }>(`SELECT id, claim_id FROM review_assignments WHERE reviewer_id = $1 AND status = 'ACTIVE'`, [reviewerId]);
    expect(r.rows).toHaveLength(1);
    return { id: r.rows[0]!.id, claimId: r.rows[0]!.claim_id };
  };

  /** Waits until the page has been told `n` things in all. */
  const told = (page: Page, n: number) => eventually(async () => (await heard(page)).length >= n, WAIT, `announcement ${n}`);

  it('the workbench says each change of state through one live region: errors assertively, the rest politely', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    await page.goto(`${stack.url}/review`);
    const claimText = page.getByTestId('claim-text');
    await claimText.waitFor();
    await page.getByTestId('live').getByText('live').waitFor();
    await recordAnnouncements(page);
    expect(await liveRegions(page)).toBe(1);

    // Nothing chosen yet: the form marks its fields, and the error is said at once.
    await page.locator('body').focus();
    await page.keyboard.press('Control+Enter');
    await told(page, 1);

    // The server refuses what the browser cannot know (a NUL pasted into the excerpt).
    await page.locator('body').focus();
    await page.keyboard.press('6');
    await page.keyboard.press('r');
    await page.keyboard.type('The vote is on the Seimas record.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.locator('[data-source-url]:focus').waitFor();
    await page.keyboard.type('https://www.lrt.lt/en/news-in-english/19/2345');
    const excerpt = page.getByRole('textbox', { name: 'Quoted excerpt' });
    await excerpt.fill('Pasted from a PDF\u0000with a NUL in it');
    await page.keyboard.press('Control+Enter');
    await told(page, 2);

    // Saved: said politely, with the next claim on its way.
    const first = await activeAssignment(reviewer.id);
    await excerpt.fill('');
    await page.keyboard.press('Control+Enter');
    await told(page, 3);
    const second = await eventually(async () => {
      const a = await activeAssignment(reviewer.id);
      return a.claimId !== first.claimId ? a : null;
    }, WAIT, 'the next claim');
    await page.getByRole('button', { name: /Submit and next/ }).waitFor();

    // The claim stops being the reviewer's (skipped from another tab): said politely, the banner only shows it.
    await reviewer.client.ok(W.skip, { id: second.id });
    await told(page, 4);
    await page.getByTestId('form-alert').getByText('You skipped this claim in another tab').waitFor();

    const all = await heard(page);
    expect(all.map((h) => [h.politeness, h.text])).toEqual([
      ['assertive', 'Not submitted yet: fix the marked fields.'],
      ['assertive', expect.stringMatching(/^Your verdict was not saved: .+ Your draft is kept; correct it and submit again\.$/)],
      ['polite', 'Verdict saved. Here is the next claim.'],
      ['polite', 'You skipped this claim in another tab, so it went back to the queue. Your draft is kept for this claim, in case it comes back to you. Take the next claim to go on.'],
    ]);
    expect(new Set(all.map((h) => h.region)).size).toBe(1);
    expect(await liveRegions(page)).toBe(1);
    await context.close();
  });

  it('the queue home offers to resume the claim the reviewer holds, even with nothing else waiting, and goes to it', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    // Taken on another device: this browser has nothing of it in its storage.
    const held = (await take(reviewer.client))!;
    expect(held).not.toBeNull();
    // Nothing else waits: an editor dismisses every other queued claim.
    const queued = await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED'`);
    for (const { id } of queued.rows) await editor.client.ok(`mutation($id: ID!) { dismissClaim(id: $id) { id } }`, { id });
    expect(await stack.count('claims', `status = 'QUEUED'`)).toBe(0);

    const { context, page } = await newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    await page.getByTestId('count-waiting').locator('.tile-value').getByText('0', { exact: true }).waitFor();
    const text = (await editor.client.ok<{ claim: { text: string } }>(`query($id: ID!) { claim(id: $id) { text } }`, { id: held.claim.id })).claim.text;
    // The home's one big button, once the page knows of the lease (it asks myAssignments): before, it read "Start
    // reviewing" and was disabled, since no claim was waiting.
    const button = page.locator('.hero button');
    await eventually(async () => (await button.textContent()) === 'Resume review', 10_000, 'the resume button').catch(() => null);
    expect([await button.textContent(), await button.isDisabled()]).toEqual(['Resume review', false]);
    const resume = page.getByRole('button', { name: 'Resume review' });
    await page.getByTestId('held-claim').getByText(text).waitFor();
    await shot(page, 'queue-home-resume');

    await resume.click();
    await page.getByTestId('claim-text').getByText(text, { exact: true }).waitFor();
    expect((await activeAssignment(reviewer.id)).id).toBe(held.id);
    expect(await stack.count('review_assignments', 'reviewer_id = $1', [reviewer.id])).toBe(1);

    // Back home after giving the claim back elsewhere: the button is the usual one again, without a reload.
    await page.getByRole('button', { name: '← Queue' }).click();
    await resume.waitFor();
    await reviewer.client.ok(W.skip, { id: held.id });
    await page.getByRole('button', { name: 'Start reviewing' }).waitFor();
    expect(await resume.count()).toBe(0);
    await context.close();
  });
});
