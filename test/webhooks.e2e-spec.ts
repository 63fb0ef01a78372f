import { adminClient, publish, QW, REFERENCE_ARTICLE, reviewNext, submitAndExtract, userWithRole, type DeliveryView, type TestUser } from './support/factories';
import type { GqlClient } from './support/gql-client';
import { Client } from 'pg';
import { backendPid, someoneWaits } from './support/locks';
import { eventually, sleep, Stack } from './support/stack';
import { validSignature, WebhookReceiver } from './support/webhook-receiver';
import { W } from './support/workflow';

describe('webhooks', () => {
  const stack = new Stack();
  let admin: GqlClient;
  let reviewer: TestUser;
  let editor: TestUser;
  const receivers: WebhookReceiver[] = [];

  async function register(events: string[], answer?: (i: number) => number): Promise<{ id: string; secret: string; receiver: WebhookReceiver }> {
    const receiver = await new WebhookReceiver(answer).start();
    receivers.push(receiver);
    const r = await admin.ok<{ createWebhook: { secret: string; webhook: { id: string } } }>(QW.createWebhook, { input: { url: receiver.url, events } });
    return { id: r.createWebhook.webhook.id, secret: r.createWebhook.secret, receiver };
  }
  const deliveries = async (webhookId: string): Promise<DeliveryView[]> => (await admin.ok<{ webhookDeliveries: DeliveryView[] }>(QW.deliveries, { webhookId })).webhookDeliveries;
  const unregister = (id: string) => admin.ok(QW.deleteWebhook, { id });

  beforeAll(async () => {
    await stack.start({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_BACKOFF_MS: '200', WEBHOOK_MAX_ATTEMPTS: '5', WEBHOOK_DISABLE_AFTER: '2', WEBHOOK_TIMEOUT_MS: '3000' } });
    admin = await adminClient(stack);
    reviewer = await userWithRole(stack, 'REVIEWER');
    editor = await userWithRole(stack, 'EDITOR');
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await stack.stop();
  });

  it('refuses private, loopback and link-local targets the allowlist does not admit, writing nothing', async () => {
    for (const url of ['http://10.0.0.7/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:8080/hook', 'http://192.168.1.20/hook', 'http://127.0.0.2:9/hook', 'ftp://127.0.0.1/hook']) {
      const r = await admin.raw(QW.createWebhook, { input: { url, events: ['claim.queued'] } });
      expect([url, r.errors?.[0]?.extensions?.code]).toEqual([url, 'BAD_USER_INPUT']);
    }
    expect(await admin.code(QW.createWebhook, { input: { url: 'http://127.0.0.1:9/hook', events: ['claim.exploded'] } })).toBe('BAD_USER_INPUT');
    // Credentials in the URL would be listed back to every admin and sent in the clear: the signature is what authenticates a delivery.
    for (const url of ['http://user:pw@127.0.0.1:9/hook', 'http://token@127.0.0.1:9/hook']) {
      const r = await admin.raw(QW.createWebhook, { input: { url, events: ['claim.queued'] } });
      expect([url, r.errors?.[0]?.extensions?.code, r.errors?.[0]?.message]).toEqual([url, 'BAD_USER_INPUT', expect.stringMatching(/user name or password/) as string]);
    }
    expect(await stack.count('webhooks')).toBe(0);
  });

  it('delivers article.extracted and claim.queued, signed, with an event id, and logs each delivery', async () => {
    const { id, secret, receiver } = await register(['article.extracted', 'claim.queued']);
    const article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/lt' }, stack);
    const queued = article.claims.filter((c) => c.status === 'QUEUED').length;
    expect(queued).toBeGreaterThan(3);
    await eventually(async () => receiver.accepted.length === queued + 1, 20000, 'the deliveries');
    const [extracted] = receiver.ofType('article.extracted');
    expect(extracted?.body.data).toMatchObject({ article: { id: article.id, url: 'https://example.org/lt' }, claims: { extracted: article.claims.length, queued } });
    expect(receiver.ofType('claim.queued').map((r) => (r.body.data['claim'] as { id: string }).id).sort()).toEqual(article.claims.filter((c) => c.status === 'QUEUED').map((c) => c.id).sort());
    for (const r of receiver.received) {
      expect(validSignature(secret, r)).toBe(true);
      expect(r.headers['x-claimcheck-event']).toBe(r.body.type);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.body.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(validSignature('whsec_wrong', receiver.received[0] ?? ({} as never))).toBe(false);
    expect(new Set(receiver.received.map((r) => r.body.id)).size).toBe(receiver.received.length);
    const log = await deliveries(id);
    expect(log).toHaveLength(queued + 1);
    expect(log.every((d) => d.status === 'SUCCEEDED' && d.attempts === 1 && d.responseCode === 200 && d.deliveredAt)).toBe(true);
    // The log pages like every list: first 1–500, and a size outside it is refused, not quietly clamped.
    const page = `query($webhookId: ID!, $first: Int!) { webhookDeliveries(webhookId: $webhookId, first: $first) { id } }`;
    expect((await admin.ok<{ webhookDeliveries: { id: string }[] }>(page, { webhookId: id, first: 2 })).webhookDeliveries.map((d) => d.id)).toEqual(log.slice(0, 2).map((d) => d.id));
    for (const first of [0, -1, 501]) expect([first, await admin.code(page, { webhookId: id, first })]).toEqual([first, 'BAD_USER_INPUT']);
    await unregister(id);
  });

  it('a receiver on a loopback port gets claim.published, and verdict.submitted before it, with valid signatures', async () => {
    const { id, secret, receiver } = await register(['verdict.submitted', 'claim.published']);
    const claimId = await reviewNext(reviewer, 'FALSE');
    await publish(editor, claimId);
    await eventually(async () => receiver.accepted.length === 2, 20000, 'both deliveries');
    const [published] = receiver.ofType('claim.published');
    expect(published?.headers['x-claimcheck-event']).toBe('claim.published');
    expect(published && validSignature(secret, published)).toBe(true);
    expect(published?.body.data).toMatchObject({ claim: { id: claimId, status: 'PUBLISHED' }, transition: { action: 'publish', from: 'REVIEWED', to: 'PUBLISHED' }, details: { publishedVersion: 1, rating: 'FALSE' } });
    expect(receiver.ofType('verdict.submitted')[0]?.body.data).toMatchObject({ claim: { id: claimId } });
    const log = await deliveries(id);
    expect(log.map((d) => [d.eventType, d.status, d.responseCode]).sort()).toEqual([
      ['claim.published', 'SUCCEEDED', 200],
      ['verdict.submitted', 'SUCCEEDED', 200],
    ]);
    await unregister(id);
  });

  it('a receiver that fails three times, then recovers, gets the claim.published event exactly once', async () => {
    const { id, secret, receiver } = await register(['claim.published'], (i) => (i < 3 ? 503 : 200));
    const claimId = await reviewNext(reviewer, 'MOSTLY_FALSE');
    await publish(editor, claimId);
    await eventually(async () => (await deliveries(id))[0]?.status === 'SUCCEEDED', 20000, 'the retried delivery');
    await sleep(1000); // nothing more arrives
    expect(receiver.received.map((r) => r.answered)).toEqual([503, 503, 503, 200]);
    expect(new Set(receiver.received.map((r) => r.body.id)).size).toBe(1);
    expect(receiver.accepted).toHaveLength(1);
    const event = receiver.accepted[0];
    expect(event && validSignature(secret, event)).toBe(true);
    expect(event?.body.data).toMatchObject({ claim: { id: claimId, status: 'PUBLISHED' }, details: { rating: 'MOSTLY_FALSE' } });
    const [log] = await deliveries(id);
    expect(log).toMatchObject({ status: 'SUCCEEDED', attempts: 4, responseCode: 200, eventType: 'claim.published' });
    await unregister(id);
  });

  it('disables a webhook after repeated failure, holds its events meanwhile, and sends them when enabled; a redelivery carries the same event id', async () => {
    let healthy = false;
    const { id, secret, receiver } = await register(['verdict.submitted'], () => (healthy ? 200 : 500));
    await reviewNext(reviewer);
    await eventually(async () => (await deliveries(id))[0]?.status === 'FAILED', 30000, 'the first failed delivery');
    const [first] = await deliveries(id);
    expect(first).toMatchObject({ status: 'FAILED', attempts: 5, responseCode: 500 });
    expect(first?.lastError).toMatch(/HTTP 500/);
    await reviewNext(reviewer);
    const webhookState = async () => (await admin.ok<{ webhooks: { id: string; enabled: boolean; disabledReason: string | null; consecutiveFailures: number }[] }>(QW.webhooks)).webhooks.find((w) => w.id === id);
    await eventually(async () => (await webhookState())?.enabled === false, 30000, 'the webhook to be disabled');
    expect((await webhookState())?.disabledReason).toMatch(/2 deliveries in a row failed/);
    // Disabled: a new event is logged HELD and not sent, and a redelivery is refused.
    const sentBefore = receiver.received.length;
    await reviewNext(reviewer);
    await eventually(async () => (await deliveries(id)).length === 3, 10000, 'the held delivery');
    const [held] = await deliveries(id);
    expect(held).toMatchObject({ status: 'HELD', attempts: 0, eventType: 'verdict.submitted' });
    await sleep(500);
    expect(receiver.received.length).toBe(sentBefore);
    expect(await admin.code(QW.redeliver, { id: first?.id })).toBe('CONFLICT');
    // Enabled: what was held is sent, without being asked; a redelivery of the failed one now goes too.
    healthy = true;
    await admin.ok(QW.enableWebhook, { id });
    await eventually(async () => (await deliveries(id)).find((d) => d.id === held?.id)?.status === 'SUCCEEDED', 20000, 'the held delivery to be sent');
    expect(receiver.accepted.map((r) => r.body.id)).toEqual([held?.eventId]);
    const { redeliverWebhookDelivery } = await admin.ok<{ redeliverWebhookDelivery: { id: string; eventId: string; redeliveryOf: string } }>(QW.redeliver, { id: first?.id });
    expect(redeliverWebhookDelivery).toMatchObject({ eventId: first?.eventId, redeliveryOf: first?.id });
    await eventually(async () => receiver.accepted.length === 2, 20000, 'the redelivery');
    expect(receiver.accepted[1]?.body.id).toBe(first?.eventId);
    expect(receiver.accepted.every((r) => validSignature(secret, r))).toBe(true);
    expect((await webhookState())?.consecutiveFailures).toBe(0);
    await unregister(id);
  });

  it('a delivery still retrying when its webhook is disabled is held, not retried, and sent once the webhook is enabled', async () => {
    let healthy = false;
    const { id, receiver } = await register(['verdict.submitted'], () => (healthy ? 200 : 500));
    await reviewNext(reviewer);
    await eventually(async () => (await deliveries(id))[0]?.status === 'RETRYING', 10000, 'a failed first attempt');
    // Disabled as the worker does it after repeated failure (by another delivery, say), while this one waits for its next attempt.
    await stack.pg.query(`UPDATE webhooks SET enabled = false, disabled_at = now(), disabled_reason = 'failing' WHERE id = $1`, [id]);
    await eventually(async () => (await deliveries(id))[0]?.status === 'HELD', 10000, 'the retrying delivery to be held');
    const attempts = receiver.received.length;
    await sleep(1000);
    expect(receiver.received.length).toBe(attempts);
    healthy = true;
    await admin.ok(QW.enableWebhook, { id });
    await eventually(async () => (await deliveries(id))[0]?.status === 'SUCCEEDED', 20000, 'the held delivery to be sent');
    expect(receiver.accepted).toHaveLength(1);
    await unregister(id);
  });

  describe('enable racing an event (the key-share lock on the webhook row)', () => {
    let tx: Client;
    beforeEach(async () => {
      tx = new Client({ connectionString: stack.databaseUrl });
      await tx.connect();
    });
    afterEach(async () => {
      await tx.end();
    });
    // Someone waits on the row lock the test's transaction holds: the racing statement has reached the lock and not passed it.
    const blocked = async (): Promise<boolean> => someoneWaits(stack, await backendPid(tx));
    const disabled = async (): Promise<{ id: string; receiver: WebhookReceiver }> => {
      const hook = await register(['verdict.submitted']);
      await stack.pg.query(`UPDATE webhooks SET enabled = false, disabled_at = now(), disabled_reason = 'off' WHERE id = $1`, [hook.id]);
      return hook;
    };

    it('an event emitted while an enable is committing waits for it, and is sent rather than held', async () => {
      const { id, receiver } = await disabled();
      // The enable, stopped inside its transaction: row locked and switched on, not yet committed.
      await tx.query('BEGIN');
      await tx.query(`SELECT id FROM webhooks WHERE id = $1 FOR UPDATE`, [id]);
      await tx.query(`UPDATE webhooks SET enabled = true, enabled_at = now(), disabled_at = NULL, disabled_reason = NULL WHERE id = $1`, [id]);
      const review = reviewNext(reviewer);
      await eventually(blocked, 10000, 'the verdict to wait on the webhook row');
      await tx.query('COMMIT');
      await review;
      await eventually(async () => (await deliveries(id))[0]?.status === 'SUCCEEDED', 20000, 'the delivery to be sent');
      expect(receiver.accepted).toHaveLength(1);
      await unregister(id);
    });

    it('an enable while an event is being emitted waits for it, then sends what that event held', async () => {
      const { id, receiver } = await disabled();
      // The emit, stopped inside its transaction: the webhook read (key-share) as disabled, its delivery written HELD.
      await tx.query('BEGIN');
      await tx.query(`SELECT id FROM webhooks WHERE id = $1 FOR KEY SHARE`, [id]);
      const event = (await tx.query<{ id: string }>(`INSERT INTO webhook_events (id, type, data) VALUES (gen_random_uuid(), 'verdict.submitted', '{}') RETURNING id`)).rows[0]!.id;
      await tx.query(`INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, status) VALUES (gen_random_uuid(), $1, $2, 'verdict.submitted', 'HELD')`, [id, event]);
      const enable = admin.ok(QW.enableWebhook, { id });
      await eventually(blocked, 10000, 'the enable to wait on the webhook row');
      await tx.query('COMMIT');
      await enable;
      await eventually(async () => (await deliveries(id))[0]?.status === 'SUCCEEDED', 20000, 'the held delivery to be sent');
      expect(receiver.accepted.map((r) => r.body.id)).toEqual([event]);
      await unregister(id);
    });
  });

  it('checks the target again at delivery: an address that turned private fails at once, without retries', async () => {
    // As if DNS had changed since registration: the stored URL now points inside the network.
    const { rows } = await stack.pg.query<{ id: string }>(`INSERT INTO webhooks (url, events, secret) VALUES ('http://10.255.255.1/hook', '{verdict.submitted}', 'whsec_x') RETURNING id`);
    const id = rows[0]?.id ?? '';
    await reviewNext(reviewer);
    await eventually(async () => (await deliveries(id))[0]?.status === 'FAILED', 20000, 'the refused delivery');
    const [d] = await deliveries(id);
    expect(d).toMatchObject({ attempts: 1, responseCode: null });
    expect(d?.lastError).toMatch(/10\.255\.255\.1 is a private address/);
    await unregister(id);
    expect(await stack.count('webhook_deliveries', 'webhook_id = $1', [id])).toBe(0);
  });

  it('announces a withdrawal as claim.unpublished, signed, naming what claim.published gave: on unpublish and on reopen of a published claim, not on reopen of another', async () => {
    const { id, secret, receiver } = await register(['claim.published', 'claim.unpublished']);
    const withdrawnAt = async (claimId: string, version: number): Promise<string> =>
      (await stack.pg.query<{ at: Date }>(`SELECT withdrawn_at AS at FROM published_verdicts WHERE claim_id = $1 AND version = $2`, [claimId, version])).rows[0]!.at.toISOString();
    const unpublishedOf = (claimId: string) => receiver.ofType('claim.unpublished').filter((r) => (r.body.data['claim'] as { id: string }).id === claimId);

    // Both reviewed first: the reopened claim below goes back to the queue, and would be offered again.
    const first = await reviewNext(reviewer, 'FALSE');
    const second = await reviewNext(reviewer, 'MOSTLY_TRUE');
    expect(second).not.toBe(first);

    // Unpublished: back to REVIEWED.
    await publish(editor, first);
    await eventually(async () => receiver.ofType('claim.published').length === 1, 20000, 'the claim.published delivery');
    const given = (receiver.ofType('claim.published')[0]?.body.data['details'] as { claimReviewUrl: string }).claimReviewUrl;
    expect(given).toMatch(new RegExp(`/fact-checks/${first}$`));
    await editor.client.ok(W.unpublish, { id: first });
    await eventually(async () => unpublishedOf(first).length === 1, 20000, 'the claim.unpublished delivery on unpublish');
    const [unpublished] = unpublishedOf(first);
    expect(unpublished && validSignature(secret, unpublished)).toBe(true);
    expect(unpublished?.headers['x-claimcheck-event']).toBe('claim.unpublished');
    expect(unpublished?.body.data).toMatchObject({
      claim: { id: first, status: 'REVIEWED' },
      transition: { action: 'unpublish', from: 'PUBLISHED', to: 'REVIEWED' },
      actorId: editor.id,
      details: { publishedVersion: 1, claimReviewUrl: given, withdrawnAt: await withdrawnAt(first, 1) },
    });

    // Reopened while REVIEWED: nothing was live, so nothing is withdrawn (the deliveries are written in the reopen's transaction).
    const logged = (await deliveries(id)).length;
    await editor.client.ok(W.reopen, { id: first });
    expect(await stack.count('webhook_deliveries', `webhook_id = $1 AND event_type = 'claim.unpublished'`, [id])).toBe(1);
    expect((await deliveries(id)).length).toBe(logged);

    // Reopened while PUBLISHED: withdrawn, then queued again for a new round.
    await publish(editor, second);
    await editor.client.ok(W.reopen, { id: second });
    await eventually(async () => unpublishedOf(second).length === 1, 20000, 'the claim.unpublished delivery on reopen');
    const [reopened] = unpublishedOf(second);
    expect(reopened && validSignature(secret, reopened)).toBe(true);
    expect(reopened?.body.data).toMatchObject({
      claim: { id: second, status: 'QUEUED' },
      transition: { action: 'reopen', from: 'PUBLISHED', to: 'QUEUED' },
      details: { publishedVersion: 1, previousRound: 1, claimReviewUrl: given.replace(first, second), withdrawnAt: await withdrawnAt(second, 1) },
    });
    await sleep(500); // nothing more arrives: one event per withdrawal
    expect(receiver.ofType('claim.unpublished')).toHaveLength(2);
    expect((await deliveries(id)).filter((d) => d.eventType === 'claim.unpublished').every((d) => d.status === 'SUCCEEDED')).toBe(true);
    await unregister(id);
  });
});
