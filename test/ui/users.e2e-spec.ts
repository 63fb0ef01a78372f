import type { Browser, Locator, Page } from 'playwright-core';
import type { GqlClient } from '../support/gql-client';
import { failOnBrowserErrors, launchChromium, openPage, shot, signInAs } from '../support/browser';
import { adminClient, Q, REFERENCE_ARTICLE, submitAndExtract, type TestUser, USER_PASSWORD, userWithRole } from '../support/factories';
import { ADMIN, Stack } from '../support/stack';
import { take } from '../support/workflow';

// Locator waits: generous, for a loaded 2-core machine; nothing passes or fails on time alone.
const WAIT = 60_000;

const U = {
  users: `query($all: Boolean!) { users(includeDeactivated: $all) { id name email role deactivatedAt } }`,
  deactivate: `mutation($id: ID!) { deactivateUser(id: $id) { id } }`,
  reactivate: `mutation($id: ID!) { reactivateUser(id: $id) { id } }`,
  me: `query { me { id } }`,
  meRole: `query { me { role } }`,
  updateRole: `mutation($id: ID!, $role: Role!) { updateUser(id: $id, input: { role: $role }) { id role } }`,
};
interface UserView {
  id: string;
  name: string;
  email: string;
  role: string;
  deactivatedAt: string | null;
}

/**
 * The admins' Users page and everyone's Change password, in Chromium against
 * the real api: each change is read back from the api (and the database), and
 * a session the api stops accepting (deactivated, signed out by a password
 * change, expired) lands on Sign in with the api's reason.
 */
