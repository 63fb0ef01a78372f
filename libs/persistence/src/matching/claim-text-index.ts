import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { PgListener } from '../pg-listener';
import { SEARCHABLE_CLAIM_SQL } from '../repositories/claim-match.repository';
import { TrigramIndex, type TrigramHit } from './trigram-index';

/** Notified by the claims table's triggers (migration ClaimTextNotify) of each change to what a search may find. */
export const CLAIM_TEXT_CHANNEL = 'claimcheck_claim_texts';
// A payload no change can be: a process's own marker that everything committed before it has been applied.
const BARRIER = 'barrier:';

type Op = { kind: 'set'; id: string; text: string } | { kind: 'delete'; id: string } | { kind: 'read'; id: string } | { kind: 'barrier'; token: string };

const UUID_LENGTH = 36;

/** The triggers' payloads: '+<id> <text>' (index it), '-<id>' (forget it), '?<id>' (read it: too long to send); and markers. */
function parseOp(payload: string): Op | null {
  if (payload.startsWith(BARRIER)) return { kind: 'barrier', token: payload.slice(BARRIER.length) };
  const id = payload.slice(1, 1 + UUID_LENGTH);
  switch (payload[0]) {
    case '+':
      return { kind: 'set', id, text: payload.slice(2 + UUID_LENGTH) };
    case '-':
      return { kind: 'delete', id };
    case '?':
      return { kind: 'read', id };
    default:
      return null;
  }
}
const PAGE = 20_000;
// How long a search waits for its marker before it asks Postgres instead.
const BARRIER_TIMEOUT_MS = 2_000;

/**
 * The canonical, undismissed claims' normalised texts (the ones a search may
 * return), kept in this process in a TrigramIndex, so finding similar claims
 * costs counting instead of a Postgres trigram index scan that reads most of
 * the index (docs/w5-matching-findings.md). Postgres stays the truth: the
 * index only proposes candidates and every caller checks them there.
 *
 * In step with Postgres: loaded when the process's listener comes up, and
 * told of every change by the claims table's triggers (a NOTIFY on commit,
 * whatever wrote it, carrying the new text). Before answering, a
 * search sends a marker on the same channel and waits for it to come back:
 * notifications arrive in commit order, so by then every change committed
 * before the search began has been read, and the index answers as a query
 * would. While the listener is down, loading, or the marker is late, it says
 * it cannot answer (null) and the caller asks Postgres's index.
 */
