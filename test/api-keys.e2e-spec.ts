import { createHash } from 'node:crypto';
import { adminClient, apiKeyWith, Q, QK, QW, REFERENCE_ARTICLE, reviewNext, submitAndExtract, userWithRole } from './support/factories';
import { eventually, sleep, Stack } from './support/stack';
import { WebhookReceiver } from './support/webhook-receiver';

const CLAIMS = `query { claims(first: 5) { totalCount edges { node { id text } } } }`;

describe('API keys', () => {
  const stack = new Stack();
  beforeAll(async () => {
    // Loopback webhook targets are let through for the revocation case (nothing is delivered to them).
    await stack.start({ env: { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    const editor = await userWithRole(stack, 'EDITOR');
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('is shown once, stored only as a hash, and listed by its prefix', async () => {
    const k = await apiKeyWith(stack, ['claims:read']);
    expect(k.key).toMatch(/^cck_[A-Za-z0-9_-]{43}$/);
    expect(k.key.startsWith(k.prefix)).toBe(true);
    const row = (await stack.pg.query<{ key_hash: string; prefix: string }>(`SELECT key_hash, prefix FROM api_keys WHERE id = $1`, [k.id])).rows[0];
    expect(row?.key_hash).toBe(createHash('sha256').update(k.key).digest('hex'));
    const dump = JSON.stringify((await stack.pg.query(`SELECT * FROM api_keys`)).rows);
    expect(dump).not.toContain(k.key);
    const admin = await adminClient(stack);
    const { apiKeys } = await admin.ok<{ apiKeys: { id: string; prefix: string }[] }>(QK.apiKeys);
    expect(apiKeys.find((x) => x.id === k.id)?.prefix).toBe(k.prefix);
    // The listing has no field that could carry the key.
    expect(await admin.code(`query { apiKeys { key } }`)).toBe('BAD_USER_INPUT');
  });

  it('with claims:read only, reads claims but cannot submit articles (FORBIDDEN, nothing written)', async () => {
    const k = await apiKeyWith(stack, ['claims:read']);
    const r = await k.client.ok<{ claims: { totalCount: number } }>(CLAIMS);
    expect(r.claims.totalCount).toBeGreaterThan(0);
    const before = await stack.count('articles');
    expect(await k.client.code(Q.submitArticle, { input: { title: 'Not allowed', body: 'The budget grew by 12 percent last year.' } })).toBe('FORBIDDEN');
    const res = await fetch(`${stack.url}/ingest/articles`, { method: 'POST', headers: { authorization: `Bearer ${k.key}`, 'content-type': 'application/x-ndjson' }, body: '{"title":"Not allowed","body":"The budget grew by 12 percent."}\n' });
    expect(res.status).toBe(403);
    expect(await stack.count('articles')).toBe(before);
    // …nor review, nor read verdicts, nor see who reviewed.
    expect(await k.client.code(Q.takeNext)).toBe('FORBIDDEN');
    const withVerdicts = await k.client.raw(`query { claims(first: 1) { edges { node { id verdicts { rating } } } } }`);
    expect(withVerdicts.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('with verdicts:read, reads a decided verdict but not who gave it, who acted, nor the notes; claims of an article need claims:read', async () => {
    // Field-level rules (RestrictedField): each must hold on a field nested under an operation the key may call.
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const claimId = await reviewNext(reviewer, 'MOSTLY_TRUE');
    const k = await apiKeyWith(stack, ['claims:read', 'verdicts:read']);
    const one = `query($id: ID!) { claim(id: $id) { id verdicts { rating } } }`;
    const seen = await k.client.ok<{ claim: { verdicts: { rating: string }[] } }>(one, { id: claimId });
    expect(seen.claim.verdicts).toEqual([{ rating: 'MOSTLY_TRUE' }]);
    for (const field of ['verdicts { reviewer { id } }', 'events { actor { id } }', 'comments { body }']) {
      const r = await k.client.raw(`query($id: ID!) { claim(id: $id) { id ${field} } }`, { id: claimId });
      expect([field, r.errors?.[0]?.extensions?.code]).toEqual([field, 'FORBIDDEN']);
    }
    // The desk sees all three.
    const desk = await reviewer.client.ok<{ claim: { verdicts: { reviewer: { id: string } }[]; events: { actor: { id: string } | null }[] } }>(
      `query($id: ID!) { claim(id: $id) { verdicts { reviewer { id } } events { actor { id } } comments { body } } }`,
      { id: claimId },
    );
    expect(desk.claim.verdicts[0]?.reviewer.id).toBe(reviewer.id);
    expect(desk.claim.events.some((e) => e.actor?.id === reviewer.id)).toBe(true);
    const articleId = (await stack.pg.query<{ article_id: string }>(`SELECT article_id FROM claims WHERE id = $1`, [claimId])).rows[0]!.article_id;
    const articleClaims = `query($id: ID!) { article(id: $id) { id claims { id } } }`;
    expect(await (await apiKeyWith(stack, ['articles:read'])).client.code(articleClaims, { id: articleId })).toBe('FORBIDDEN');
    const both = await (await apiKeyWith(stack, ['articles:read', 'claims:read'])).client.ok<{ article: { claims: { id: string }[] } }>(articleClaims, { id: articleId });
    expect(both.article.claims.map((c) => c.id)).toContain(claimId);
  });

  it('with articles:write submits articles, recorded as the key’s', async () => {
    const k = await apiKeyWith(stack, ['articles:write']);
    const r = await k.client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input: { title: 'From the CMS', body: 'Exports rose 7 percent in the first quarter, the ministry said.' } });
    const row = (await stack.pg.query<{ submitted_by: string | null; submitted_by_key: string | null }>(`SELECT submitted_by, submitted_by_key FROM articles WHERE id = $1`, [r.submitArticle.id])).rows[0];
    expect(row).toEqual({ submitted_by: null, submitted_by_key: k.id });
    // Reading needs its own scope.
    expect(await k.client.code(`query($id: ID!) { article(id: $id) { id } }`, { id: r.submitArticle.id })).toBe('FORBIDDEN');
  });

  it('is refused at once after it is revoked, and records when it was last used', async () => {
    const k = await apiKeyWith(stack, ['claims:read']);
    await k.client.ok(CLAIMS);
    const admin = await adminClient(stack);
    const { apiKeys } = await admin.ok<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(QK.apiKeys);
    const used = apiKeys.find((x) => x.id === k.id)?.lastUsedAt;
    expect(used).toBeTruthy();
    expect(Math.abs(Date.parse(used ?? '') - Date.now())).toBeLessThan(60_000);
    await admin.ok(QK.revokeApiKey, { id: k.id });
    const r = await k.client.raw(CLAIMS);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/revoked/);
    expect(await admin.code(QK.revokeApiKey, { id: k.id })).toBe('CONFLICT');
  });

  it('when revoked, the webhooks it created are disabled with it, saying why; other webhooks are left alone', async () => {
    type Created = { createWebhook: { webhook: { id: string } } };
    const k = await apiKeyWith(stack, ['webhooks:manage']);
    const byKey = await k.client.ok<Created>(QW.createWebhook, { input: { url: 'http://127.0.0.1:9/by-key', events: ['claim.published'] } });
    const admin = await adminClient(stack);
    const byAdmin = await admin.ok<Created>(QW.createWebhook, { input: { url: 'http://127.0.0.1:9/by-admin', events: ['claim.published'] } });
    await admin.ok(QK.revokeApiKey, { id: k.id });
    const { webhooks } = await admin.ok<{ webhooks: { id: string; enabled: boolean; disabledReason: string | null }[] }>(QW.webhooks);
    expect(webhooks.find((w) => w.id === byKey.createWebhook.webhook.id)).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/API key that created it .* was revoked/) as string });
    expect(webhooks.find((w) => w.id === byAdmin.createWebhook.webhook.id)).toMatchObject({ enabled: true, disabledReason: null });
  });

  it('once expired, the webhooks it created hold their events (disabled, saying why); an admin who enables one takes it over', async () => {
    const receiver = await new WebhookReceiver().start();
    try {
      const k = await apiKeyWith(stack, ['webhooks:manage'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
      const { createWebhook } = await k.client.ok<{ createWebhook: { webhook: { id: string } } }>(QW.createWebhook, { input: { url: receiver.url, events: ['verdict.submitted'] } });
      const id = createWebhook.webhook.id;
      await sleep(1600);
      // Expiry is no event: the webhook is still on until its next delivery finds the key ended.
      const reviewer = await userWithRole(stack, 'REVIEWER');
      await reviewNext(reviewer);
      const admin = await adminClient(stack);
      const deliveries = async () => (await admin.ok<{ webhookDeliveries: { id: string; status: string }[] }>(QW.deliveries, { webhookId: id })).webhookDeliveries;
      await eventually(async () => (await deliveries())[0]?.status === 'HELD', 15000, 'the delivery to be held');
      const { webhooks } = await admin.ok<{ webhooks: { id: string; enabled: boolean; disabledReason: string | null }[] }>(QW.webhooks);
      expect(webhooks.find((w) => w.id === id)).toMatchObject({ enabled: false, disabledReason: expect.stringMatching(/API key that created it .* expired at \d{4}-/) as string });
      await sleep(500);
      expect(receiver.received).toHaveLength(0);
      // Enabled by an admin after the key ended: what was held is sent, and so are new events; it is not switched off again.
      await admin.ok(QW.enableWebhook, { id });
      await eventually(async () => receiver.accepted.length === 1, 15000, 'the held delivery');
      await reviewNext(reviewer);
      await eventually(async () => receiver.accepted.length === 2, 15000, 'the next delivery');
      expect((await deliveries()).map((d) => d.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    } finally {
      await receiver.stop();
    }
  });

  it('is refused after it expires; an expiry in the past, an unknown scope or no scope is refused at creation', async () => {
    const k = await apiKeyWith(stack, ['claims:read'], { expiresAt: new Date(Date.now() + 1500).toISOString() });
    await k.client.ok(CLAIMS);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await k.client.code(CLAIMS)).toBe('UNAUTHENTICATED');
    const admin = await adminClient(stack);
    const before = await stack.count('api_keys');
    for (const input of [
      { name: 'past', scopes: ['claims:read'], expiresAt: new Date(Date.now() - 1000).toISOString() },
      { name: 'bad scope', scopes: ['claims:delete'] },
      { name: 'no scope', scopes: [] },
      { name: '  ', scopes: ['claims:read'] },
    ]) {
      expect(await admin.code(QK.createApiKey, { input })).toBe('BAD_USER_INPUT');
    }
    expect(await stack.count('api_keys')).toBe(before);
  });

  it('cannot be created, listed or revoked by anyone but an admin, nor by a key', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    expect(await editor.client.code(QK.apiKeys)).toBe('FORBIDDEN');
    const k = await apiKeyWith(stack, ['claims:read', 'webhooks:manage', 'articles:write', 'articles:read', 'verdicts:read']);
    expect(await k.client.code(QK.createApiKey, { input: { name: 'escalate', scopes: ['claims:read'] } })).toBe('FORBIDDEN');
    expect(await stack.gql('cck_not-a-real-key').code(CLAIMS)).toBe('UNAUTHENTICATED');
  });
});