describe('review UI: users and passwords', () => {
  const stack = new Stack();
  let browser: Browser;
  let admin: TestUser;
  let seq = 0;

  beforeAll(async () => {
    await stack.start();
    browser = await launchChromium();
    admin = await userWithRole(stack, 'ADMIN');
    const editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Lithuania to leave cluster munitions convention', body: REFERENCE_ARTICLE, source: 'LRT' }, stack);
  });
  afterAll(async () => {
    await browser?.close();
    await stack.stop();
  });

  const watchErrors = failOnBrowserErrors();
  const newPage = (): ReturnType<typeof openPage> => openPage(browser, watchErrors, { wait: WAIT });

  /** Every account as the api lists it (read as the first admin, whom no test here deactivates or changes). */
  async function users(): Promise<UserView[]> {
    return (await (await adminClient(stack)).ok<{ users: UserView[] }>(U.users, { all: true })).users;
  }
  const userByEmail = async (email: string): Promise<UserView | undefined> => (await users()).find((u) => u.email === email);
  /** What the api answers a login: the user's id, or the refusal's code and message. */
  async function login(email: string, password: string): Promise<{ token?: string; code?: string; message?: string }> {
    const r = await stack.gql().raw<{ login: { token: string } }>(Q.login, { email, password });
    return r.data ? { token: r.data.login.token } : { code: r.errors?.[0]?.extensions?.code, message: r.errors?.[0]?.message };
  }
  const signedIn = async (email: string, password: string): Promise<GqlClient> => stack.gql((await login(email, password)).token);
  const unique = (what: string): string => `${what}${++seq}-${stack.id}@test.local`;

  const focusedText = (page: Page): Promise<string | null> => page.evaluate('document.activeElement && document.activeElement.textContent') as Promise<string | null>;
  const focusedId = (page: Page): Promise<string | null> => page.evaluate('document.activeElement && document.activeElement.id') as Promise<string | null>;
  /** Waits until `field` shows `problem`, and checks it is marked invalid and has the focus. */
  async function markedAt(page: Page, field: Locator, problem: string): Promise<void> {
    const id = await field.getAttribute('id');
    await page.locator(`#${id}-problem`).getByText(problem, { exact: true }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe(id);
  }
  /** Waits until the app's live region says `text` (it fills in a moment after being emptied), and returns its politeness. */
  async function announced(page: Page, text: string): Promise<string | null> {
    const region = page.getByTestId('announcer');
    await region.filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).waitFor({ state: 'attached' });
    return region.getAttribute('aria-live');
  }
  /** Records the name of each GraphQL operation the page sends over HTTP from now on. */
  function sentOperations(page: Page): string[] {
    const sent: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.pathname !== '/graphql' || req.resourceType() === 'websocket') return;
      // Queries go as GET when short enough (urql's default), mutations as POST.
      const body = req.method() === 'POST' ? (JSON.parse(req.postData() ?? '{}') as { operationName?: string }) : { operationName: url.searchParams.get('operationName') ?? undefined };
      sent.push(body.operationName ?? '?');
    });
    return sent;
  }
  const sessionToken = (page: Page): Promise<string> => page.evaluate(`JSON.parse(sessionStorage.getItem('claimcheck.session')).token`) as Promise<string>;

  it('an admin adds a user, changes their role and deactivates them once confirmed; the claim they held goes back to the queue and their open tab goes to Sign in with the reason', async () => {
    const email = unique('rita');
    const password = 'initial-password-1';
    const { context, page } = await newPage();
    await signInAs(page, stack.url, admin.email, USER_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    await page.getByRole('columnheader', { name: 'Status' }).waitFor();

    // Added: listed, and the api has the account with the role and the password given.
    await page.getByLabel('Name').fill('Rita Reviewer');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Role').selectOption('REVIEWER');
    await page.getByLabel('Initial password').fill(password);
    await page.getByRole('button', { name: 'Add user' }).click();
    const row = page.getByTestId(`user-${email}`);
    await row.getByRole('cell', { name: 'Active', exact: true }).waitFor();
    expect(await announced(page, `Added Rita Reviewer (${email}) as reviewer.`)).toBe('polite');
    expect(await userByEmail(email)).toMatchObject({ name: 'Rita Reviewer', role: 'REVIEWER', deactivatedAt: null });
    const rita = await signedIn(email, password);
    const ritaId = (await rita.ok<{ me: { id: string } }>(U.me)).me.id;

    // Her own tab, on her account page (it sends nothing until she acts), and a claim she holds.
    const own = await newPage();
    await signInAs(own.page, stack.url, email, password);
    await own.page.getByRole('link', { name: 'Change password' }).click();
    await own.page.getByRole('heading', { name: 'Your account' }).waitFor();
    const held = (await take(rita))!;
    expect(held).not.toBeNull();

    // Role: Reviewer → Editor, from a dialog that gives the focus back to its button.
    const edit = page.getByRole('button', { name: 'Edit Rita Reviewer' });
    await edit.click();
    const editDialog = page.getByRole('dialog', { name: 'Edit Rita Reviewer' });
    // A blank name is marked at its field as the other user forms mark theirs (said with it, focused), and nothing goes out.
    const adminSent = sentOperations(page);
    const nameField = editDialog.getByLabel('Name');
    await nameField.fill('   ');
    await editDialog.getByRole('button', { name: 'Save' }).click();
    await markedAt(page, nameField, 'Write the person’s name.');
    expect(await nameField.getAttribute('aria-describedby')).toBe('edit-user-name-problem');
    expect(adminSent).not.toContain('UpdateUser');
    await nameField.fill('Rita Reviewer');
    await editDialog.getByLabel('Role').selectOption('EDITOR');
    await editDialog.getByRole('button', { name: 'Save' }).click();
    await editDialog.waitFor({ state: 'hidden' });
    await row.getByRole('cell', { name: 'Editor', exact: true }).waitFor();
    expect(await announced(page, 'Saved: Rita Reviewer, editor.')).toBe('polite');
    expect(await focusedText(page)).toBe('Edit Rita Reviewer');
    expect((await userByEmail(email))?.role).toBe('EDITOR');

    // Deactivate: asked first with Cancel focused; Esc keeps the account active and gives the focus back.
    const deactivate = page.getByRole('button', { name: 'Deactivate Rita Reviewer' });
    await deactivate.click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Rita Reviewer?' });
    await confirm.getByText('signed out everywhere at once').waitFor();
    await confirm.getByText('Claims they hold go back to the queue').waitFor();
    await confirm.getByText('Their verdicts, comments and history stay.').waitFor();
    expect(await focusedText(page)).toBe('Cancel');
    await shot(page, 'users-deactivate-confirm');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe('Deactivate Rita Reviewer');
    expect((await userByEmail(email))?.deactivatedAt).toBeNull();

    // Confirmed: deactivated in the api, her lease given back, the row gone from the list of active users.
    await deactivate.click();
    await confirm.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await confirm.waitFor({ state: 'hidden' });
    expect(await announced(page, 'Deactivated Rita Reviewer.')).toBe('polite');
    await row.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Users');
    expect((await userByEmail(email))?.deactivatedAt).not.toBeNull();
    expect(await stack.count('review_assignments', `reviewer_id = $1 AND status = 'ACTIVE'`, [ritaId])).toBe(0);
    expect(await stack.count('claims', `id = $1 AND status = 'QUEUED'`, [held.claim.id])).toBe(1);
    // Shown again with the deactivated ones, with the date, offering to reactivate.
    await page.getByLabel('Show deactivated users').check();
    await row.getByRole('cell', { name: /^Deactivated on / }).waitFor();
    await row.getByRole('button', { name: 'Reactivate Rita Reviewer' }).waitFor();
    await shot(page, 'users-list');

    // Her tab: its next request is refused, and Sign in says why.
    await own.page.getByRole('link', { name: 'Review', exact: true }).click();
    await own.page.getByRole('button', { name: 'Sign in' }).waitFor();
    await own.page.getByRole('alert').getByText('Your session has ended. This account has been deactivated.').waitFor();
    await shot(own.page, 'users-deactivated-signin');
    expect(await login(email, password)).toEqual({ code: 'UNAUTHENTICATED', message: 'This account has been deactivated' });
    await own.context.close();
    await context.close();
  });

  it('an admin resets a password: too short or too long is marked at its field before anything is sent; set, the old sessions end, and an open tab goes to Sign in through its live connection alone', async () => {
    const victim = await userWithRole(stack, 'REVIEWER');
    const name = (await userByEmail(victim.email))!.name;
    // The user's tab on the queue page, live; from here on it is left alone: what it sends is its own doing.
    const own = await newPage();
    await signInAs(own.page, stack.url, victim.email, USER_PASSWORD);
    await own.page.getByTestId('live').getByText('live').waitFor();
    const sent = sentOperations(own.page);

    const { context, page } = await newPage();
    await signInAs(page, stack.url, admin.email, USER_PASSWORD);
    await page.goto(`${stack.url}/users`);
    const reset = page.getByRole('button', { name: `Reset password for ${name}` });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: `Reset the password of ${name}` });
    await dialog.getByText('signed out everywhere at once').waitFor();
    expect(await focusedId(page)).toBe('reset-password');
    await dialog.getByText('At least 10 characters.').waitFor();

    // The api's rule, checked in the page: the field says what is wrong, has the focus, and nothing goes out.
    const adminSent = sentOperations(page);
    const field = dialog.getByLabel('New password');
    await field.fill('short');
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await markedAt(page, field, 'The password must have at least 10 characters.');
    await shot(page, 'users-reset-password-too-short');
    // 37 accented letters are 74 bytes in UTF-8: past what bcrypt reads, though under 72 characters. (Enter submits.)
    await field.fill('é'.repeat(37));
    await field.press('Enter');
    await dialog.getByText(/^The password must be at most 72 bytes long/).waitFor();
    expect(await focusedId(page)).toBe('reset-password');
    expect(adminSent).not.toContain('ResetUserPassword');
    expect((await login(victim.email, USER_PASSWORD)).token).toBeDefined();
    expect((await victim.client.raw(U.me)).errors).toBeUndefined();

    await field.fill('a-new-password-2');
    await dialog.getByRole('button', { name: 'Set password' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await announced(page, `New password set for ${name}.`)).toBe('polite');
    expect(await focusedText(page)).toBe(`Reset password for ${name}`);
    expect(await login(victim.email, USER_PASSWORD)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await login(victim.email, 'a-new-password-2')).token).toBeDefined();
    expect((await victim.client.raw(U.me)).errors?.[0]).toMatchObject({ message: 'Signed out: the password was changed', extensions: { code: 'UNAUTHENTICATED' } });

    // The api closes the tab's live connection; the tab asks it (`me`) why, and goes to Sign in with the answer.
    await own.page.getByRole('alert').getByText('Your session has ended. Signed out: the password was changed.').waitFor();
    expect(sent).toContain('Me');
    // Signed in again with the new password, the tab is live again.
    await own.page.getByLabel('Email').fill(victim.email);
    await own.page.getByLabel('Password').fill('a-new-password-2');
    await own.page.getByLabel('Password').press('Enter');
    await own.page.getByTestId('live').getByText('live').waitFor();
    await own.context.close();
    await context.close();
  });

  it('a role changed by an admin reaches an open tab through its live connection: the header and the nav follow it', async () => {
    const user = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, user.email, USER_PASSWORD);
    await page.getByTestId('live').getByText('live').waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Disputes' }).count()).toBe(0);

    await admin.client.ok(U.updateRole, { id: user.id, role: 'EDITOR' });
    expect((await user.client.ok<{ me: { role: string } }>(U.meRole)).me.role).toBe('EDITOR');
    await nav.getByRole('link', { name: 'Disputes' }).waitFor();
    await page.locator('.who .role').getByText('editor', { exact: true }).waitFor();
    // Still signed in, and live again under the new role.
    await page.getByTestId('live').getByText('live').waitFor();
    await nav.getByRole('link', { name: 'Disputes' }).click();
    await page.getByRole('heading', { name: 'Disputed claims' }).waitFor();
    await context.close();
  });

  it('a signed-in user changes their password: a wrong current one is marked and changes nothing; changed, this tab stays signed in with its new token and their other tab goes to Sign in', async () => {
    const user = await userWithRole(stack, 'REVIEWER');
    const other = await newPage();
    await signInAs(other.page, stack.url, user.email, USER_PASSWORD);
    const { context, page } = await newPage();
    await signInAs(page, stack.url, user.email, USER_PASSWORD);
    const before = await sessionToken(page);
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Change password' }).waitFor();

    // Wrong current password: the api's BAD_USER_INPUT on currentPassword, at that field, which has the focus.
    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill('brand-new-password');
    await page.getByLabel('New password again').fill('brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not your current password. Nothing was changed.').waitFor();
    expect(await page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('currentPassword');
    expect((await login(user.email, USER_PASSWORD)).token).toBeDefined();
    expect((await login(user.email, 'brand-new-password')).code).toBe('UNAUTHENTICATED');
    expect((await user.client.raw(U.me)).errors).toBeUndefined();

    // The confirmation differs: said at its field, and nothing is sent.
    await page.getByLabel('Current password').fill(USER_PASSWORD);
    await page.getByLabel('New password again').fill('brand-new-passwrod');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('This is not the new password as written above').waitFor();
    expect(await focusedId(page)).toBe('confirm');
    expect((await login(user.email, USER_PASSWORD)).token).toBeDefined();

    await page.getByLabel('New password again').fill('brand-new-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByTestId('password-outcome').getByText('Password changed.').waitFor();
    expect(await announced(page, 'Password changed. Your other sessions were signed out; this one stays signed in.')).toBe('polite');
    await shot(page, 'change-password-done');
    expect(await login(user.email, USER_PASSWORD)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await login(user.email, 'brand-new-password')).token).toBeDefined();
    // The old token (every session but this tab's) is refused; the tab keeps a new one, which the api accepts.
    expect((await user.client.raw(U.me)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const after = await sessionToken(page);
    expect(after).not.toBe(before);
    expect((await stack.gql(after).raw(U.me)).errors).toBeUndefined();
    // Still signed in here: the queue page reads its figures with the new token.
    await page.getByRole('link', { name: 'Queue' }).click();
    await page.getByTestId('count-waiting').waitFor();
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    // The other tab (left on the queue page, live): the api closes its live connection, and Sign in says why.
    await other.page.getByRole('alert').getByText('Your session has ended. Signed out: the password was changed.').waitFor();
    await other.context.close();
    await context.close();
  });

  it('an expired or otherwise refused token goes to Sign in the same way, with the api’s reason', async () => {
    const user = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, user.email, USER_PASSWORD);
    // A token the api no longer accepts, as an expired one: its signature does not verify.
    await page.evaluate(`(() => { const s = JSON.parse(sessionStorage.getItem('claimcheck.session')); s.token = s.token.slice(0, -4) + 'AAAA'; sessionStorage.setItem('claimcheck.session', JSON.stringify(s)); })()`);
    await page.reload();
    await page.getByRole('alert').getByText('Your session has ended. Token is invalid or expired.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('the last active admin cannot give up the role: the refusal is said, the focus stays, and the api keeps them admin; only admins see Users', async () => {
    // Every other admin deactivated: the first admin is the last active one.
    const root = await adminClient(stack);
    const others = (await users()).filter((u) => u.role === 'ADMIN' && u.email !== ADMIN.email && !u.deactivatedAt);
    for (const u of others) await root.ok(U.deactivate, { id: u.id });
    try {
      const { context, page } = await newPage();
      await signInAs(page, stack.url, ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Users' }).click();
      const me = (await userByEmail(ADMIN.email))!;
      const row = page.getByTestId(`user-${ADMIN.email}`);
      await row.getByText('(you)').waitFor();
      // Their own account is deactivated by another admin, and its password changed with the current one.
      expect(await row.getByRole('button', { name: /Deactivate|Reset password/ }).count()).toBe(0);

      await row.getByRole('button', { name: `Edit ${me.name}` }).click();
      const dialog = page.getByRole('dialog', { name: `Edit ${me.name}` });
      await dialog.getByLabel('Role').selectOption('EDITOR');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const outcome = page.getByTestId('users-outcome');
      await outcome.getByText(/^Not saved: .*last active admin/).waitFor();
      expect(await announced(page, 'Not saved: ')).toBe('assertive');
      expect(await focusedText(page)).toBe(`Edit ${me.name}`);
      await shot(page, 'users-last-admin');
      expect((await userByEmail(ADMIN.email))?.role).toBe('ADMIN');
      expect(await row.getByRole('cell', { name: 'Admin', exact: true }).count()).toBe(1);
      await context.close();
    } finally {
      for (const u of others) await root.ok(U.reactivate, { id: u.id });
    }

    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { context, page } = await newPage();
    await signInAs(page, stack.url, reviewer.email, USER_PASSWORD);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.goto(`${stack.url}/users`);
    await page.getByRole('heading', { name: 'For admins' }).waitFor();
    expect(await reviewer.client.code(U.users, { all: false })).toBe('FORBIDDEN');
    await context.close();
  });
});
