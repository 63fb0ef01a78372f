import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { failOnBrowserErrors, launchChromium, shot, signInAs } from '../support/browser';
import { publish, REFERENCE_ARTICLE, reviewNext, submitAndExtract, type TestUser, USER_PASSWORD, userWithRole } from '../support/factories';
import { Stack } from '../support/stack';
import { readClaim, W } from '../support/workflow';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;

/**
 * An editor withdraws (unpublishes) and reopens a claim from its page: each asks
 * for a confirmation, sends the version the editor saw, says a CONFLICT plainly
 * with a way to reload, and the page follows changes made elsewhere live.
 */
describe('review UI: withdrawing and reopening a claim', () => {
  const stack = new Stack();
  let browser: Browser;
  let editor: TestUser;
  let reviewer: TestUser;

  beforeAll(async () => {
    await stack.start();
    browser = await launchChromium();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Lithuania to leave cluster munitions convention', body: REFERENCE_ARTICLE, source: 'LRT' }, stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  const watchErrors = failOnBrowserErrors();

  async function editorPage(who: TestUser = editor): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    watchErrors(page);
    await signInAs(page, stack.url, who.email, USER_PASSWORD);
    return { context, page };
  }

  /** A claim reviewed by one reviewer (REQUIRED_REVIEWS=1) and published: PUBLISHED, publication version 1. */
  async function publishedClaim(): Promise<string> {
    const id = await reviewNext(reviewer);
    await publish(editor, id);
    return id;
  }

  const focusedText = (page: Page): Promise<string | null> => page.evaluate('document.activeElement && document.activeElement.textContent') as Promise<string | null>;
  const focusedTestId = (page: Page): Promise<string | undefined> => page.evaluate('document.activeElement && document.activeElement.dataset.testid') as Promise<string | undefined>;
  const openClaim = async (page: Page, id: string): Promise<void> => {
    await page.goto(`${stack.url}/claims/${id}`);
    await page.getByTestId('claim-actions').waitFor();
    await page.getByTestId('live').getByText('live').waitFor(); // changes elsewhere reach the page from here on
  };

  it('withdraws a published fact check only once confirmed, then reopens the claim; the focus goes to what each step did', async () => {
    const id = await publishedClaim();
    const { context, page } = await editorPage();
    await openClaim(page, id);
    const withdraw = page.getByRole('button', { name: 'Withdraw the fact check' });

    // Asked first, with the safe answer focused; Esc keeps everything as it was and gives the focus back.
    await withdraw.click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this fact check?' });
    await dialog.waitFor();
    await dialog.getByText('leaves the ClaimReview feed').waitFor();
    expect(await focusedText(page)).toBe('Cancel');
    await shot(page, 'editor-withdraw-confirm');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Withdraw the fact check');
    expect((await readClaim(editor.client, id)).status).toBe('PUBLISHED');

    // Confirmed: withdrawn in the database, the page shows it, and the focus lands on the result (read out there).
    await withdraw.click();
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const outcome = page.getByTestId('claim-action-outcome');
    await outcome.getByText('Withdrawn.').waitFor();
    const after = await readClaim(editor.client, id);
    expect(after.status).toBe('REVIEWED');
    expect(after.publishedVerdicts.map((p) => [p.version, p.withdrawnAt !== null])).toEqual([[1, true]]);
    await page.getByText('This claim is not published.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    expect(await withdraw.count()).toBe(0);
    expect(await focusedTestId(page)).toBe('claim-action-outcome');

    // Reopened: a new round in the queue, the verdicts kept.
    await page.getByRole('button', { name: 'Reopen for review' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen this claim for review?' });
    await reopen.getByText('round 2').waitFor();
    await reopen.getByRole('button', { name: 'Reopen', exact: true }).click();
    await outcome.getByText('Reopened.').waitFor();
    const reopened = await readClaim(editor.client, id);
    expect([reopened.status, reopened.reviewRound, reopened.verdicts.length]).toEqual(['QUEUED', 2, 1]);
    // The new round needs its own review: the first round's verdict is kept but not counted towards it.
    await page.getByText(/^Queued · round 2 · 0\/1 reviews$/).waitFor();
    expect(await page.getByRole('button', { name: 'Reopen for review' }).count()).toBe(0);
    expect(await focusedTestId(page)).toBe('claim-action-outcome');
    await context.close();
  });

  it('a withdrawal against a claim that changed since the editor opened the confirmation is refused with CONFLICT, said plainly, and nothing changes until a reload', async () => {
    const id = await publishedClaim();
    const { context, page } = await editorPage();
    await openClaim(page, id);
    await page.getByRole('button', { name: 'Withdraw the fact check' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this fact check?' });
    await dialog.waitFor();

    // Meanwhile another editor withdraws it and publishes it again: still published, as a new version.
    const other = await userWithRole(stack, 'EDITOR');
    const seen = await readClaim(editor.client, id);
    await other.client.ok(W.unpublish, { id });
    await other.client.ok(W.publish, { id });
    const before = await readClaim(editor.client, id);
    const republished = before.publishedVerdict!.version;
    expect(republished).toBe(seen.publishedVerdict!.version + 1);
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
    const outcome = page.getByTestId('claim-action-outcome');
    await outcome.getByText('Not withdrawn: this claim changed since you opened it').waitFor();
    const reload = outcome.getByRole('button', { name: 'Reload the claim' });
    await reload.waitFor();
    // The focus is on the message (read out there), the reload button right in it.
    expect(await focusedTestId(page)).toBe('claim-action-outcome');
    expect(await readClaim(editor.client, id)).toEqual(before);
    await shot(page, 'editor-withdraw-conflict');

    // Reloaded: the page shows the new version, and the withdrawal goes through against it.
    await reload.click();
    await page.getByTestId('claim-actions').getByText(`(version ${republished})`).waitFor();
    await page.getByRole('button', { name: 'Withdraw the fact check' }).click();
    await dialog.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await outcome.getByText('Withdrawn.').waitFor();
    const after = await readClaim(editor.client, id);
    expect([after.status, after.publishedVerdict, after.publishedVerdicts.length]).toEqual(['REVIEWED', null, before.publishedVerdicts.length]);
    await context.close();
  });

  it('the claim page follows a withdrawal and a publication made elsewhere without a reload', async () => {
    const id = await publishedClaim();
    const { context, page } = await editorPage();
    await openClaim(page, id);
    const withdraw = page.getByRole('button', { name: 'Withdraw the fact check' });
    await withdraw.waitFor();
    await editor.client.ok(W.unpublish, { id });
    await withdraw.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await editor.client.ok(W.publish, { id });
    await withdraw.waitFor();
    await page.getByTestId('claimreview-preview').waitFor();
    await context.close();
  });

  it('the claim page reads the claim again when its live connection comes back, so a change made while it was down shows', async () => {
    const id = await publishedClaim();
    const { context, page } = await editorPage();
    // The subscription socket runs through the test, which can cut it and hold off its reconnection attempts.
    let down = false;
    const open: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      // 1012 (service restart): a close graphql-ws retries, as it would a dropped network.
      if (down) return void ws.close({ code: 1012 });
      ws.connectToServer();
      open.push(ws);
    });
    await openClaim(page, id);
    const withdraw = page.getByRole('button', { name: 'Withdraw the fact check' });
    await withdraw.waitFor();

    down = true;
    await Promise.all(open.splice(0).map((ws) => ws.close({ code: 1012 })));
    await page.getByTestId('live').getByText('connecting').waitFor();
    // Withdrawn while the page is offline: no event can reach it.
    await editor.client.ok(W.unpublish, { id });
    expect(await withdraw.count()).toBe(1);

    down = false;
    await page.getByTestId('live').getByText('live').waitFor();
    await withdraw.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Publish', exact: true }).waitFor();
    await page.getByText('This claim is not published.', { exact: false }).waitFor();
    await context.close();
  });

  it('only editors and admins are offered the actions', async () => {
    const id = await publishedClaim();
    const admin = await userWithRole(stack, 'ADMIN');
    const asAdmin = await editorPage(admin);
    await openClaim(asAdmin.page, id);
    await asAdmin.page.getByRole('button', { name: 'Withdraw the fact check' }).waitFor();
    await asAdmin.context.close();

    const asReviewer = await editorPage(reviewer);
    await asReviewer.page.goto(`${stack.url}/claims/${id}`);
    await asReviewer.page.getByRole('heading', { name: 'For editors' }).waitFor();
    expect(await asReviewer.page.getByRole('button', { name: /Withdraw|Reopen/ }).count()).toBe(0);
    await asReviewer.context.close();
  });
});
