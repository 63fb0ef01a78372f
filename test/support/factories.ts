import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GqlClient } from './gql-client';
import { ADMIN, eventually, type Stack } from './stack';

export const REFERENCE_ARTICLE = readFileSync(join(__dirname, '..', 'fixtures', 'lithuania-cluster-munitions.txt'), 'utf8');

export const Q = {
  login: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { id role } } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role } }`,
  submitArticle: `mutation($input: SubmitArticleInput!) { submitArticle(input: $input) { id status title url } }`,
  article: `query($id: ID!) { article(id: $id) { id status error claims { id text quote claimant claimantRole claimType checkworthiness status spanStart spanEnd } } }`,
  takeNext: `mutation { takeNextClaim { id expiresAt claim { id text status } } }`,
  submitVerdict: `mutation($input: SubmitVerdictInput!) { submitVerdict(input: $input) { id rating } }`,
  claim: `query($id: ID!) { claim(id: $id) { id text status
    verdicts { rating rationale reviewer { id email } sources { url title publisher excerpt } }
    events { type fromStatus toStatus at actor { id } } } }`,
};

let userSeq = 0;

export async function adminClient(stack: Stack): Promise<GqlClient> {
  const r = await stack.gql().ok<{ login: { token: string } }>(Q.login, ADMIN);
  return stack.gql(r.login.token);
}

export interface TestUser {
  id: string;
  email: string;
  client: GqlClient;
}

/** The password of every user `userWithRole` creates (browser specs sign in with it). */
export const USER_PASSWORD = 'correct-horse-battery';

/** Creates a user with the role through the API (as the admin) and signs them in. */
export async function userWithRole(stack: Stack, role: 'ADMIN' | 'EDITOR' | 'REVIEWER'): Promise<TestUser> {
  const admin = await adminClient(stack);
  const email = `${role.toLowerCase()}${++userSeq}-${stack.id}@test.local`;
  const password = USER_PASSWORD;
  const created = await admin.ok<{ createUser: { id: string } }>(Q.createUser, { input: { email, name: `${role} ${userSeq}`, password, role } });
  const login = await stack.gql().ok<{ login: { token: string } }>(Q.login, { email, password });
  return { id: created.createUser.id, email, client: stack.gql(login.login.token) };
}

export interface ArticleView {
  id: string;
  status: string;
  error: string | null;
  claims: { id: string; text: string; quote: string; claimant: string | null; claimantRole: string | null; claimType: string; checkworthiness: number; status: string; spanStart: number; spanEnd: number }[];
}

/** Submits an article and waits for the worker to finish extracting it. */
export async function submitAndExtract(client: GqlClient, input: Record<string, unknown>, stack?: Stack): Promise<ArticleView> {
  const { submitArticle } = await client.ok<{ submitArticle: { id: string } }>(Q.submitArticle, { input });
  const done = await eventually(
    async () => {
      const { article } = await client.ok<{ article: ArticleView }>(Q.article, { id: submitArticle.id });
      if (article.status === 'FAILED') throw new Error(`extraction failed: ${article.error}`);
      return article.status === 'EXTRACTED' ? article : null;
    },
    30000,
    'extraction',
  );
  // With a stack: also wait until the relay has moved every review job into Redis.
  if (stack) await eventually(async () => (await stack.count('outbox')) === 0, 10000, 'the outbox to drain');
  return done;
}

export const aSource = { url: 'https://www.lrt.lt/en/news-in-english/19/2345', title: 'Seimas votes to leave cluster munitions convention', publisher: 'LRT', excerpt: 'The decision was supported by 99 members of parliament.' };

export const QK = {
  createApiKey: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes expiresAt revokedAt lastUsedAt } } }`,
  revokeApiKey: `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`,
  apiKeys: `query { apiKeys { id name prefix scopes expiresAt revokedAt lastUsedAt createdAt } }`,
};

/** Creates an API key with these scopes (as the admin); returns the key, shown this once. */
export async function apiKeyWith(stack: Stack, scopes: string[], extra: Record<string, unknown> = {}): Promise<{ id: string; key: string; prefix: string; client: GqlClient }> {
  const admin = await adminClient(stack);
  const r = await admin.ok<{ createApiKey: { key: string; apiKey: { id: string; prefix: string } } }>(QK.createApiKey, { input: { name: `key ${++userSeq}`, scopes, ...extra } });
  return { id: r.createApiKey.apiKey.id, key: r.createApiKey.key, prefix: r.createApiKey.apiKey.prefix, client: stack.gql(r.createApiKey.key) };
}

export const QW = {
  createWebhook: `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events enabled } } }`,
  deleteWebhook: `mutation($id: ID!) { deleteWebhook(id: $id) }`,
  enableWebhook: `mutation($id: ID!) { enableWebhook(id: $id) { id enabled consecutiveFailures } }`,
  webhooks: `query { webhooks { id url events enabled consecutiveFailures disabledAt disabledReason } }`,
  deliveries: `query($webhookId: ID!) { webhookDeliveries(webhookId: $webhookId) { id eventId eventType status attempts responseCode lastError redeliveryOf deliveredAt } }`,
  redeliver: `mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { id eventId status redeliveryOf } }`,
};

export interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  deliveredAt: string | null;
}

/** A reviewer takes the next claim and rates it; returns the claim id. */
export async function reviewNext(reviewer: TestUser, rating = 'FALSE'): Promise<string> {
  const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; claim: { id: string } } | null }>(Q.takeNext);
  if (!takeNextClaim) throw new Error('no claim waiting for review');
  await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating, rationale: 'Checked against the record.', sources: [aSource] } });
  return takeNextClaim.claim.id;
}

/** An editor publishes a REVIEWED claim (issue 4's publishClaim). */
export async function publish(editor: TestUser, claimId: string): Promise<void> {
  await editor.client.ok(`mutation($claimId: ID!) { publishClaim(claimId: $claimId) { id status } }`, { claimId });
}
