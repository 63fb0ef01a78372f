import { aSource, adminClient, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import { eventually, Stack, sleep } from './support/stack';

/** Every refusal carries its code and leaves every table as it was. */
async function refused(stack: Stack, run: () => Promise<string | undefined>, code: string): Promise<void> {
  const before = await stack.tableCounts();
  expect(await run()).toBe(code);
  await sleep(50);
  expect(await stack.tableCounts()).toEqual(before);
}

describe('bad input is refused with its code and writes nothing', () => {
  const stack = new Stack();
  let editor: TestUser;
  let reviewer: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    await stack.start();
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    other = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  const submit = (input: Record<string, unknown>) => () => editor.client.code(Q.submitArticle, { input });

  it.each([
    ['an empty title', { title: '', body: 'The unemployment rate fell to 4 percent.' }],
    ['a white-space title', { title: '  \t ', body: 'The unemployment rate fell to 4 percent.' }],
    ['an empty body', { title: 'T', body: '' }],
    ['a white-space body', { title: 'T', body: ' \n\n ' }],
    ['a malformed URL', { title: 'T', body: 'Inflation rose 3 percent.', url: 'not a url' }],
    ['a non-http URL', { title: 'T', body: 'Inflation rose 3 percent.', url: 'javascript:alert(1)' }],
    ['a body over 1 MB', { title: 'T', body: 'Inflation rose 3 percent. '.repeat(45000) }],
    ['a wrong type', { title: 42, body: 'x' }],
    // Each of these was once stored: 2 March, 14 November 2023, and a year ClaimReview consumers cannot read.
    ['a publishedAt on a day the month does not have', { title: 'T', body: 'Exports rose 2 percent.', publishedAt: '2025-02-30T00:00:00Z' }],
    ['a publishedAt given as milliseconds', { title: 'T', body: 'Exports rose 3 percent.', publishedAt: 1700000000000 }],
    ['a publishedAt with a six-digit year', { title: 'T', body: 'Exports rose 4 percent.', publishedAt: '+099999-01-01T00:00:00Z' }],
  ])('submitArticle refuses %s with BAD_USER_INPUT', async (_what, input) => {
    await refused(stack, submit(input), 'BAD_USER_INPUT');
  });

  it('refuses an impossible DateTime wherever one is taken, as a variable or written in the query', async () => {
    await refused(stack, () => editor.client.code(`mutation { submitArticle(input: { title: "T", body: "Imports fell 2 percent.", publishedAt: "2025-02-30T00:00:00Z" }) { id } }`), 'BAD_USER_INPUT');
    const admin = await adminClient(stack);
    await refused(stack, () => admin.code(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`, { input: { name: 'K', scopes: ['claims:read'], expiresAt: '2027-02-30T00:00:00Z' } }), 'BAD_USER_INPUT');
    expect(await editor.client.code(`query($from: DateTime) { claims(filter: { createdFrom: $from }) { totalCount } }`, { from: '2025-04-31' })).toBe('BAD_USER_INPUT');
    // The forms the docs show still work (an article stored with one: bulk-ingest).
    for (const from of ['2025-03-06T09:00:00Z', '2025-03-06T09:00:00.123+02:00', '2025-03-06']) {
      expect(await editor.client.ok(`query($from: DateTime) { claims(filter: { createdFrom: $from }) { totalCount } }`, { from })).toBeTruthy();
    }
  });

  it('refuses calls without a token, or with a bad one, with UNAUTHENTICATED', async () => {
    const input = { title: 'T', body: 'Inflation rose 3 percent in May.' };
    await refused(stack, () => stack.gql().code(Q.submitArticle, { input }), 'UNAUTHENTICATED');
    await refused(stack, () => stack.gql('not-a-token').code(Q.submitArticle, { input }), 'UNAUTHENTICATED');
    await refused(stack, () => stack.gql().code(Q.takeNext), 'UNAUTHENTICATED');
    await refused(stack, () => stack.gql().code(Q.login, { email: 'admin@test.local', password: 'wrong-password' }), 'UNAUTHENTICATED');
  });

  it('refuses a reviewer calling an admin or editor mutation with FORBIDDEN', async () => {
    await refused(stack, () => reviewer.client.code(Q.createUser, { input: { email: 'x@test.local', name: 'X', password: 'long-enough-pw', role: 'ADMIN' } }), 'FORBIDDEN');
    const [anyClaim] = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims LIMIT 1`)).rows;
    await refused(stack, () => reviewer.client.code(`mutation($id: ID!) { dismissClaim(id: $id) { id } }`, { id: anyClaim?.id }), 'FORBIDDEN');
  });

  it('refuses a duplicate user with CONFLICT', async () => {
    const admin = await adminClient(stack);
    await refused(stack, () => admin.code(Q.createUser, { input: { email: reviewer.email.toUpperCase(), name: 'Dup', password: 'long-enough-pw', role: 'REVIEWER' } }), 'CONFLICT');
  });

  describe('verdicts', () => {
    let assignmentId: string;

    beforeAll(async () => {
      const r = await reviewer.client.ok<{ takeNextClaim: { id: string } }>(Q.takeNext);
      assignmentId = r.takeNextClaim.id;
    });

    const verdict = (client: TestUser['client'], input: Record<string, unknown>) => () => client.code(Q.submitVerdict, { input: { assignmentId, rating: 'TRUE', rationale: 'Checked.', sources: [aSource], ...input } });

    it('refuses an unknown rating', async () => {
      await refused(stack, verdict(reviewer.client, { rating: 'PANTS_ON_FIRE' }), 'BAD_USER_INPUT');
    });
    it('refuses a verdict without a source', async () => {
      await refused(stack, verdict(reviewer.client, { sources: [] }), 'BAD_USER_INPUT');
    });
    it('refuses a source with a malformed URL', async () => {
      await refused(stack, verdict(reviewer.client, { sources: [{ ...aSource, url: 'lrt dot lt' }] }), 'BAD_USER_INPUT');
    });
    it('refuses an empty rationale', async () => {
      await refused(stack, verdict(reviewer.client, { rationale: '   ' }), 'BAD_USER_INPUT');
    });
    it('refuses a verdict on someone else’s assignment with FORBIDDEN', async () => {
      await refused(stack, verdict(other.client, {}), 'FORBIDDEN');
    });
    it('refuses an unknown assignment with NOT_FOUND', async () => {
      await refused(stack, () => reviewer.client.code(Q.submitVerdict, { input: { assignmentId: '00000000-0000-4000-8000-000000000000', rating: 'TRUE', rationale: 'x', sources: [aSource] } }), 'NOT_FOUND');
      await refused(stack, () => reviewer.client.code(Q.submitVerdict, { input: { assignmentId: 'nonsense', rating: 'TRUE', rationale: 'x', sources: [aSource] } }), 'NOT_FOUND');
    });
    it('accepts the verdict once, then refuses a second submit with CONFLICT', async () => {
      await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId, rating: 'MOSTLY_TRUE', rationale: 'Checked.', sources: [aSource] } });
      await refused(stack, verdict(reviewer.client, {}), 'CONFLICT');
    });
  });
});

