import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import IORedis, { Cluster } from 'ioredis';
import { GqlClient } from './gql-client';

const ROOT = join(__dirname, '..', '..');
const PG_BASE = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
export const ADMIN = { email: 'admin@test.local', password: 'admin-password-123' };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const dbUrl = (name: string): string => PG_BASE.replace(/\/[^/]*$/, `/${name}`);

export interface StackOptions {
  env?: Record<string, string>;
  /** Start the worker too (default true). */
  worker?: boolean;
  /** A Postgres server of the test's own (URL of its `postgres` database); default: the machine's. */
  pgBaseUrl?: string;
  /** A Redis of the test's own (may be `redis+cluster://h:p,h:p`); default: the machine's. */
  redisUrl?: string;
  /** Node flags for the api and worker (e.g. --cpu-prof for the bench). */
  nodeArgs?: string[];
}

/** A test-side Redis client for a plain URL or a `redis+cluster://` one. */
export function testRedis(url: string): IORedis | Cluster {
  if (!url.startsWith('redis+cluster://')) return new IORedis(url, { maxRetriesPerRequest: 1 });
  const nodes = url.slice('redis+cluster://'.length).split(',').map((hp) => ({ host: hp.split(':')[0] ?? '127.0.0.1', port: Number(hp.split(':')[1]) }));
  return new Cluster(nodes, { redisOptions: { maxRetriesPerRequest: 1 } });
}

/**
 * The real api and worker, built, as child processes against a fresh database
 * and queue prefix of their own. Nothing is mocked.
 */
export class Stack {
  readonly id = randomBytes(4).toString('hex');
  readonly dbName = `claimcheck_test_${this.id}`;
  databaseUrl = dbUrl(this.dbName);
  readonly queuePrefix = `cctest_${this.id}`;
  port = 0;
  workerMetricsPort = 0;
  pg!: Client;
  redis!: IORedis | Cluster;
  private pgBase = PG_BASE;
  private redisUrl = REDIS_URL;
  api: ChildProcess | null = null;
  worker: ChildProcess | null = null;
  private env: Record<string, string> = {};
  private nodeArgs: string[] = [];

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  gql(token?: string): GqlClient {
    return new GqlClient(`${this.url}/graphql`, token);
  }

  async start(opts: StackOptions = {}): Promise<this> {
    this.pgBase = opts.pgBaseUrl ?? PG_BASE;
    this.redisUrl = opts.redisUrl ?? REDIS_URL;
    this.nodeArgs = opts.nodeArgs ?? [];
    this.databaseUrl = this.pgBase.replace(/\/[^/]*$/, `/${this.dbName}`);
    const admin = new Client({ connectionString: this.pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${this.dbName}`);
    await admin.end();
    this.port = await freePort();
    this.workerMetricsPort = await freePort();
    this.env = {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.queuePrefix,
      PORT: String(this.port),
      WORKER_METRICS_PORT: String(this.workerMetricsPort),
      HOST: '127.0.0.1',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Tests create many users; the production default is 10.
      BCRYPT_ROUNDS: '4',
      OUTBOX_POLL_MS: '200',
      // Tests poll hard from few principals; the rate-limit test sets its own low limit.
      RATE_LIMIT_MAX: '5000',
      ...opts.env,
    };
    await this.run('scripts/migrate.js');
    this.pg = new Client({ connectionString: this.databaseUrl });
    await this.pg.connect();
    this.redis = testRedis(this.redisUrl);
    this.api = this.spawn('api', 'apps/api/src/main.js');
    if (opts.worker !== false) this.worker = this.spawn('worker', 'apps/worker/src/main.js');
    await this.waitReady();
    return this;
  }

  /** Stops (SIGTERM, or the given signal) and starts again one process of the stack. */
  async restart(name: 'api' | 'worker', signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await stopProcess(this[name], signal);
    this[name] = this.spawn(name, name === 'api' ? 'apps/api/src/main.js' : 'apps/worker/src/main.js');
    if (name === 'api') await this.waitReady();
  }

  /** Starts (again) a process of the stack, e.g. after a test killed it; `env` overrides (e.g. another PORT for a second api). */
  spawn(name: string, file: string, env: Record<string, string> = {}): ChildProcess {
    const dir = join(ROOT, 'test', 'artifacts', 'logs');
    mkdirSync(dir, { recursive: true });
    // The child writes its log file itself: through a pipe, its (synchronous) stdout writes waited
    // on this process draining them, which the bench saw as api time (writev in its CPU profile).
    const log = openSync(join(dir, `${this.id}-${name}.log`), 'a');
    try {
      return spawn(process.execPath, [...this.nodeArgs, join(ROOT, 'dist', file)], { env: { ...this.env, ...env }, stdio: ['ignore', log, log] });
    } finally {
      closeSync(log);
    }
  }

  private run(file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist', file)], { env: this.env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited ${code}: ${err}`))));
    });
  }

  // Generous: on a busy 2-core machine loading NestJS alone can take tens of seconds.
  async waitReady(timeoutMs = 120_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.api?.exitCode !== null && this.api?.exitCode !== undefined) throw new Error(`api exited with ${this.api.exitCode}; see test/artifacts/logs/${this.id}-api.log`);
      try {
        const r = await fetch(`${this.url}/health/ready`);
        if (r.status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    throw new Error('api did not become ready');
  }

  async stop(): Promise<void> {
    await Promise.all([stopProcess(this.api), stopProcess(this.worker)]);
    await this.pg?.end().catch(() => undefined);
    if (this.redis) {
      // A Redis of the test's own is thrown away whole; on the shared one, remove only this stack's keys.
      if (this.redisUrl === REDIS_URL) {
        const keys = await this.redis.keys(`{${this.queuePrefix}}*`).catch(() => []);
        if (keys.length) await this.redis.del(...keys);
      }
      this.redis.disconnect();
    }
    const admin = new Client({ connectionString: this.pgBase });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.dbName} WITH (FORCE)`);
    await admin.end();
  }

  /** Counts rows: for "nothing was written" assertions. */
  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const r = await this.pg.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Every table's row count plus a digest of the claims' rows: "nothing was written" covers updates too. */
  async snapshot(): Promise<Record<string, number | string>> {
    const digest = await this.pg.query<{ d: string | null }>(`SELECT md5(string_agg(c::text, '|' ORDER BY c.id)) AS d FROM claims c`);
    return { ...(await this.tableCounts()), claimsDigest: digest.rows[0]?.d ?? '' };
  }

  async tableCounts(): Promise<Record<string, number>> {
    const tables = ['users', 'articles', 'claims', 'review_assignments', 'verdicts', 'sources', 'claim_events', 'outbox', 'final_verdicts', 'published_verdicts', 'comments', 'claim_suggestions', 'api_keys', 'webhooks', 'webhook_events', 'webhook_deliveries'];
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = await this.count(t);
    return out;
  }
}

export async function stopProcess(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `fn` returns a truthy value. */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    await sleep(100);
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
