import type { ChildProcess } from 'node:child_process';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Client } from 'pg';
import { adminClient, Q, REFERENCE_ARTICLE, submitAndExtract, USER_PASSWORD, userWithRole, type ArticleView } from './support/factories';
import { GqlClient } from './support/gql-client';
import { backendPid, waitersOn } from './support/locks';
import { eventually, freePort, Stack, stopProcess } from './support/stack';
import { readClaim, submit, take, W } from './support/workflow';

const U = {
  users: `query($all: Boolean!) { users(includeDeactivated: $all) { id email name role deactivatedAt } }`,
  update: `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name role deactivatedAt } }`,
  deactivate: `mutation($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`,
  reactivate: `mutation($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }`,
  changePassword: `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token user { id } } }`,
  resetPassword: `mutation($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id } }`,
  me: `query { me { id role } }`,
  disputeQueue: `query { disputeQueue { id } }`,
  publish: `mutation($id: ID!) { publishClaim(claimId: $id) { id status } }`,
};

const DEACTIVATED = 'This account has been deactivated';
const SIGNED_OUT = 'Signed out: the password was changed';

/** The first error of an operation that must fail: its code and message. */
async function refusal(client: GqlClient, query: string, variables?: Record<string, unknown>): Promise<{ code: string | undefined; message: string | undefined; extensions: Record<string, unknown> }> {
  const r = await client.raw(query, variables);
  if (!r.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(r.data)}`);
  return { code: r.errors[0]?.extensions?.code, message: r.errors[0]?.message, extensions: r.errors[0]?.extensions ?? {} };
}

describe('the user lifecycle: accounts follow their current state on every request', () => {
  const stack = new Stack();
  let admin: GqlClient;
  let adminId: string;
  let otherApi: ChildProcess;
  let otherUrl: string;
  let otherPort: number;
  let article: ArticleView;

  /** Every users row and the audit's size: "nothing was written" for a refused user change. */
  const usersSnapshot = async (): Promise<unknown> => {
    const r = await stack.pg.query<{ d: string; events: string }>(`SELECT (SELECT md5(string_agg(u::text, '|' ORDER BY u.id)) FROM users u) AS d, (SELECT count(*) FROM user_events) AS events`);
    return { ...r.rows[0], tables: await stack.tableCounts() };
  };
  const events = async (userId: string): Promise<{ type: string; actor_id: string | null; data: Record<string, unknown> | null }[]> =>
    (await stack.pg.query(`SELECT type, actor_id, data FROM user_events WHERE user_id = $1 ORDER BY id`, [userId])).rows;
  const login = (email: string, password: string) => stack.gql().raw<{ login: { token: string } }>(Q.login, { email, password });

  beforeAll(async () => {
    await stack.start();
    // A second api process: what is changed through the first must hold there on the next requests.
    otherPort = await freePort();
    otherUrl = `http://127.0.0.1:${otherPort}/graphql`;
    otherApi = stack.spawn('api2', 'apps/api/src/main.js', { PORT: String(otherPort) });
    await eventually(async () => (await fetch(`http://127.0.0.1:${otherPort}/health/ready`)).status === 200, 120_000, 'the second api');
    admin = await adminClient(stack);
    adminId = (await admin.ok<{ me: { id: string } }>(U.me)).me.id;
    const editor = await userWithRole(stack, 'EDITOR');
    article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await stopProcess(otherApi);
    await stack.stop();
  });

  it('refuses a deactivated user’s existing token and their sign-in, keeps their email taken, and lets them in again once reactivated', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    expect((await reviewer.client.ok<{ me: { id: string } }>(U.me)).me.id).toBe(reviewer.id);

    const { deactivateUser } = await admin.ok<{ deactivateUser: { deactivatedAt: string | null } }>(U.deactivate, { id: reviewer.id });
    expect(deactivateUser.deactivatedAt).not.toBeNull();
    // The very next request, through the same process.
    expect(await refusal(reviewer.client, U.me)).toMatchObject({ code: 'UNAUTHENTICATED', message: DEACTIVATED });
    // Said only to someone with the right password; a wrong one reads as always.
    expect((await login(reviewer.email, USER_PASSWORD)).errors?.[0]).toMatchObject({ message: DEACTIVATED, extensions: { code: 'UNAUTHENTICATED' } });
    expect((await login(reviewer.email, 'not-the-password')).errors?.[0]).toMatchObject({ message: 'Email or password is wrong', extensions: { code: 'UNAUTHENTICATED' } });

    const listed = async (all: boolean): Promise<string[]> => (await admin.ok<{ users: { id: string }[] }>(U.users, { all })).users.map((u) => u.id);
    expect(await listed(false)).not.toContain(reviewer.id);
    expect(await listed(true)).toContain(reviewer.id);
    expect(await admin.code(Q.createUser, { input: { email: reviewer.email, name: 'Again', password: USER_PASSWORD, role: 'REVIEWER' } })).toBe('CONFLICT');

    const before = await usersSnapshot();
    expect(await admin.code(U.deactivate, { id: reviewer.id })).toBe('CONFLICT');
    expect(await usersSnapshot()).toEqual(before);

    await admin.ok(U.reactivate, { id: reviewer.id });
    expect(await admin.code(U.reactivate, { id: reviewer.id })).toBe('CONFLICT');
    // Deactivation signed every session out for good: the old token stays refused, a new sign-in works.
    expect((await refusal(reviewer.client, U.me)).code).toBe('UNAUTHENTICATED');
    const again = await login(reviewer.email, USER_PASSWORD);
    expect((await stack.gql(again.data!.login.token).ok<{ me: { id: string } }>(U.me)).me.id).toBe(reviewer.id);

    expect(await events(reviewer.id)).toEqual([
      { type: 'CREATED', actor_id: adminId, data: { email: reviewer.email, name: expect.any(String), role: 'REVIEWER' } },
      { type: 'DEACTIVATED', actor_id: adminId, data: null },
      { type: 'REACTIVATED', actor_id: adminId, data: null },
    ]);
    // Admins read the same audit through the API; the user does not, even their own.
    const { users } = await admin.ok<{ users: { id: string; events: { type: string; actor: { id: string } | null; at: string }[] }[] }>(
      `query { users(includeDeactivated: true) { id events { type actor { id } data at } } }`,
    );
    expect(users.find((u) => u.id === reviewer.id)?.events.map((e) => [e.type, e.actor?.id])).toEqual([
      ['CREATED', adminId],
      ['DEACTIVATED', adminId],
      ['REACTIVATED', adminId],
    ]);
    expect(users.find((u) => u.id === adminId)?.events[0]).toMatchObject({ type: 'CREATED', actor: null });
    const own = stack.gql(again.data!.login.token);
    expect((await refusal(own, `query { me { id events { type } } }`)).code).toBe('FORBIDDEN');
  });

  it('takes a demoted editor’s power away on their next request, on this api process and on another one whose cache held them', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const onOther = new GqlClient(otherUrl, editor.client.token);
    // Both processes have read (and cached) the editor as an EDITOR.
    await editor.client.ok(U.disputeQueue);
    await onOther.ok(U.disputeQueue);
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const t = await take(reviewer.client);
    await submit(reviewer.client, t!.id, 'FALSE');

    const { updateUser } = await admin.ok<{ updateUser: { role: string } }>(U.update, { id: editor.id, input: { role: 'REVIEWER' } });
    expect(updateUser.role).toBe('REVIEWER');
    expect((await refusal(editor.client, U.publish, { id: t!.claim.id })).code).toBe('FORBIDDEN');
    expect((await refusal(editor.client, `mutation($input: ResolveDisputeInput!) { resolveDispute(input: $input) { id } }`, { input: { claimId: t!.claim.id, rating: 'FALSE', rationale: 'x' } })).code).toBe('FORBIDDEN');
    expect((await editor.client.ok<{ me: { role: string } }>(U.me)).me.role).toBe('REVIEWER');
    // The other process hears of it by NOTIFY (moments after the commit), and then refuses too.
    await eventually(async () => (await onOther.raw(U.disputeQueue)).errors?.[0]?.extensions?.code === 'FORBIDDEN', 10_000, 'the other api to see the demotion');
    expect((await refusal(onOther, U.publish, { id: t!.claim.id })).code).toBe('FORBIDDEN');
    expect((await readClaim(admin, t!.claim.id)).status).toBe('REVIEWED');

    // And back: the same token publishes again.
    await admin.ok(U.update, { id: editor.id, input: { role: 'EDITOR', name: 'Editor again' } });
    await eventually(async () => !(await onOther.raw(U.disputeQueue)).errors, 10_000, 'the other api to see the promotion');
    await editor.client.ok(U.publish, { id: t!.claim.id });

    expect((await events(editor.id)).slice(1)).toEqual([
      { type: 'UPDATED', actor_id: adminId, data: { before: { role: 'EDITOR' }, after: { role: 'REVIEWER' } } },
      { type: 'UPDATED', actor_id: adminId, data: { before: { role: 'REVIEWER', name: expect.any(String) }, after: { role: 'EDITOR', name: 'Editor again' } } },
    ]);
  });

  it('changePassword signs out the other sessions and answers with a token that works; a wrong current password writes nothing', async () => {
    const user = await userWithRole(stack, 'REVIEWER');
    const other = stack.gql((await login(user.email, USER_PASSWORD)).data!.login.token);
    const onOther = new GqlClient(otherUrl, other.token);
    await onOther.ok(U.me);

    const before = await usersSnapshot();
    const wrong = await refusal(user.client, U.changePassword, { current: 'not-the-password', next: 'a-new-password-1' });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'currentPassword' } });
    expect(await refusal(user.client, U.changePassword, { current: USER_PASSWORD, next: 'short' })).toMatchObject({ code: 'BAD_USER_INPUT', message: 'newPassword must have at least 10 characters' });
    // 37 characters, 74 bytes: bcrypt would read only the first 72, so the rest would not count and nobody would know.
    expect(await refusal(user.client, U.changePassword, { current: USER_PASSWORD, next: 'é'.repeat(37) })).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^newPassword must be at most 72 bytes long/) });
    expect(await usersSnapshot()).toEqual(before);
    await other.ok(U.me);

    const { changePassword } = await user.client.ok<{ changePassword: { token: string; user: { id: string } } }>(U.changePassword, { current: USER_PASSWORD, next: 'a-new-password-1' });
    expect(changePassword.user.id).toBe(user.id);
    expect((await stack.gql(changePassword.token).ok<{ me: { id: string } }>(U.me)).me.id).toBe(user.id);
    expect(await refusal(other, U.me)).toMatchObject({ code: 'UNAUTHENTICATED', message: SIGNED_OUT });
    expect((await refusal(user.client, U.me)).code).toBe('UNAUTHENTICATED');
    await eventually(async () => (await onOther.raw(U.me)).errors?.[0]?.message === SIGNED_OUT, 10_000, 'the other api to sign the session out');
    expect(await new GqlClient(otherUrl, changePassword.token).ok<{ me: { id: string } }>(U.me)).toEqual({ me: { id: user.id, role: 'REVIEWER' } });
    expect((await login(user.email, USER_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(user.email, 'a-new-password-1')).data?.login.token).toBeTruthy();

    // An admin's reset signs the user out everywhere, the fresh token included.
    await admin.ok(U.resetPassword, { id: user.id, password: 'reset-by-admin-1' });
    expect(await refusal(stack.gql(changePassword.token), U.me)).toMatchObject({ code: 'UNAUTHENTICATED', message: SIGNED_OUT });
    expect((await login(user.email, 'reset-by-admin-1')).data?.login.token).toBeTruthy();

    const audit = await events(user.id);
    expect(audit.map((e) => [e.type, e.actor_id])).toEqual([
      ['CREATED', adminId],
      ['PASSWORD_CHANGED', user.id],
      ['PASSWORD_RESET', adminId],
    ]);
    // Never the password, nor its hash.
    expect(JSON.stringify(audit)).not.toMatch(/password-1|\$2[aby]\$/);
  });

  it('keeps at least one active admin, and an admin cannot deactivate themself; a refusal writes nothing', async () => {
    const before = await usersSnapshot();
    expect(await admin.code(U.update, { id: adminId, input: { role: 'EDITOR' } })).toBe('CONFLICT');
    expect(await admin.code(U.deactivate, { id: adminId })).toBe('CONFLICT');
    expect(await admin.code(U.update, { id: adminId, input: {} })).toBe('BAD_USER_INPUT');
    expect(await admin.code(U.update, { id: adminId, input: { name: '  ' } })).toBe('BAD_USER_INPUT');
    expect(await admin.code(U.deactivate, { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect(await admin.code(U.update, { id: 'not-an-id', input: { name: 'x' } })).toBe('NOT_FOUND');
    expect(await usersSnapshot()).toEqual(before);

    // With a second admin, the first may be demoted; the second, now the last, may not.
    const second = await userWithRole(stack, 'ADMIN');
    await second.client.ok(U.update, { id: adminId, input: { role: 'EDITOR' } });
    expect((await refusal(admin, U.users, { all: true })).code).toBe('FORBIDDEN');
    const mid = await usersSnapshot();
    expect(await second.client.code(U.update, { id: second.id, input: { role: 'REVIEWER' } })).toBe('CONFLICT');
    expect(await usersSnapshot()).toEqual(mid);
    await second.client.ok(U.update, { id: adminId, input: { role: 'ADMIN' } });
    // Now the first admin may deactivate the second (not the last, not themself).
    await admin.ok(U.deactivate, { id: second.id });
    expect(await refusal(second.client, U.me)).toMatchObject({ code: 'UNAUTHENTICATED', message: DEACTIVATED });
  });

  // Each admin's change alone is allowed (there are two); both together would leave none. The test holds both rows,
  // so both changes are under way before either checks; the one that asked first then takes the locks first.
  it.each([
    { change: 'demote', query: U.update, variables: (id: string) => ({ id, input: { role: 'EDITOR' } }) },
    { change: 'deactivate', query: U.deactivate, variables: (id: string) => ({ id }) },
  ])('two admins who $change each other at the same time: one succeeds, the other is a CONFLICT, and an active admin remains', async ({ query, variables }) => {
    const other = await userWithRole(stack, 'ADMIN');
    const activeAdmins = async (): Promise<string[]> =>
      (await stack.pg.query<{ id: string }>(`SELECT id FROM users WHERE role = 'ADMIN' AND deactivated_at IS NULL ORDER BY id`)).rows.map((r) => r.id);
    expect(await activeAdmins()).toEqual([adminId, other.id].sort());
    const holder = new Client({ connectionString: stack.databaseUrl });
    await holder.connect();
    const holderPid = await backendPid(holder);
    // Only sessions blocked by this test's holder count: one an earlier test left waiting must not.
    const waiting = async (n: number, what: string): Promise<void> => {
      await eventually(async () => (await waitersOn(stack, holderPid)) === n, 20_000, what);
    };
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM users WHERE id = ANY($1) FOR NO KEY UPDATE`, [[adminId, other.id]]);
      const first = admin.raw(query, variables(other.id));
      await waiting(1, 'the first change to wait on the admins’ rows');
      const second = other.client.raw(query, variables(adminId));
      await waiting(2, 'the second change to wait behind it');
      await holder.query('ROLLBACK');
      const [won, lost] = await Promise.all([first, second]);
      expect(won.errors).toBeUndefined();
      expect(lost.errors?.[0]).toMatchObject({ message: 'This is the last active admin; make another user an admin first', extensions: { code: 'CONFLICT' } });
    } finally {
      await holder.end();
    }
    expect(await activeAdmins()).toEqual([adminId]);
  });

  it('gives a deactivated reviewer’s claim back to the queue at once: another reviewer takes it', async () => {
    const holder = await userWithRole(stack, 'REVIEWER');
    const t = await take(holder.client);
    expect(t).not.toBeNull();
    const claimId = t!.claim.id;
    expect((await readClaim(admin, claimId)).status).toBe('IN_REVIEW');

    await admin.ok(U.deactivate, { id: holder.id });
    const claim = await readClaim(admin, claimId);
    expect(claim.status).toBe('QUEUED');
    expect(claim.events.at(-1)).toMatchObject({ type: 'REVIEWER_DEACTIVATED', fromStatus: 'IN_REVIEW', toStatus: 'QUEUED', actor: { id: adminId } });
    const lease = await stack.pg.query<{ status: string }>(`SELECT status FROM review_assignments WHERE id = $1`, [t!.id]);
    expect(lease.rows[0]?.status).toBe('EXPIRED');
    // Nothing the reviewer did is removed: the assignment row stays, so does the account.
    expect(await stack.count('users', 'id = $1', [holder.id])).toBe(1);

    // Another reviewer is handed the claim now, not when the 15-minute lease would have run out.
    const next = await userWithRole(stack, 'REVIEWER');
    const got: string[] = [];
    await eventually(
      async () => {
        const n = await take(next.client);
        if (n) got.push(n.claim.id);
        // Another claim is given back: one claim at a time, the next take would return it again.
        if (n && n.claim.id !== claimId) await next.client.ok(W.skip, { id: n.id });
        return got.includes(claimId) || (n === null && got.length >= article.claims.length);
      },
      20_000,
      'another reviewer to take the claim',
    );
    expect(got).toContain(claimId);
    expect((await events(holder.id)).at(-1)).toEqual({ type: 'DEACTIVATED', actor_id: adminId, data: { releasedAssignments: [t!.id] } });
  });

  it('records no lease for a take that waited behind the reviewer’s deactivation', async () => {
    const late = await userWithRole(stack, 'REVIEWER');
    // A claim waits in the queue, so the take gets as far as recording a lease.
    expect(await stack.count('claims', `status = 'QUEUED'`)).toBeGreaterThan(0);
    // Hold the reviewer's take lock as their deactivation does, so their take waits on it, then deactivate and let go.
    const holder = new Client({ connectionString: stack.databaseUrl });
    await holder.connect();
    const holderPid = await backendPid(holder);
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT pg_advisory_xact_lock(${0x74616b65}, hashtext($1))`, [late.id]);
      const taking = take(late.client).then(
        (t) => ({ t, error: null as unknown }),
        (error: unknown) => ({ t: null, error }),
      );
      await eventually(async () => (await waitersOn(stack, holderPid)) === 1, 20_000, 'the take to wait on the reviewer lock');
      await holder.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [late.id]);
      await holder.query('COMMIT');
      const { t, error } = await taking;
      expect(error ?? t).toBeNull();
    } finally {
      await holder.end();
    }
    expect(await stack.count('review_assignments', 'reviewer_id = $1', [late.id])).toBe(0);
  });

  it('reads accounts from Postgres while the listener is down: a change it could not hear of is still seen', async () => {
    const user = await userWithRole(stack, 'REVIEWER');
    expect((await refusal(user.client, U.disputeQueue)).code).toBe('FORBIDDEN'); // read as a REVIEWER, and cached
    // Cut the api's LISTEN connection, then change the row behind its back (no NOTIFY at all).
    const cut = await stack.pg.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [`claimcheck-listener-${stack.api!.pid}`]);
    expect(cut.rowCount).toBe(1);
    await stack.pg.query(`UPDATE users SET role = 'EDITOR' WHERE id = $1`, [user.id]);
    // The role the request acts with (not `me`, which reads the row itself) follows the row.
    await eventually(async () => !(await user.client.raw(U.disputeQueue)).errors, 10_000, 'the api to stop trusting its cache');
  });

  it('ends the open subscriptions of a user deactivated through another api process', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const client = createClient({ url: `ws://127.0.0.1:${otherPort}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${reviewer.client.token}` }, retryAttempts: 0, lazy: true });
    const seen = { received: 0, closed: null as { code: number; reason: string } | null };
    client.subscribe(
      { query: `subscription { queueStatsChanged { waiting } }` },
      {
        next: () => void seen.received++,
        error: (e) => (seen.closed = e as { code: number; reason: string }),
        complete: () => undefined,
      },
    );
    try {
      // Live once a change made through the first api reaches it.
      await eventually(
        async () => {
          await admin.ok(`mutation($id: ID!, $body: String!) { addComment(claimId: $id, body: $body) { id } }`, { id: article.claims[0]!.id, body: 'ping' });
          return seen.received > 0;
        },
        20_000,
        'the subscription to start',
      );
      await admin.ok(U.deactivate, { id: reviewer.id });
      const closed = await eventually(async () => seen.closed, 10_000, 'the subscription to be ended');
      expect(closed).toMatchObject({ code: 4401, reason: DEACTIVATED });
    } finally {
      await client.dispose();
    }
  });
});
