// W1's CPU per ingested article, by process: where the time of submitArticle →
// EXTRACTED → review jobs in BullMQ goes, read as CPU (not rates, which a shared
// 2-core machine blurs).
//   npx tsx bench/cpu-per-article.ts [clients=10] [articles=100] [warmup=40]
// A warm-up of `warmup` articles (JIT, pools, a table that has claims to match),
// then `articles` more at `clients` closed loops (W1's driver), until every one is
// EXTRACTED and the outbox is empty. Per article: CPU of the api, the worker, the
// driver, the Postgres backends of the stack's database (split by the process
// holding the connection), Postgres's shared background processes and the
// Redis server (both shared with whatever else runs on the machine: read them
// as an upper bound).
// PG_LOG=1 also logs every statement of the stack's database during the measured
// run (ALTER DATABASE … SET log_min_duration_statement = 0, then api and worker
// restarted so their connections take it) and sums the durations by statement
// kind, the matching search apart: wall time inside Postgres, not CPU, but the
// search is CPU-bound. The setting goes with the database when the stack drops it.
// CLAIMCHECK_ROOT=<tree> measures another checkout's built dist/ (its
// test/support/stack.ts starts the processes). CPU_PROF_DIR=<dir> runs api and
// worker under --cpu-prof.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, mkdtempSync, openSync, readSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Stack as StackClass } from '../test/support/stack';
import { benchArticles, type BenchArticle } from './lib/articles';
import { printProfile } from './lib/profile';
import { cpuMsIfAlive as cpuMs } from './lib/proc-cpu';

const PG_LOG_FILE = '/var/log/postgresql/postgresql-15-main.log';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));


const pidsOf = (pattern: RegExp): number[] =>
  execFileSync('ps', ['-eo', 'pid=,args='])
    .toString()
    .split('\n')
    .filter((l) => pattern.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));

/** Runs W1's driver (bench/drivers/ingest.ts) and returns its result with its own CPU time. */
function drive(url: string, token: string, concurrency: number, articles: BenchArticle[]): Promise<{ ids: string[]; cpu: number }> {
  const file = join(mkdtempSync(join(tmpdir(), 'cpa-')), 'config.json');
  writeFileSync(file, JSON.stringify({ url, token, concurrency, articles }));
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'drivers', 'ingest.ts')], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, BENCH_CONFIG_FILE: file },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let cpu = 0;
    // Read just before it exits: sampled while it runs, the last value is close enough (its tail is the JSON write).
    const timer = setInterval(() => (cpu = cpuMs(child.pid!) ?? cpu), 50);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return rej(new Error(`driver exited ${code}`));
      res({ ids: (JSON.parse(out.trim().split('\n').at(-1)!) as { ids: string[] }).ids, cpu });
    });
  });
}

/** Backend pid → CPU ms, and which local process holds each backend's connection (by client port). */
class Backends {
  readonly last = new Map<number, { first: number; now: number; port: number }>();
  constructor(private readonly stack: StackClass, private readonly exclude: Set<number>) {}
  async sample(): Promise<void> {
    const r = await this.stack.pg.query<{ pid: number; port: number }>(`SELECT pid, client_port AS port FROM pg_stat_activity WHERE datname = current_database()`);
    for (const { pid, port } of r.rows) {
      if (this.exclude.has(pid)) continue;
      const now = cpuMs(pid);
      if (now === null) continue;
      const seen = this.last.get(pid);
      if (seen) seen.now = now;
      else this.last.set(pid, { first: now, now, port });
    }
  }
  /** CPU ms by the process on the client side of each connection. */
  byClient(names: Map<number, string>): Map<string, number> {
    const owner = new Map<number, string>();
    for (const line of execFileSync('ss', ['-tnpH']).toString().split('\n')) {
      const m = /127\.0\.0\.1:(\d+)\s+127\.0\.0\.1:5432\s+users:\(\("[^"]*",pid=(\d+)/.exec(line);
      if (m) owner.set(Number(m[1]), names.get(Number(m[2])) ?? `pid ${m[2]}`);
    }
    const out = new Map<string, number>();
    for (const { first, now, port } of this.last.values()) {
      const who = owner.get(port) ?? 'closed before the end';
      out.set(who, (out.get(who) ?? 0) + now - first);
    }
    return out;
  }
}

/**
 * The statement kinds of a Postgres log excerpt: wall ms from the duration lines (parse, bind and execute
 * each count, the statement once), and CPU ms (user + system) from the statistics line that
 * log_statement_stats writes right after each of them, paired by backend pid.
 */
function statementCosts(text: string, db: string): Map<string, { ms: number; cpu: number; n: number }> {
  const out = new Map<string, { ms: number; cpu: number; n: number }>();
  const lastKind = new Map<string, string>();
  for (const rec of text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/)) {
    if (!rec.includes(`@${db} `)) continue;
    const pid = /\[(\d+)\]/.exec(rec)?.[1] ?? '';
    const m = /duration: ([\d.]+) ms\s+(?:(parse|bind|execute) [^:]*|statement): ([\s\S]*)/.exec(rec);
    if (m) {
      const kind = kindOf(m[3]!.replace(/\s+/g, ' ').trim());
      lastKind.set(pid, kind);
      const seen = out.get(kind) ?? { ms: 0, cpu: 0, n: 0 };
      out.set(kind, { ...seen, ms: seen.ms + Number(m[1]), n: seen.n + (m[2] === 'parse' || m[2] === 'bind' ? 0 : 1) });
      continue;
    }
    const u = /system usage stats:\s+!\s+([\d.]+) s user, ([\d.]+) s system/.exec(rec);
    const kind = lastKind.get(pid);
    if (u && kind) out.get(kind)!.cpu += 1000 * (Number(u[1]) + Number(u[2]));
  }
  return out;
}