@Injectable()
export class ClaimTextIndex implements OnApplicationShutdown {
  private readonly logger = new Logger(ClaimTextIndex.name);
  private readonly index = new TrigramIndex();
  private ready = false;
  // Bumped by every loss and reload: work started before one must not be trusted after it.
  private generation = 0;
  // The load and the notified changes, applied one after another, in the order they came.
  private chain: Promise<void> = Promise.resolve();
  private ops: Op[] = [];
  private draining = false;
  private readonly waiting = new Map<string, (ok: boolean) => void>();
  private nextBarrier: Promise<boolean> | null = null;
  private stopped = false;
  private readonly answerHandlers: ((fromMemory: boolean) => void)[] = [];

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(PgListener) private readonly listener: PgListener,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (!config.matchIndex) return;
    listener.on(CLAIM_TEXT_CHANNEL, (payload) => this.notified(payload));
    listener.onState((up) => (up ? this.reload() : this.lost()));
  }

  /** Claims indexed now (tests and metrics). */
  get size(): number {
    return this.index.size;
  }

  /** True while searches are answered from memory. */
  get isReady(): boolean {
    return this.ready;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    this.lost();
  }

  /**
   * Waits until every change committed before the call has been read; false
   * when the index cannot answer (not loaded, listener down, marker late):
   * the caller then asks Postgres.
   */
  async catchUp(): Promise<boolean> {
    const generation = this.generation;
    const ok = this.ready && (await this.barrier()) && this.ready && generation === this.generation;
    for (const h of this.answerHandlers) h(ok);
    return ok;
  }

  /** Calls `handler` for each search, with whether the index answers it (true) or Postgres does (false). */
  onAnswer(handler: (fromMemory: boolean) => void): void {
    this.answerHandlers.push(handler);
  }

  /**
   * For each text, the canonical, undismissed claims at least `minSimilarity`
   * like it, nearest first, as far as the index has read (call `catchUp`
   * first); null when it cannot answer. Candidates only: a claim may have
   * changed since, so the caller checks each one in Postgres.
   */
  search(texts: readonly string[], minSimilarity: number): TrigramHit[][] | null {
    if (!this.ready) return null;
    return texts.map((t) => this.index.search(t, minSimilarity));
  }

  // Searches that start in the same turn of the event loop share one marker.
  private barrier(): Promise<boolean> {
    this.nextBarrier ??= new Promise<boolean>((resolve) => {
      setImmediate(() => {
        this.nextBarrier = null;
        const token = randomUUID();
        const timer = setTimeout(() => this.settle(token, false), BARRIER_TIMEOUT_MS);
        timer.unref();
        this.waiting.set(token, (ok) => {
          clearTimeout(timer);
          resolve(ok);
        });
        this.ds.query(`SELECT pg_notify($1, $2)`, [CLAIM_TEXT_CHANNEL, BARRIER + token]).catch(() => this.settle(token, false));
      });
    });
    return this.nextBarrier;
  }

  private settle(token: string, ok: boolean): void {
    const resolve = this.waiting.get(token);
    if (!resolve) return;
    this.waiting.delete(token);
    resolve(ok);
  }

  private notified(payload: string): void {
    const op = parseOp(payload);
    // Another process's marker: nothing waits for it here.
    if (!op || (op.kind === 'barrier' && !this.waiting.has(op.token))) return;
    this.ops.push(op);
    if (this.draining) return;
    this.draining = true;
    this.enqueue(() => this.drain());
  }

  private enqueue(step: () => Promise<void>): void {
    const generation = this.generation;
    this.chain = this.chain
      .then(async () => {
        if (generation === this.generation) await step();
      })
      .catch((err: unknown) => {
        // A read that failed leaves the index behind Postgres: stop answering until a reload has caught up.
        this.logger.warn(`Claim text index: ${(err as Error).message}; reloading`);
        this.lost();
        if (!this.stopped && this.listener.isUp) setTimeout(() => this.reload(), 1000).unref();
      });
  }

  /** Applies the notified changes in order; a run of claims to read is read in one query, in its place. */
  private async drain(): Promise<void> {
    while (this.ops.length > 0) {
      const ops = this.ops;
      this.ops = [];
      let toRead: string[] = [];
      for (const op of ops) {
        if (op.kind === 'read') {
          toRead.push(op.id);
          continue;
        }
        if (toRead.length) await this.read(toRead);
        toRead = [];
        if (op.kind === 'set') this.index.set(op.id, op.text);
        else if (op.kind === 'delete') this.index.delete(op.id);
        else this.settle(op.token, this.ready);
      }
      if (toRead.length) await this.read(toRead);
    }
    this.draining = false;
  }

  /** Reads claims whose text was too long to notify: one no longer searchable (linked, dismissed, deleted) leaves the index. */
  private async read(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += PAGE) {
      const batch = ids.slice(i, i + PAGE);
      const rows = await this.ds.query<{ id: string; normalized_text: string }[]>(
        `SELECT c.id, c.normalized_text FROM claims c WHERE c.id = ANY($1::uuid[]) AND ${SEARCHABLE_CLAIM_SQL}`,
        [batch],
      );
      const found = new Set<string>();
      for (const r of rows) {
        this.index.set(r.id, r.normalized_text);
        found.add(r.id);
      }
      for (const id of batch) if (!found.has(id)) this.index.delete(id);
    }
  }

  private reload(): void {
    if (this.stopped) return;
    this.lost();
    this.enqueue(async () => {
      const started = Date.now();
      this.index.clear();
      // Page by id: a claim written while this runs is also notified, and read again after the load.
      let after = '00000000-0000-0000-0000-000000000000';
      for (;;) {
        const rows = await this.ds.query<{ id: string; normalized_text: string }[]>(
          `SELECT c.id, c.normalized_text FROM claims c WHERE c.id > $1 AND ${SEARCHABLE_CLAIM_SQL} ORDER BY c.id LIMIT ${PAGE}`,
          [after],
        );
        for (const r of rows) this.index.set(r.id, r.normalized_text);
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1]!.id;
      }
      this.ready = true;
      this.logger.log(`Claim text index loaded: ${this.index.size} claims in ${Date.now() - started} ms`);
    });
  }

  /** Notifications may have been missed: answer nothing from memory until reloaded. */
  private lost(): void {
    this.ready = false;
    this.generation++;
    this.ops = [];
    this.draining = false;
    for (const token of [...this.waiting.keys()]) this.settle(token, false);
  }
}
