import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/claimcheck'),
  // A redis:// or rediss:// URL, or redis+cluster://host:port,host:port naming a Redis Cluster by its seed nodes.
  REDIS_URL: z
    .string()
    .refine((v) => (v.startsWith('redis+cluster://') ? /^redis\+cluster:\/\/[^,:/\s]+:\d+(,[^,:/\s]+:\d+)*$/.test(v) : /^rediss?:\/\//.test(v) && URL.canParse(v)), {
      message: 'a redis:// URL, or redis+cluster://host:port,host:port',
    })
    .default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
    .default('claimcheck'),
  JWT_SECRET: z.string().min(32).optional(),
  JWT_TTL_SECONDS: z.coerce.number().int().positive().default(12 * 3600),
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(10),
  ADMIN_EMAIL: z.string().email().default('admin@claimcheck.local'),
  ADMIN_PASSWORD: z.string().min(8).optional(),
  LEASE_MS: z.coerce.number().int().min(1000).default(15 * 60 * 1000),
  REQUIRED_REVIEWS: z.coerce.number().int().min(1).max(10).default(1),
  // Claims scoring at least HIGH_SCORE_THRESHOLD need REQUIRED_REVIEWS_HIGH_SCORE verdicts; unset = no such rule.
  HIGH_SCORE_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
  REQUIRED_REVIEWS_HIGH_SCORE: z.coerce.number().int().min(1).max(10).default(2),
  // Trigram similarity of normalised claim texts: at or above LINK (and the same figures) a new claim is
  // linked to the known one as another appearance; at or above SUGGEST it is shown as a likely match.
  MATCH_LINK_THRESHOLD: z.coerce.number().min(0).max(1).default(0.8),
  MATCH_SUGGEST_THRESHOLD: z.coerce.number().min(0).max(1).default(0.45),
  MATCH_INDEX: bool.default(true),
  MAX_ARTICLE_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  EXTRACTION_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
  EXTRACTION_LOCK_MS: z.coerce.number().int().min(1000).default(30_000),
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(1000).default(60_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCHEMA_FILE: z.string().optional(),
  GRAPHIQL: bool.default(false),
  // The built review UI (npm run build:ui); unset = dist/review-ui next to the built api.
  UI_DIST_DIR: z.string().min(1).optional(),
  // The GraphQL server under the same resolvers: mercurius (default) or Apollo (kept for the bench's comparison).
  GRAPHQL_DRIVER: z.enum(['mercurius', 'apollo']).default('mercurius'),
  // Debug: count SQL statements per request and send the count in an x-sql-statements header (the bench reads it).
  SQL_STATEMENT_COUNT: bool.default(false),
  // Integrations (issue 6).
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().optional(),
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(20_000),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(50_000),
  GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).default(10),
  INGEST_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(100),
  INGEST_STREAM_MAX_ITEMS: z.coerce.number().int().min(1).default(10_000),
  WEBHOOK_ALLOWED_HOSTS: z.string().default(''),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(10).default(10_000),
  WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).default(5),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  ORGANIZATION_NAME: z.string().min(1).default('Claimcheck'),
  // No default here: production must name its own (see PRODUCTION_REQUIRED); elsewhere DEV_ORGANIZATION_URL.
  ORGANIZATION_URL: z.string().url().optional(),
  CLAIMREVIEW_URL_TEMPLATE: z.string().includes('{id}').optional(),
});

export type RawEnv = Record<string, string | undefined>;

/** The whole configuration, read once at start; nothing else reads process.env. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  /** Wrapped in braces so every queue key hashes to one Redis Cluster slot. */
  queuePrefix: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  bcryptRounds: number;
  adminEmail: string;
  adminPassword: string | undefined;
  leaseMs: number;
  requiredReviews: number;
  highScoreThreshold: number | null;
  requiredReviewsHighScore: number;
  matchLinkThreshold: number;
  matchSuggestThreshold: number;
  /**
   * Whether each api and worker process keeps the canonical claims' trigrams in memory to find similar claims
   * (measured: +68 MB of RSS per 100k claims), instead of asking Postgres's trigram index, which reads most of itself per search.
   */
  matchIndex: boolean;
  maxArticleBytes: number;
  extractionConcurrency: number;
  /** How long an extraction job's lock lasts; a killed worker's jobs are retried once it lapses. */
  extractionLockMs: number;
  /** How often the worker compares Postgres with the queues and repairs the queues. */
  reconcileIntervalMs: number;
  outboxPollMs: number;
  /** Port of the worker's Prometheus endpoint; 0 turns it off. */
  workerMetricsPort: number;
  /** How long SIGTERM waits for in-flight requests and jobs before the process exits anyway. */
  shutdownGraceMs: number;
  logLevel: string;
  /** Where the api writes the generated GraphQL schema; unset = in memory only. */
  schemaFile: string | undefined;
  graphiql: boolean;
  /** Directory of the built review UI served at `/`; null = the default next to the built api. */
  uiDistDir: string | null;
  /** mercurius serves every feature; Apollo serves queries and mutations (no subscriptions, no mercurius-only limits hook). */
  graphqlDriver: 'mercurius' | 'apollo';
  /** Counts SQL statements per HTTP request into an x-sql-statements response header (a debug aid). */
  sqlStatementCount: boolean;
  /** Largest request body the api reads (JSON escaping can double an article's size). */
  bodyLimitBytes: number;
  /** Requests per principal (user, API key, or address when anonymous) per window. */
  rateLimit: { max: number; windowMs: number };
  graphqlLimits: { maxDepth: number; maxAliases: number; maxCost: number; maxTokens: number; maxBatch: number };
  ingest: { batchMax: number; streamMaxItems: number };
  webhooks: {
    /** Hosts or CIDRs the SSRF guard lets through although private, loopback or link-local. */
    allowedHosts: string[];
    maxAttempts: number;
    backoffMs: number;
    /** Failed deliveries in a row (each after its last retry) that disable a webhook. */
    disableAfter: number;
    timeoutMs: number;
    concurrency: number;
  };
  /** The ClaimReview author; `urlTemplate` is the fact check's public page, `{id}` = claim id. */
  organization: { name: string; url: string; claimReviewUrlTemplate: string };
}