function kindOf(sql: string): string {
  if (/similarity\(c\.normalized_text, q\.t\) = 1/.test(sql)) return 'MATCHING exactForEach (hash lookup)';
  if (/similarity\(c\.normalized_text, q\.t\)/.test(sql)) return 'MATCHING nearestForEach (trigram search)';
  if (/pg_trgm\.similarity_threshold/.test(sql)) return 'MATCHING set_config threshold';
  return sql.slice(0, 90);
}

async function main(): Promise<void> {
  const clients = Number(process.argv[2] ?? 10);
  const n = Number(process.argv[3] ?? 100);
  const warmup = Number(process.argv[4] ?? 40);
  const root = resolve(process.env['CLAIMCHECK_ROOT'] ?? join(__dirname, '..'));
  const profDir = process.env['CPU_PROF_DIR'];
  const { Stack, ADMIN } = (await import(join(root, 'test', 'support', 'stack.ts'))) as typeof import('../test/support/stack');
  const { Q } = (await import(join(root, 'test', 'support', 'factories.ts'))) as typeof import('../test/support/factories');
  const stack = new Stack();
  // A start that fails half-way (no build, a migration refused) must not leave its database behind.
  await stack.start({ env: { RATE_LIMIT_MAX: '100000000', RECONCILE_INTERVAL_MS: '3600000' }, nodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [] }).catch(async (err: unknown) => {
    await stack.stop().catch(() => undefined);
    throw err;
  });
  process.once('uncaughtException', (err) => {
    process.stderr.write(`${err.stack ?? String(err)}\n`);
    void stack.stop().finally(() => process.exit(1));
  });
  // The measured run's span on the monotonic clock V8's profiles use (µs), and the processes to read them of.
  const window = { from: 0, to: Infinity };
  const profiled: [string, number][] = [];
  try {
    // A schema experiment, run on the migrated database before any article.
    if (process.env['CPA_SQL']) await stack.pg.query(process.env['CPA_SQL']);
    process.stdout.write(`stack from ${root}; load ${readFileSync('/proc/loadavg', 'utf8').trim()}\n`);
    const url = `${stack.url}/graphql`;
    const token = (await stack.gql().ok<{ login: { token: string } }>(Q.login, ADMIN)).login.token;
    const queued = async (ids: string[]): Promise<void> => {
      for (;;) {
        const r = await stack.pg.query<{ pending: string; outbox: string }>(
          `SELECT (SELECT count(*) FROM articles WHERE id = ANY($1) AND status IN ('PENDING', 'EXTRACTING')) AS pending, (SELECT count(*) FROM outbox) AS outbox`,
          [ids],
        );
        if (r.rows[0]!.pending === '0' && r.rows[0]!.outbox === '0') return;
        await sleep(20);
      }
    };
    await queued((await drive(url, token, clients, benchArticles(warmup, 'cpa-warm'))).ids);
    if (process.env['PG_LOG'] === '1') {
      await stack.pg.query(`ALTER DATABASE ${stack.dbName} SET log_min_duration_statement = 0`);
      await stack.pg.query(`ALTER DATABASE ${stack.dbName} SET log_statement_stats = on`);
      await stack.restart('api');
      await stack.restart('worker');
      await sleep(3000);
    }
    const self = new Set((await stack.pg.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`)).rows.map((r) => r.pid));
    const backends = new Backends(stack, self);
    await backends.sample();
    const api = stack.api!.pid!;
    const worker = stack.worker!.pid!;
    const redis = pidsOf(/redis-server/);
    const pgAux = pidsOf(/postgres: 15\/main: (checkpointer|background writer|walwriter|autovacuum)/);
    const sum = (pids: number[]): number => pids.reduce((a, p) => a + (cpuMs(p) ?? 0), 0);
    const c0 = { api: cpuMs(api)!, worker: cpuMs(worker)!, redis: sum(redis), pgAux: sum(pgAux) };
    const logFrom = statSync(PG_LOG_FILE).size;
    const sampler = setInterval(() => void backends.sample().catch(() => undefined), 250);
    const t0 = Date.now();
    window.from = Number(process.hrtime.bigint() / 1000n);
    const run = await drive(url, token, clients, benchArticles(n, 'cpa-run'));
    await queued(run.ids);
    const seconds = (Date.now() - t0) / 1000;
    window.to = Number(process.hrtime.bigint() / 1000n);
    profiled.push(['api', api], ['worker', worker]);
    clearInterval(sampler);
    await backends.sample();
    const per = (ms: number): string => (ms / n).toFixed(1).padStart(6);
    const names = new Map([[api, 'api'], [worker, 'worker']]);
    const pg = backends.byClient(names);
    const rows: [string, number][] = [
      ['api', cpuMs(api)! - c0.api],
      ['worker', cpuMs(worker)! - c0.worker],
      ['driver (W1 load generator)', run.cpu],
      ...[...pg].map(([who, ms]): [string, number] => [`Postgres backends of ${who}`, ms]),
      ['Postgres background (shared)', sum(pgAux) - c0.pgAux],
      ['Redis server (shared)', sum(redis) - c0.redis],
    ];
    const claims = (await stack.pg.query<{ n: string }>(`SELECT count(*) AS n FROM claims`)).rows[0]!.n;
    // Updates that wrote no index entry (HOT) and the matching index's size: a claim row updated off its page enters every index again.
    const heap = (
      await stack.pg.query<{ upd: string; hot: string; trgm: string }>(
        `SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot, pg_size_pretty(pg_relation_size('claims_canonical_text_trgm_idx')) AS trgm FROM pg_stat_user_tables WHERE relname = 'claims'`,
      )
    ).rows[0]!;
    process.stdout.write(
      `${clients} clients, ${n} articles after ${warmup}: ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(1)} articles/s; ${claims} claims at the end; load ${readFileSync('/proc/loadavg', 'utf8').trim()}\n` +
        `claims updates ${heap.upd}, of them HOT ${heap.hot}; claims_canonical_text_trgm_idx ${heap.trgm}\n` +
        `CPU ms per article:\n${rows.map(([k, v]) => `  ${per(v)}  ${k}`).join('\n')}\n  ${per(rows.reduce((a, [, v]) => a + v, 0))}  total\n`,
    );
    if (process.env['PG_LOG'] === '1') {
      await sleep(500);
      const size = statSync(PG_LOG_FILE).size;
      const buf = Buffer.alloc(size - logFrom);
      const fd = openSync(PG_LOG_FILE, 'r');
      readSync(fd, buf, 0, buf.length, logFrom);
      closeSync(fd);
      const costs = [...statementCosts(buf.toString('utf8'), stack.dbName)].sort((a, b) => b[1].cpu - a[1].cpu);
      const total = (f: (k: string) => boolean, v: 'ms' | 'cpu'): number => costs.filter(([k]) => f(k)).reduce((a, [, c]) => a + c[v], 0);
      const all = (): boolean => true;
      const matching = (k: string): boolean => k.startsWith('MATCHING');
      process.stdout.write(
        `Postgres statements per article (log_statement_stats, the logging itself included): CPU ${(total(all, 'cpu') / n).toFixed(1)} ms, of which the matching search ${(total(matching, 'cpu') / n).toFixed(1)} ms (${((100 * total(matching, 'cpu')) / total(all, 'cpu')).toFixed(0)} %); wall ${(total(all, 'ms') / n).toFixed(1)} ms, matching ${(total(matching, 'ms') / n).toFixed(1)}\n` +
          `      CPU ms   wall ms   count\n` +
          costs.slice(0, 30).map(([k, v]) => `  ${(v.cpu / n).toFixed(2).padStart(7)}  ${(v.ms / n).toFixed(2).padStart(8)}  ${(v.n / n).toFixed(2).padStart(5)}×  ${k}`).join('\n') +
          '\n',
      );
    }
  } finally {
    await stack.stop();
  }
  for (const [name, pid] of profDir ? profiled : []) {
    process.stdout.write(`\n${name}'s profile, the measured run only (µs ${window.from}–${window.to}): `);
    printProfile(profDir!, window, (f) => f.includes(`.${pid}.`));
  }
}

void main();
