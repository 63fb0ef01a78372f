import { aSource, adminClient, Q, QW, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type DeliveryView } from './support/factories';
import { W } from './support/workflow';
import { OwnRedis } from './support/own-redis';
import { eventually, sleep, Stack } from './support/stack';
import { validSignature, WebhookReceiver } from './support/webhook-receiver';

describe('webhooks when Redis is down at the moment of publishing', () => {
  const redis = new OwnRedis();
  const stack = new Stack();
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await redis.start();
    await receiver.start();
    await stack.start({ env: { REDIS_URL: redis.url, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_BACKOFF_MS: '200' } });
  });
  afterAll(async () => {
    await stack.stop();
    await redis.kill();
    await receiver.stop();
  });

  it('loses no event: it is written with the change and delivered once Redis is back', async () => {
    const admin = await adminClient(stack);
    const { createWebhook } = await admin.ok<{ createWebhook: { secret: string; webhook: { id: string } } }>(QW.createWebhook, { input: { url: receiver.url, events: ['claim.published'] } });
    const editor = await userWithRole(stack, 'EDITOR');
    const reviewer = await userWithRole(stack, 'REVIEWER');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
    const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } }>(Q.takeNext);
    await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating: 'FALSE', rationale: 'Checked.', sources: [aSource] } });
    await eventually(async () => (await stack.count('outbox')) === 0, 10000, 'the outbox to drain');

    await redis.kill();
    const published = editor.client.raw(W.publish, { id: takeNextClaim.claim.id });
    // The publication, its event, its delivery row and the delivery job (in the outbox) commit together, Redis or not.
    await eventually(
      async () => (await stack.count('published_verdicts')) === 1 && (await stack.count('webhook_deliveries')) === 1 && (await stack.count('outbox', `job_name = 'deliver-webhook'`)) === 1,
      20000,
      'the event in Postgres',
    );
    await sleep(1500);
    expect(receiver.received).toHaveLength(0);
    expect(await stack.count('outbox', `job_name = 'deliver-webhook'`)).toBe(1);

    await redis.start(); // same port, empty
    const answered = await published;
    expect(answered.errors).toBeUndefined();
    await eventually(async () => receiver.accepted.length === 1, 30000, 'the delivery after Redis came back');
    await sleep(1000);
    expect(receiver.received).toHaveLength(1);
    const [event] = receiver.received;
    expect(event?.body.type).toBe('claim.published');
    expect(event?.body.data).toMatchObject({ claim: { id: takeNextClaim.claim.id } });
    expect(event && validSignature(createWebhook.secret, event)).toBe(true);
    const { webhookDeliveries } = await admin.ok<{ webhookDeliveries: DeliveryView[] }>(QW.deliveries, { webhookId: createWebhook.webhook.id });
    expect(webhookDeliveries).toMatchObject([{ status: 'SUCCEEDED', eventId: event?.body.id }]);
    expect(await stack.count('outbox')).toBe(0);
  });
});
