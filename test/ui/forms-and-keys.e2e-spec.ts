import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { failOnBrowserErrors, launchChromium, openPage, signInAs } from '../support/browser';
import { REFERENCE_ARTICLE, submitAndExtract, type TestUser, USER_PASSWORD, userWithRole } from '../support/factories';
import { Stack } from '../support/stack';
import { disputedClaim, outboxDrained, readClaim, submit, take, W } from '../support/workflow';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;

/**
 * What a person meets at the edges of the review UI: links that must survive
 * signing in, documented keys, and over-long or missing input, which the UI
 * marks next to its field and the api never stores.
 */
describe('review UI: links, keys and form messages', () => {
  const stack = new Stack();
  let browser: Browser;
  let editor: TestUser;

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    browser = await launchChromium();
    editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Lithuania to leave cluster munitions convention', body: REFERENCE_ARTICLE, source: 'LRT' }, stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  // Script errors and console errors fail the test that caused them.
  const watchErrors = failOnBrowserErrors();

  const newPage = (): ReturnType<typeof openPage> => openPage(browser, watchErrors, { wait: WAIT });

  it('a shared claims-browser link opened while signed out keeps its filters through the sign-in', async () => {
    const { context, page } = await newPage();
    await page.goto(`${stack.url}/claims?status=QUEUED&q=convention`);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(USER_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { name: 'Claims', exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=QUEUED&q=convention');
    expect(await page.getByLabel('Status').inputValue()).toBe('QUEUED');
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('convention');
    await context.close();
  });

  it('a next= naming another origin signs in to the home page, without a script error', async () => {
    const { context, page } = await newPage();
    await page.goto(`${stack.url}/signin?next=${encodeURIComponent('//example.org/claims')}`);
    await page.getByLabel('Email').fill(editor.email);
    await page.getByLabel('Password').fill(USER_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL((u) => u.pathname === '/');
    expect(new URL(page.url()).origin).toBe(stack.url);
    await context.close();
  });

  it('? shows the shortcut sheet and ? hides it again, as the sheet says', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    await page.goto(`${stack.url}/review`);
    await page.getByTestId('claim-text').waitFor();
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await page.keyboard.press('?');
    await sheet.waitFor();
    await sheet.getByText('Show or hide this sheet').waitFor();
    await page.keyboard.press('?');
    await sheet.waitFor({ state: 'hidden' });
    // The keys work again once it is gone.
    await page.keyboard.press('2');
    await page.locator('[data-rating="MOSTLY_TRUE"][aria-checked="true"]').waitFor();
    await page.keyboard.press('?');
    await sheet.waitFor();
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('a skip reason past 1,000 characters is marked at its field and skips nothing; back at the verdict, no stale message stays', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    await page.goto(`${stack.url}/review`);
    await page.getByTestId('claim-text').waitFor();
    await page.keyboard.press('s');
    const reason = page.getByRole('textbox', { name: /^Reason/ });
    await reason.fill('r'.repeat(1001));
    await page.keyboard.press('Enter');
    const problem = page.getByText('The reason can be at most 1,000 characters; this one has 1,001.');
    await problem.waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    expect(await stack.count('claim_events', `type = 'SKIPPED' AND actor_id = $1`, [reviewer.id])).toBe(0);
    // Shortened, the mark goes; Esc goes back to the verdict, with no word of the skip left over.
    await reason.fill('r'.repeat(1000));
    await problem.waitFor({ state: 'hidden' });
    await reason.fill('r'.repeat(1001));
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Verdict', exact: true }).waitFor();
    expect(await page.getByText(/Not skipped|at most 1,000 characters/).count()).toBe(0);
    expect(await page.getByTestId('form-alert').count()).toBe(0);
    // The focus comes back where the skip began, not to the top of the page.
    await page.getByRole('button', { name: /^Skip/ }).and(page.locator(':focus')).waitFor();
    // A reason that fits skips the claim.
    await page.keyboard.press('s');
    await reason.fill('Needs a Lithuanian speaker');
    await page.keyboard.press('Enter');
    await page.locator('.flash').getByText('Skipped. Here is the next claim.').waitFor(); // seen there, and said by the live region
    expect(await stack.count('claim_events', `type = 'SKIPPED' AND actor_id = $1`, [reviewer.id])).toBe(1);
    await context.close();
  });

  it('a claims search or claimant past 200 characters is marked at its field and not sent; the list stays', async () => {
    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/claims`);
    const count = page.locator('.browser > p.muted');
    await count.waitFor();
    const all = await count.textContent();
    for (const [field, what] of [[page.getByRole('searchbox', { name: 'Search' }), 'The search'], [page.getByRole('textbox', { name: 'Claimant' }), 'The claimant']] as const) {
      await field.fill('w'.repeat(201));
      const problem = page.getByText(`${what} can be at most 200 characters; this one has 201.`);
      await problem.waitFor();
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await field.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
      await page.waitForTimeout(1000); // past the typing pause: nothing is sent
      expect(new URL(page.url()).search).toBe('');
      expect(await page.getByText('Could not read the claims').count()).toBe(0);
      expect(await count.textContent()).toBe(all);
      await field.fill('w'.repeat(200));
      await problem.waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: 'No claims match' }).waitFor();
      await field.fill('');
      await count.waitFor();
    }
    // A shared link with an over-long search says so too, and asks the api nothing it would refuse.
    await page.goto(`${stack.url}/claims?q=${'w'.repeat(201)}`);
    await page.getByText('The search can be at most 200 characters; this one has 201.').waitFor();
    expect(await page.getByText('Could not read the claims').count()).toBe(0);
    await context.close();
  });

  it('resolving a dispute without a rating or rationale marks each missing one at its field, and writes nothing', async () => {
    const disputed = await disputedClaim(stack);
    const before = await readClaim(editor.client, disputed);
    expect(before.status).toBe('DISPUTED');

    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/disputes`);
    const ratings = page.getByRole('radiogroup', { name: 'Decided rating' });
    const rationale = page.getByRole('textbox', { name: 'Rationale to publish' });
    await ratings.waitFor();
    await page.getByRole('button', { name: 'Resolve only' }).click();
    const noRating = page.getByText('Choose the decided rating.');
    const noRationale = page.getByText('Write the rationale the decision will publish.');
    await noRating.waitFor();
    await noRationale.waitFor();
    expect(await ratings.getAttribute('aria-describedby')).toBe(await noRating.getAttribute('id'));
    expect(await rationale.getAttribute('aria-invalid')).toBe('true');
    expect(await rationale.getAttribute('aria-describedby')).toBe(await noRationale.getAttribute('id'));
    await ratings.getByRole('radio', { name: 'True', exact: true }).and(page.locator(':focus')).waitFor(); // the first thing to fix

    // Each mark goes with its own fix; the one still wrong stays.
    await page.keyboard.press('ArrowRight');
    await noRating.waitFor({ state: 'hidden' });
    expect(await noRationale.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Resolve and publish' }).click();
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('TEXTAREA');
    await rationale.fill('x'.repeat(20_001));
    const long = page.getByText('The rationale can be at most 20,000 characters; this one has 20,001.');
    await long.waitFor();
    await page.getByRole('button', { name: 'Resolve only' }).click();
    expect(await rationale.getAttribute('aria-describedby')).toBe(await long.getAttribute('id'));
    expect(await readClaim(editor.client, disputed)).toEqual(before);

    await rationale.fill('The record shows 99 votes for leaving.');
    await noRationale.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Resolve only' }).click();
    await page.getByTestId('resolved').waitFor();
    expect((await readClaim(editor.client, disputed)).finalVerdict).toMatchObject({ rating: 'TRUE', kind: 'EDITOR', rationale: 'The record shows 99 votes for leaving.' });

    // The form is gone with the dispute: the focus goes to what comes next, not back to the top of the page.
    const resolved = page.getByTestId('resolved');
    await resolved.getByRole('button', { name: 'Publish' }).and(page.locator(':focus')).waitFor();
    await page.keyboard.press('Enter');
    await resolved.getByText('Published.').waitFor();
    await resolved.getByRole('link', { name: 'See the ClaimReview' }).and(page.locator(':focus')).waitFor();
    expect((await readClaim(editor.client, disputed)).status).toBe('PUBLISHED');
    await context.close();
  });

  it('back from a claim to all claims keeps the filters the editor had set', async () => {
    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/claims`);
    await page.getByLabel('Status').selectOption('QUEUED');
    await page.waitForURL(/status=QUEUED/);
    await page.locator('.claims-table tbody a').first().click();
    await page.getByRole('heading', { name: 'Reviews' }).waitFor();
    await page.getByRole('link', { name: '← All claims' }).click();
    await page.getByRole('heading', { name: 'Claims', exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=QUEUED');
    expect(await page.getByLabel('Status').inputValue()).toBe('QUEUED');
    await context.close();
  });

  it('publishing from a claim page moves the focus to the ClaimReview it now has', async () => {
    const id = await disputedClaim(stack);
    const { version } = await readClaim(editor.client, id);
    await editor.client.ok(W.resolve, { input: { claimId: id, rating: 'MISLEADING', rationale: 'Leaving takes effect only after six months.', version } });
    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/claims/${id}`);
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('claimreview-preview').waitFor();
    await page.getByRole('heading', { name: 'ClaimReview preview' }).and(page.locator(':focus')).waitFor();
    expect((await readClaim(editor.client, id)).status).toBe('PUBLISHED');
    await context.close();
  });

  it('a decision half written on one dispute is still there after looking at another', async () => {
    const [first, second] = [await disputedClaim(stack), await disputedClaim(stack)];
    const texts = await Promise.all([first, second].map(async (id) => (await editor.client.ok<{ claim: { text: string } }>(`query($id: ID!) { claim(id: $id) { text } }`, { id })).claim.text));
    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/disputes`);
    const list = page.getByRole('navigation', { name: 'Disputed claims' });
    const rationale = page.getByRole('textbox', { name: 'Rationale to publish' });
    await list.getByRole('button', { name: texts[0] }).click();
    await page.getByRole('heading', { name: texts[0] }).waitFor();
    await page.getByRole('radiogroup', { name: 'Decided rating' }).getByRole('radio', { name: 'False', exact: true }).click();
    await rationale.fill('Half written before comparing.');
    await list.getByRole('button', { name: texts[1] }).click();
    await page.getByRole('heading', { name: texts[1] }).waitFor();
    expect(await rationale.inputValue()).toBe('');
    await list.getByRole('button', { name: texts[0] }).click();
    await page.getByRole('heading', { name: texts[0] }).waitFor();
    expect(await rationale.inputValue()).toBe('Half written before comparing.');
    expect(await page.getByRole('radio', { name: 'False', exact: true }).getAttribute('aria-checked')).toBe('true');
    await context.close();
  });

  it('a dispute another editor resolved meanwhile: resolving it says so and the list is read again', async () => {
    const id = await disputedClaim(stack);
    const { claim } = await editor.client.ok<{ claim: { text: string; version: number } }>(`query($id: ID!) { claim(id: $id) { text version } }`, { id });
    const { context, page } = await newPage();
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/disputes`);
    const list = page.getByRole('navigation', { name: 'Disputed claims' });
    await list.getByRole('button', { name: claim.text }).click();
    await page.getByRole('heading', { name: claim.text }).waitFor();
    await page.getByRole('radiogroup', { name: 'Decided rating' }).getByRole('radio', { name: 'False', exact: true }).click();
    await page.getByRole('textbox', { name: 'Rationale to publish' }).fill('Mine, written too late.');
    const other = await userWithRole(stack, 'EDITOR');
    await other.client.ok(W.resolve, { input: { claimId: id, rating: 'MISLEADING', rationale: 'Decided first.', version: claim.version } });
    await page.getByRole('button', { name: 'Resolve only' }).click();
    await page.getByRole('alert').getByText('Not resolved: this claim changed since you read it').waitFor();
    await list.getByRole('button', { name: claim.text }).waitFor({ state: 'detached' });
    expect((await readClaim(editor.client, id)).finalVerdict).toMatchObject({ rating: 'MISLEADING', rationale: 'Decided first.' });
    await context.close();
  });
  /** The editor's page on the given dispute, its decision (False) written, ready to resolve. */
  async function decidingOn(id: string): Promise<Awaited<ReturnType<typeof newPage>>> {
    const { claim } = await editor.client.ok<{ claim: { text: string } }>(`query($id: ID!) { claim(id: $id) { text } }`, { id });
    const opened = await newPage();
    const { page } = opened;
    await signInAs(page, stack.url, editor.email, USER_PASSWORD);
    await page.goto(`${stack.url}/disputes`);
    await page.getByRole('navigation', { name: 'Disputed claims' }).getByRole('button', { name: claim.text }).click();
    await page.getByRole('heading', { name: claim.text }).waitFor();
    await page.getByRole('radiogroup', { name: 'Decided rating' }).getByRole('radio', { name: 'False', exact: true }).click();
    await page.getByRole('textbox', { name: 'Rationale to publish' }).fill('The record shows 99 votes for leaving.');
    return opened;
  }
  // The claim page's words for a publish refused with CONFLICT (editorial.ts refusal()), not the server's.
  const CHANGED = 'Not published: this claim changed since you opened it';

  /** A dispute decided with "Resolve only": the banner that offers to publish it. */
  async function resolvedOnly(): Promise<{ id: string; context: BrowserContext; resolved: Locator }> {
    const id = await disputedClaim(stack);
    const { context, page } = await decidingOn(id);
    await page.getByRole('button', { name: 'Resolve only' }).click();
    const resolved = page.getByTestId('resolved');
    await resolved.getByRole('button', { name: 'Publish' }).waitFor();
    return { id, context, resolved };
  }

  it('a publish refused with CONFLICT on the disputes page reads as it does on the claim page', async () => {
    const { id, context, resolved } = await resolvedOnly();
    // Meanwhile another editor publishes it: publishing it again is refused.
    const other = await userWithRole(stack, 'EDITOR');
    await other.client.ok(W.publish, { id });
    await resolved.getByRole('button', { name: 'Publish' }).click();
    await resolved.getByText(CHANGED).waitFor();
    expect(await resolved.textContent()).not.toContain('Only a reviewed claim');
    expect((await readClaim(editor.client, id)).publishedVerdicts.map((p) => p.publishedBy?.id)).toEqual([other.id]);
    await context.close();
  });

  it('Publish after "Resolve only" publishes that decision or nothing: reopened and decided again meanwhile, it is refused', async () => {
    const { id, context, resolved } = await resolvedOnly();
    // Meanwhile another editor reopens it and two reviewers decide it again, differently (REQUIRED_REVIEWS=2).
    const other = await userWithRole(stack, 'EDITOR');
    await other.client.ok(W.reopen, { id });
    await outboxDrained(stack);
    for (const reviewer of [await userWithRole(stack, 'REVIEWER'), await userWithRole(stack, 'REVIEWER')]) {
      let t = await take(reviewer.client);
      while (t && t.claim.id !== id) {
        await reviewer.client.ok(W.skip, { id: t.id });
        await outboxDrained(stack);
        t = await take(reviewer.client);
      }
      await submit(reviewer.client, t!.id, 'FALSE', 'Checked again after the reopen.');
      await outboxDrained(stack);
    }
    expect((await readClaim(editor.client, id)).status).toBe('REVIEWED');
    // The banner still offers to publish what this editor resolved; the claim now holds another decision.
    await resolved.getByRole('button', { name: 'Publish' }).click();
    await resolved.getByText(CHANGED).waitFor();
    expect((await readClaim(editor.client, id)).publishedVerdicts).toEqual([]);
    await context.close();
  });

  it('resolved, but the publish right after it refused with CONFLICT: said as the claim page says it', async () => {
    const id = await disputedClaim(stack);
    const { context, page } = await decidingOn(id);
    // The claim changes between the resolve and the publish: another editor publishes it first.
    const other = await userWithRole(stack, 'EDITOR');
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('publishClaim')) await other.client.ok(W.publish, { id });
      await route.continue();
    });
    await page.getByRole('button', { name: 'Resolve and publish' }).click();
    const resolved = page.getByTestId('resolved');
    await resolved.getByText(CHANGED).waitFor();
    expect(await resolved.textContent()).not.toContain('Only a reviewed claim');
    const after = await readClaim(editor.client, id);
    expect([after.finalVerdict?.kind, after.publishedVerdicts.map((p) => p.publishedBy?.id)]).toEqual(['EDITOR', [other.id]]);
    await context.close();
  });

  it('a submit lost to the network keeps the draft and asks to submit again, not to correct anything', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    // Not watched for console errors: the browser logs the failed request, which is the point here.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(WAIT);
    const page = await context.newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    await page.goto(`${stack.url}/review`);
    await page.getByTestId('claim-text').waitFor();
    await page.locator('[data-rating="FALSE"]').click();
    await page.getByRole('textbox', { name: /Rationale/ }).fill('The Seimas record says otherwise.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await page.locator('[data-source-url]:focus').waitFor();
    await page.keyboard.type('https://example.org/record');
    await context.setOffline(true);
    await page.keyboard.press('Control+Enter');
    const alert = page.getByTestId('form-alert');
    await alert.getByText(/Your verdict was not saved.*submit again once you are back online/).waitFor();
    expect(await alert.textContent()).not.toMatch(/correct it/);
    await context.setOffline(false);
    await page.keyboard.press('Control+Enter');
    await page.locator('.flash').getByText('Verdict saved. Here is the next claim.').waitFor(); // seen there, and said by the live region
    expect(await stack.count('verdicts', 'reviewer_id = $1', [reviewer.id])).toBe(1);
    await context.close();
  });
});
