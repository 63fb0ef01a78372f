import type { Browser, BrowserContext, Page } from 'playwright-core';
import { failOnBrowserErrors, launchChromium, openPage, shot, signInAs } from '../support/browser';
import { type ArticleView, REFERENCE_ARTICLE, submitAndExtract, type TestUser, USER_PASSWORD, userWithRole } from '../support/factories';
import { Stack } from '../support/stack';
import { disputedClaim, readClaim, take, W } from '../support/workflow';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;
// What a screen reader is given for the lease pill once it has ended: said once, not "Lease Lease ended".
const LEASE_ENDED_HEARD = /^- timer(?: "[^"]*")?: Lease ended$/;

/**
 * The review UI in Debian's Chromium against the real built api and worker,
 * Postgres and Redis. Two independent reviews per claim, so the editor has
 * disputes to settle.
 */
describe('review UI in a browser', () => {
  const stack = new Stack();
  let browser: Browser;
  let editor: TestUser;
  let reviewer: TestUser;
  let article: ArticleView;
  // The reviewer's tab, kept across the first two tests: the claim in hand and its draft live in the tab's session.
  let reviewerTab: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    browser = await launchChromium();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    article = await submitAndExtract(editor.client, { title: 'Lithuania to leave cluster munitions convention', body: REFERENCE_ARTICLE, source: 'LRT', url: 'https://www.lrt.lt/en/news-in-english/19/cluster' }, stack);
    expect(article.claims.length).toBeGreaterThan(2);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  // Script errors and console errors fail the test that caused them.
  const watchErrors = failOnBrowserErrors();

  const newPage = (width = 1280, height = 800): ReturnType<typeof openPage> => openPage(browser, watchErrors, { width, height, wait: WAIT });

  /** The claim the database says this reviewer holds a lease on right now. */
  async function leasedClaim(reviewerId: string): Promise<{ assignmentId: string; claimId: string; text: string }> {
    const r = await stack.pg.query<{ id: string; claim_id: string; text: string }>(
      `SELECT a.id, a.claim_id, c.text FROM review_assignments a JOIN claims c ON c.id = a.claim_id WHERE a.reviewer_id = $1 AND a.status = 'ACTIVE'`,
      [reviewerId],
    );
    expect(r.rows).toHaveLength(1);
    return { assignmentId: r.rows[0]!.id, claimId: r.rows[0]!.claim_id, text: r.rows[0]!.text };
  }

  const readClaimText = async (id: string): Promise<string> => (await editor.client.ok<{ claim: { text: string } }>(`query($id: ID!) { claim(id: $id) { text } }`, { id })).claim.text;

  it('serves the app at / and client routes, and leaves the api routes alone', async () => {
    const home = await fetch(`${stack.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('<div id="root">');
    expect(home.headers.get('content-security-policy')).toContain("default-src 'self'");
    const route = await fetch(`${stack.url}/review`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${stack.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${stack.url}/nowhere`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${stack.url}/../package.json`)).status).toBe(404);
    expect(await (await fetch(`${stack.url}/health/live`)).json()).toEqual({ status: 'ok' });
    expect((await stack.gql().raw('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('a reviewer takes the first claim, rates it and adds a source with the keyboard only, submits, and sees the next claim', async () => {
    reviewerTab = await newPage();
    const { page } = reviewerTab;
    await page.goto(`${stack.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await shot(page, 'sign-in');
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);

    // Queue home: counts by status (the extracted article's claims wait), the reviewer's own day.
    const waiting = page.getByTestId('count-waiting').locator('.tile-value');
    await waiting.waitFor();
    const queued = await stack.count('claims', `status = 'QUEUED'`);
    expect(queued).toBeGreaterThan(1);
    expect(Number(await waiting.textContent())).toBe(queued);
    expect(await page.getByTestId('today-verdicts').locator('.tile-value').textContent()).toBe('0');
    await page.getByTestId('live').getByText('live').waitFor();
    await shot(page, 'queue-home');
    // Live: another reviewer takes a claim through the API; the count changes without a reload.
    const other = await userWithRole(stack, 'REVIEWER');
    const otherTaken = (await take(other.client))!;
    await page.getByTestId('count-inReview').locator('.tile-value').getByText('1', { exact: true }).waitFor();
    await other.client.ok(W.skip, { id: otherTaken.id });
    await page.getByTestId('count-inReview').locator('.tile-value').getByText('0', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Start reviewing' }).click();
    const claimText = page.getByTestId('claim-text');
    await claimText.waitFor();
    const first = await leasedClaim(reviewer.id);
    expect(article.claims.map((c) => c.id)).toContain(first.claimId);
    expect(await claimText.textContent()).toBe(first.text);
    // The sentence is marked inside its paragraph, cut from the body by the claim's offsets.
    const claim = article.claims.find((c) => c.id === first.claimId)!;
    expect(await page.getByTestId('paragraph').locator('mark').textContent()).toBe(REFERENCE_ARTICLE.slice(claim.spanStart, claim.spanEnd));
    await page.getByText('Lithuania to leave cluster munitions convention').first().waitFor();
    await page.getByText('Looking for similar claims').waitFor({ state: 'hidden' });
    await shot(page, 'workbench');

    // Keyboard only from here on.
    await page.locator('body').focus();
    // O opens the whole article with the sentence marked; Esc closes it.
    await page.keyboard.press('o');
    const fullArticle = page.getByRole('dialog', { name: 'Lithuania to leave cluster munitions convention' });
    await fullArticle.waitFor();
    expect(await fullArticle.locator('mark').textContent()).toBe(REFERENCE_ARTICLE.slice(claim.spanStart, claim.spanEnd));
    expect((await fullArticle.locator('.article-body').textContent())?.length).toBe(REFERENCE_ARTICLE.length);
    await page.keyboard.press('Escape');
    await fullArticle.waitFor({ state: 'hidden' });
    await page.keyboard.press('?');
    await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('6'); // False
    await page.locator('[data-rating="FALSE"][aria-checked="true"]').waitFor();
    await page.keyboard.press('r');
    await page.keyboard.type('The convention allows members to leave; the vote itself is on the record.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.locator('[data-source-url]:focus').waitFor(); // a person sees where the cursor is before typing
    await page.keyboard.type('https://www.lrt.lt/en/news-in-english/19/2345');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Seimas votes to leave cluster munitions convention');
    await page.keyboard.press('Tab');
    await page.keyboard.type('LRT');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The decision was supported by 99 members of parliament.');
    await shot(page, 'workbench-filled');
    await page.keyboard.press('Control+Enter');

    // Straight to the next claim: a different one, leased in the database.
    await page.locator('.flash').getByText('Verdict saved').waitFor(); // seen there, and said by the live region
    await claimText.filter({ hasNotText: first.text }).waitFor();
    const second = await leasedClaim(reviewer.id);
    expect(second.claimId).not.toBe(first.claimId);
    expect(await claimText.textContent()).toBe(second.text);
    const saved = await readClaim(editor.client, first.claimId);
    const mine = saved.verdicts.filter((v) => v.reviewer.id === reviewer.id);
    expect(mine.map((v) => v.rating)).toEqual(['FALSE']);
    const detail = await editor.client.ok<{ claim: { verdicts: { rationale: string; sources: { url: string; title: string; publisher: string; excerpt: string }[] }[] } }>(
      `query($id: ID!) { claim(id: $id) { verdicts { rationale sources { url title publisher excerpt } } } }`,
      { id: first.claimId },
    );
    expect(detail.claim.verdicts[0]).toEqual({
      rationale: 'The convention allows members to leave; the vote itself is on the record.',
      sources: [{ url: 'https://www.lrt.lt/en/news-in-english/19/2345', title: 'Seimas votes to leave cluster munitions convention', publisher: 'LRT', excerpt: 'The decision was supported by 99 members of parliament.' }],
    });
    // Back on the queue home, today's figures count the verdict (reviewerStats since the start of the day).
    await page.getByRole('button', { name: '← Queue' }).click();
    await page.getByTestId('today-verdicts').locator('.tile-value').getByText('1', { exact: true }).waitFor();
  });

  it('a failed submit keeps everything typed and says what happened; a reload keeps it too; S skips with a reason', async () => {
    // The same tab, now phone-sized.
    const { page } = reviewerTab;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stack.url}/review`); // the claim in hand comes back: it is still leased to this tab
    const claimText = page.getByTestId('claim-text');
    await claimText.waitFor();
    const held = await leasedClaim(reviewer.id);
    expect(await claimText.textContent()).toBe(held.text);
    await shot(page, 'workbench-390');

    await page.locator('body').focus();
    await page.keyboard.press('3'); // Half true
    // The ratings are one radio group: arrow keys move the choice.
    await page.locator('[data-rating="HALF_TRUE"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-rating="MISLEADING"][aria-checked="true"]').waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-rating="HALF_TRUE"][aria-checked="true"]').waitFor();
    await page.keyboard.press('r');
    await page.keyboard.type('Draft that must survive.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.locator('[data-source-url]:focus').waitFor(); // a person sees where the cursor is before typing
    await page.keyboard.type('not a url');
    await page.keyboard.press('Control+Enter');
    // Checked in the browser first: nothing sent, the field says why.
    await page.getByText('This is not a full web address').waitFor();
    expect(await stack.count('verdicts', 'claim_id = $1', [held.claimId])).toBe(0);
    await page.locator('[data-source-url]').first().fill('https://example.org/report');

    // The api's length limits are checked in the browser too: a source title past 500 characters is marked, not sent.
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('t'.repeat(501));
    await page.keyboard.press('Control+Enter');
    const alert = page.getByTestId('form-alert');
    await alert.getByText('Not submitted yet: fix the marked fields.').waitFor();
    const tooLong = page.getByText('The title can be at most 500 characters; this one has 501.');
    await tooLong.waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.getAttribute('aria-describedby')).toBe(await tooLong.getAttribute('id'));
    await title.fill('t'.repeat(500));
    await tooLong.waitFor({ state: 'hidden' });
    await title.fill('');

    // The api refuses what the browser cannot know: the database takes no NUL character (one pasted from a PDF, say).
    const excerpt = page.getByRole('textbox', { name: 'Quoted excerpt' });
    await excerpt.fill('Pasted from a PDF\u0000with a NUL in it');
    expect(await excerpt.inputValue()).toBe('Pasted from a PDF\u0000with a NUL in it');
    await page.keyboard.press('Control+Enter');
    await alert.getByText('Your verdict was not saved').waitFor();
    await alert.getByText(/correct it and submit again/).waitFor();
    expect(await page.getByRole('textbox', { name: /Rationale/ }).inputValue()).toBe('Draft that must survive.');
    expect(await page.locator('[data-source-url]').first().inputValue()).toBe('https://example.org/report');
    expect(await page.locator('[data-rating="HALF_TRUE"]').getAttribute('aria-checked')).toBe('true');
    expect(await excerpt.inputValue()).toBe('Pasted from a PDF\u0000with a NUL in it');
    expect(await stack.count('verdicts', 'claim_id = $1', [held.claimId])).toBe(0);
    await shot(page, 'workbench-failed-submit-390');
    await excerpt.fill('');

    // Behind the UI's back the lease goes away (the same reviewer skips it through the API): the workbench says so
    // at once, submit is off, and the draft stays.
    await page.getByTestId('live').getByText('live').waitFor();
    await reviewer.client.ok(W.skip, { id: held.assignmentId });
    await alert.getByText('You skipped this claim in another tab').waitFor();
    expect(await page.getByRole('button', { name: /Submit and next/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('textbox', { name: /Rationale/ }).inputValue()).toBe('Draft that must survive.');

    // A reload brings back the claim and its draft, and reads again that the claim has moved on.
    await page.reload();
    await claimText.waitFor();
    await alert.getByText('You skipped this claim in another tab').waitFor();
    expect(await page.getByRole('textbox', { name: /Rationale/ }).inputValue()).toBe('Draft that must survive.');
    expect(await page.locator('[data-source-url]').first().inputValue()).toBe('https://example.org/report');

    // S on a claim that is no longer the reviewer's: there is nothing to skip, so no reason is asked for; the UI
    // takes the next claim and says so ...
    await page.locator('body').focus();
    await page.keyboard.press('s');
    // Seen in the bar, and said through the page's one live region.
    await page.locator('.flash').getByText('Nothing to skip: that claim was no longer yours. Here is the next claim.').waitFor();
    await page.getByTestId('announcer').filter({ hasText: 'Nothing to skip: that claim was no longer yours. Here is the next claim.' }).waitFor({ state: 'attached' });
    await claimText.filter({ hasNotText: held.text }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Reason (optional)' }).count()).toBe(0);
    const third = await leasedClaim(reviewer.id);
    expect(third.claimId).not.toBe(held.claimId);
    // ... and a real skip, with a reason, gives the claim back to the queue and takes the next one.
    await page.locator('body').focus();
    await page.keyboard.press('s');
    await page.keyboard.type('Needs a Lithuanian speaker');
    await page.keyboard.press('Enter');
    await claimText.filter({ hasNotText: third.text }).waitFor();
    const skipped = await stack.pg.query<{ status: string }>(`SELECT status FROM review_assignments WHERE id = $1`, [third.assignmentId]);
    expect(skipped.rows[0]?.status).toBe('SKIPPED');
    const events = await stack.pg.query<{ data: { reason?: string } | null }>(`SELECT data FROM claim_events WHERE claim_id = $1 AND type = 'SKIPPED' AND actor_id = $2`, [third.claimId, reviewer.id]);
    expect(events.rows.map((r) => r.data?.reason)).toEqual(['Needs a Lithuanian speaker']);
    await reviewerTab.context.close();
  });

  it('the workbench says at once when the claim in hand is taken away and then dismissed by an editor, keeps the draft, and takes the next claim', async () => {
    const someone = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, someone.email, USER_PASSWORD);
    await page.goto(`${stack.url}/review`);
    const claimText = page.getByTestId('claim-text');
    await claimText.waitFor();
    const held = await leasedClaim(someone.id);
    await page.getByTestId('live').getByText('live').waitFor(); // the claim is watched from here on
    const rationale = page.getByRole('textbox', { name: /Rationale/ });
    await rationale.click();
    await page.keyboard.type('Typed before the editor stepped in.');
    // Every banner text the reviewer is shown from now on, in order (a string: the tests compile without DOM types).
    await page.evaluate(`(() => {
      const seen = (window.banners = []);
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="form-alert"] p')?.textContent;
        if (text && text !== seen[seen.length - 1]) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    })()`);

    // A note on the claim is no news for the reviewer.
    await editor.client.ok(W.comment, { id: held.claimId, body: 'The 2008 convention text allows withdrawal.' });
    // An editor cannot dismiss a claim while it is leased (EXTRACTED | QUEUED → DISMISSED) ...
    const dismiss = `mutation($id: ID!) { dismissClaim(id: $id) { id status } }`;
    expect(await editor.client.code(dismiss, { id: held.claimId })).toBe('CONFLICT');
    // ... so the reviewer's other tab gives it back to the queue first: the workbench says so at once.
    await someone.client.ok(W.skip, { id: held.assignmentId });
    const banner = page.getByTestId('form-alert');
    await banner.getByText('You skipped this claim in another tab').waitFor();
    // Now the editor dismisses it, through the API; the banner says what happened and what to do.
    await editor.client.ok(dismiss, { id: held.claimId });
    await banner.getByText('An editor dismissed this claim as not worth checking').waitFor();
    await banner.getByText('Take the next claim to go on.').waitFor();
    expect(await page.evaluate('window.banners')).toEqual([
      'You skipped this claim in another tab, so it went back to the queue. Your draft is kept for this claim, in case it comes back to you. Take the next claim to go on.',
      'An editor dismissed this claim as not worth checking, so it needs no verdict now. Your draft is kept for this claim, in case it comes back to you. Take the next claim to go on.',
    ]);
    expect(await page.getByRole('button', { name: /Submit and next/ }).isDisabled()).toBe(true);
    expect(await page.getByTestId('lease').textContent()).toBe('Lease ended');
    expect(await page.getByRole('timer').ariaSnapshot()).toMatch(LEASE_ENDED_HEARD);
    expect(await rationale.inputValue()).toBe('Typed before the editor stepped in.');
    await shot(page, 'workbench-claim-gone');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'workbench-claim-gone-390');

    await banner.getByRole('button', { name: 'Take the next claim' }).click();
    await claimText.filter({ hasNotText: held.text }).waitFor();
    const next = await leasedClaim(someone.id);
    expect(next.claimId).not.toBe(held.claimId);
    expect(await claimText.textContent()).toBe(next.text);
    expect(await banner.count()).toBe(0);
    expect(await page.getByRole('button', { name: /Submit and next/ }).isEnabled()).toBe(true);
    expect(await rationale.inputValue()).toBe('');
    expect((await readClaim(editor.client, held.claimId)).status).toBe('DISMISSED');
    expect(await stack.count('verdicts', 'reviewer_id = $1', [someone.id])).toBe(0);
    await context.close();
  });

  it('an editor sees a disputed claim with both verdicts side by side, resolves it and publishes it', async () => {
    // Two reviewers disagree on one claim (REQUIRED_REVIEWS=2): the claim is DISPUTED.
    const disputed = await disputedClaim(stack);
    expect((await readClaim(editor.client, disputed)).status).toBe('DISPUTED');

    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.getByRole('link', { name: 'Disputes' }).first().click();
    const cards = page.locator('.verdict-card');
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    const [left, right] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1); // side by side, not stacked
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(2);
    await page.getByText('Leaving takes effect only after six months.').waitFor();
    await shot(page, 'editor-disputes');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'editor-disputes-390');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('article', { name: /Verdict by/ }).filter({ hasText: 'Misleading' }).getByRole('button', { name: 'Take over this verdict' }).click();
    expect(await page.getByRole('textbox', { name: 'Rationale to publish' }).inputValue()).toBe('Leaving takes effect only after six months.');
    await page.getByRole('button', { name: 'Resolve and publish' }).click();
    await page.getByTestId('resolved').getByText('Published.').waitFor();

    const done = await readClaim(editor.client, disputed);
    expect(done.status).toBe('PUBLISHED');
    expect(done.finalVerdict).toMatchObject({ rating: 'MISLEADING', kind: 'EDITOR' });
    expect(done.publishedVerdict).toMatchObject({ version: 1, rating: 'MISLEADING' });

    // The ClaimReview of the published claim, as the feed will serve it.
    await page.getByRole('link', { name: 'See the ClaimReview' }).click();
    const preview = page.getByTestId('claimreview-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(await readClaimText(disputed));
    await shot(page, 'editor-claimreview');

    // The claims browser finds it by its published rating.
    await page.goto(`${stack.url}/claims?rating=MISLEADING`);
    await page.getByText('1 claim', { exact: true }).waitFor();
    // The other new filters, through the API the browser uses.
    const count = async (filter: Record<string, unknown>): Promise<number> =>
      (await editor.client.ok<{ claims: { totalCount: number } }>(`query($f: ClaimFilter) { claims(filter: $f) { totalCount } }`, { f: filter })).claims.totalCount;
    const claimant = article.claims.find((c) => c.claimant && c.claimant.length > 6)?.claimant ?? '';
    expect(claimant).not.toBe('');
    expect(await count({ claimant: claimant.slice(-6) })).toBe(article.claims.filter((c) => c.claimant?.includes(claimant.slice(-6))).length);
    expect(await count({ claimant: 'nobody-by-this-name' })).toBe(0);
    expect(await count({ createdFrom: new Date(Date.now() + 86_400_000).toISOString() })).toBe(0);
    expect(await count({ createdTo: new Date(Date.now() + 86_400_000).toISOString() })).toBe(article.claims.length);
    expect(await count({ rating: 'TRUE' })).toBe(0);
    await shot(page, 'editor-claims');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'editor-claims-390');
    await context.close();
  });
});