describe('an expired lease', () => {
  const stack = new Stack();
  beforeAll(async () => {
    await stack.start({ env: { LEASE_MS: '1000' } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('refuses a verdict with CONFLICT and puts the claim back in the queue', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const reviewer = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
    const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } }>(Q.takeNext);
    await sleep(1100);
    await eventually(async () => (await stack.count('review_assignments', `status = 'EXPIRED'`)) === 1 && (await stack.count('outbox')) === 0, 10000, 'the sweeper');
    await refused(stack, () => reviewer.client.code(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating: 'TRUE', rationale: 'Late.', sources: [aSource] } }), 'CONFLICT');
    expect(await stack.count('verdicts')).toBe(0);
    // The worker's sweeper returns the claim to the queue, and another reviewer can take it.
    const other = await userWithRole(stack, 'REVIEWER');
    let next: string | undefined;
    for (let i = 0; i < 50 && next !== takeNextClaim.claim.id; i++) {
      const r = await other.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } | null }>(Q.takeNext);
      next = r.takeNextClaim?.claim.id;
      if (!next) await sleep(200);
      // Another claim: given back, or the next take would return this one (one claim at a time).
      else if (next !== takeNextClaim.claim.id) await other.client.ok(`mutation($id: ID!) { skipClaim(assignmentId: $id) { id } }`, { id: r.takeNextClaim!.id });
    }
    expect(next).toBe(takeNextClaim.claim.id);
  });
});
