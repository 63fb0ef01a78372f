import { adminClient, QW, REFERENCE_ARTICLE, submitAndExtract, type DeliveryView } from '../support/factories';
import type { GqlClient } from '../support/gql-client';
import { eventually, Stack } from '../support/stack';
import { validSignature, WebhookReceiver } from '../support/webhook-receiver';
import { RedisServer } from './support/servers';

/**
 * A webhook delivery is a row in Postgres; Redis holds only its job. When
 * Redis forgets everything while a delivery waits for its next attempt, the
 * worker's repair gives the delivery its job back: it is sent, once.
 */
describe('fault: Redis forgets everything while a webhook delivery waits between attempts', () => {
  let redis: RedisServer;
  const stack = new Stack();
  let admin: GqlClient;
  let receiver: WebhookReceiver;
  let healthy = false;

  beforeAll(async () => {
    redis = await RedisServer.start();
    // The next attempt is 10 minutes away: within the test, only the repair can send the delivery.
    await stack.start({ redisUrl: redis.url, env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', WEBHOOK_BACKOFF_MS: '600000', WEBHOOK_MAX_ATTEMPTS: '5' } });
    admin = await adminClient(stack);
    receiver = await new WebhookReceiver(() => (healthy ? 200 : 503)).start();
  });
  afterAll(async () => {
    await receiver?.stop();
    await stack.stop();
    await redis?.destroy();
  });

  it('FLUSHALL: the retrying delivery is sent within 30 s, exactly once, signed, with its event id', async () => {
    const { createWebhook } = await admin.ok<{ createWebhook: { secret: string; webhook: { id: string } } }>(QW.createWebhook, {
      input: { url: receiver.url, events: ['article.extracted'] },
    });
    const deliveries = async (): Promise<DeliveryView[]> => (await admin.ok<{ webhookDeliveries: DeliveryView[] }>(QW.deliveries, { webhookId: createWebhook.webhook.id })).webhookDeliveries;
    await submitAndExtract(admin, { title: 'Redis forgets a webhook', body: REFERENCE_ARTICLE });
    await eventually(async () => (await deliveries())[0]?.status === 'RETRYING', 20000, 'a failed first attempt');
    healthy = true;
    await stack.redis.flushall();
    await eventually(async () => (await deliveries())[0]?.status === 'SUCCEEDED', 30000, 'the delivery to be sent after the repair');
    const all = await deliveries();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ attempts: 2, responseCode: 200, eventType: 'article.extracted' });
    expect(receiver.received.map((r) => r.answered)).toEqual([503, 200]);
    expect(receiver.received[1]?.body.id).toBe(all[0]?.eventId);
    expect(receiver.accepted[0] && validSignature(createWebhook.secret, receiver.accepted[0])).toBe(true);
  });
});
