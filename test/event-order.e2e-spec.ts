import { Client } from 'pg';
import { adminClient, QW, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type TestUser } from './support/factories';
import type { GqlClient } from './support/gql-client';
import { backendPid, someoneWaits } from './support/locks';
import { eventually, Stack } from './support/stack';
import { submit, take, W } from './support/workflow';
import { WebhookReceiver } from './support/webhook-receiver';

const EVENTS = `query($id: ID!) { claim(id: $id) { events { type at } } }`;
const DISMISS = `mutation($id: ID!) { dismissClaim(id: $id) { id status } }`;

/**
 * Event times against the order events happen in, when a transaction started before others commits
 * after them (it waited on a lock): a claim's history, webhook events' createdAt (which receivers are told
 * to order by), and the order held deliveries are sent in once their webhook is enabled.
 */
describe('event times follow the order events happen in', () => {
  const stack = new Stack();
  let admin: GqlClient;
  let editor: TestUser;
  let reviewer: TestUser;
  let receiver: WebhookReceiver;
  let tx: Client;

  beforeAll(async () => {
    // One delivery at a time: the order they are sent in is the order they were released in.
    await stack.start({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_CONCURRENCY: '1' } });
    admin = await adminClient(stack);
    editor = await userWithRole(stack, 'EDITOR');
    reviewer = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/event-order' }, stack);
    receiver = await new WebhookReceiver().start();
    tx = new Client({ connectionString: stack.databaseUrl });
    await tx.connect();
  });
  afterAll(async () => {
    await tx.end();
    await receiver.stop();
    await stack.stop();
  });

  /** Whether a session waits for a lock the test's transaction holds. */
  const blocked = async (): Promise<boolean> => someoneWaits(stack, await backendPid(tx));

  it('a verdict that waited on its assignment is dated after the events written while it waited', async () => {
    const { createWebhook } = await admin.ok<{ createWebhook: { webhook: { id: string } } }>(QW.createWebhook, { input: { url: receiver.url, events: ['claim.queued', 'verdict.submitted'] } });
    const webhookId = createWebhook.webhook.id;
    // Disabled: both events below are held, and sent when it is enabled, in the order they happened.
    await stack.pg.query(`UPDATE webhooks SET enabled = false, disabled_at = now(), disabled_reason = 'off' WHERE id = $1`, [webhookId]);

    const taken = await eventually(() => take(reviewer.client), 10000, 'a claim to review');
    const reviewed = taken.claim.id;
    // Another claim, dismissed (no event for that), to be queued again during the verdict's wait.
    const other = (await stack.pg.query<{ id: string }>(`SELECT id FROM claims WHERE status = 'QUEUED' AND id <> $1 LIMIT 1`, [reviewed])).rows[0]!.id;
    await editor.client.ok(DISMISS, { id: other });

    // The verdict's transaction starts, then waits for the assignment the test holds.
    await tx.query('BEGIN');
    await tx.query(`SELECT id FROM review_assignments WHERE id = $1 FOR UPDATE`, [taken.id]);
    const verdict = submit(reviewer.client, taken.id, 'TRUE');
    await eventually(blocked, 10000, 'the verdict to wait on its assignment');
    // Meanwhile an editor boosts the claim under review, and queues another claim (claim.queued): both commit first.
    await editor.client.ok(W.boost, { id: reviewed, boost: 10 });
    await editor.client.ok(W.queueClaim, { id: other });
    await tx.query('COMMIT');
    await verdict;

    // The claim's history, in the order it is listed (the order it happened): its times never go back.
    const { claim } = await editor.client.ok<{ claim: { events: { type: string; at: string }[] } }>(EVENTS, { id: reviewed });
    expect(claim.events.slice(-2).map((e) => e.type)).toEqual(['BOOSTED', 'VERDICT']);
    const times = claim.events.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    // Enabled: the held deliveries go out in the order the events happened, and their createdAt says so.
    await admin.ok(QW.enableWebhook, { id: webhookId });
    await eventually(async () => receiver.accepted.length === 2, 20000, 'both held deliveries');
    expect(receiver.accepted.map((r) => r.body.type)).toEqual(['claim.queued', 'verdict.submitted']);
    const [queued, submitted] = receiver.accepted.map((r) => Date.parse(r.body.createdAt));
    expect(submitted).toBeGreaterThan(queued!);
  });
});