export class ConfigError extends Error {}

// A development secret shared by api and worker processes on one machine; production must set its own.
const DEV_JWT_SECRET = 'claimcheck-development-secret-do-not-use-in-production';
// The api's own address in development: right for the ClaimReview preview on one machine, wrong anywhere public.
const DEV_ORGANIZATION_URL = 'http://localhost:3000';

/**
 * Settings whose development default would be wrong in production without anyone noticing: a
 * secret everyone can read, and a localhost URL written into every published ClaimReview (author
 * url, the fact check's url). With NODE_ENV=production a missing one stops the process at start.
 */
const PRODUCTION_REQUIRED = {
  JWT_SECRET: 'required in production (at least 32 characters)',
  ORGANIZATION_URL: "required in production: your organisation's public URL (e.g. https://factcheck.example), the author url and the base of each fact check's url in every published ClaimReview",
} as const satisfies Partial<Record<keyof z.infer<typeof schema>, string>>;

export function loadConfig(env: RawEnv): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = (Object.keys(PRODUCTION_REQUIRED) as (keyof typeof PRODUCTION_REQUIRED)[]).filter((k) => e[k] === undefined);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `  ${k}: ${PRODUCTION_REQUIRED[k]}`).join('\n')}`);
  }
  const organizationUrl = e.ORGANIZATION_URL ?? DEV_ORGANIZATION_URL;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    queuePrefix: `{${e.QUEUE_PREFIX}}`,
    jwtSecret: e.JWT_SECRET ?? (e.NODE_ENV === 'production' ? randomBytes(32).toString('hex') : DEV_JWT_SECRET),
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    bcryptRounds: e.BCRYPT_ROUNDS,
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    leaseMs: e.LEASE_MS,
    requiredReviews: e.REQUIRED_REVIEWS,
    highScoreThreshold: e.HIGH_SCORE_THRESHOLD ?? null,
    requiredReviewsHighScore: e.REQUIRED_REVIEWS_HIGH_SCORE,
    matchLinkThreshold: e.MATCH_LINK_THRESHOLD,
    matchSuggestThreshold: Math.min(e.MATCH_SUGGEST_THRESHOLD, e.MATCH_LINK_THRESHOLD),
    matchIndex: e.MATCH_INDEX,
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    extractionConcurrency: e.EXTRACTION_CONCURRENCY,
    extractionLockMs: e.EXTRACTION_LOCK_MS,
    reconcileIntervalMs: e.RECONCILE_INTERVAL_MS,
    outboxPollMs: e.OUTBOX_POLL_MS,
    workerMetricsPort: e.WORKER_METRICS_PORT,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    logLevel: e.LOG_LEVEL,
    schemaFile: e.SCHEMA_FILE,
    graphiql: e.GRAPHIQL,
    uiDistDir: e.UI_DIST_DIR ?? null,
    graphqlDriver: e.GRAPHQL_DRIVER,
    sqlStatementCount: e.SQL_STATEMENT_COUNT,
    bodyLimitBytes: e.BODY_LIMIT_BYTES ?? e.MAX_ARTICLE_BYTES * 2 + 64 * 1024,
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    graphqlLimits: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxAliases: e.GRAPHQL_MAX_ALIASES, maxCost: e.GRAPHQL_MAX_COST, maxTokens: e.GRAPHQL_MAX_TOKENS, maxBatch: e.GRAPHQL_MAX_BATCH },
    ingest: { batchMax: e.INGEST_BATCH_MAX, streamMaxItems: e.INGEST_STREAM_MAX_ITEMS },
    webhooks: {
      allowedHosts: e.WEBHOOK_ALLOWED_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean),
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffMs: e.WEBHOOK_BACKOFF_MS,
      disableAfter: e.WEBHOOK_DISABLE_AFTER,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      concurrency: e.WEBHOOK_CONCURRENCY,
    },
    organization: {
      name: e.ORGANIZATION_NAME,
      url: organizationUrl,
      claimReviewUrlTemplate: e.CLAIMREVIEW_URL_TEMPLATE ?? `${organizationUrl.replace(/\/+$/, '')}/fact-checks/{id}`,
    },
  };
}
