import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Cluster, Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArticleStatus, ClaimStatus, reviewPriority, WebhookDeliveryStatus } from '@app/domain';
import { Metrics } from '@app/observability';
import { jobIdOf, QueueName, QueueProducer, type JobItem } from '@app/queue';
import { ExtractionService } from '../extraction/extraction.service';
import { LeaseSweeper } from '../leases/lease-sweeper';
import { REDIS } from '../redis.token';
import { readAhead } from './read-ahead';

const PAGE = 1000;
// How often Redis is asked whether it still remembers us (one EXISTS): a flush or an empty restart is repaired within this.
const AMNESIA_CHECK_MS = 3000;

export interface ReconcileReport {
  claimsRequeued: number;
  leasesReleased: number;
  orphanedTakesFreed: number;
  articlesRequeued: number;
  articlesFailed: number;
  deliveriesRequeued: number;
  disputesRequeued: number;
  ms: number;
}

/**
 * Redis is a cache of the queues; Postgres is the record. At start, every
 * RECONCILE_INTERVAL_MS, and as soon as Redis is found to have forgotten
 * everything (a marker key is gone), this compares the two and repairs the
 * queues: a QUEUED claim without its review job gets it back, an IN_REVIEW
 * claim without a live lease goes back to QUEUED, a PENDING or EXTRACTING
 * article without its job gets it back, and so do a webhook delivery still
 * to be sent and a DISPUTED claim's place in the editors' queue. Lookups are batched (one pipeline per
 * page of 1,000 rows), so thousands of claims take a few round trips.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(Reconciler.name);
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<ReconcileReport | null> | null = null;
  private stopped = false;
  private readonly markerKey: string;

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis | Cluster,
    @Inject(QueueProducer) private readonly producer: QueueProducer,
    @Inject(LeaseSweeper) private readonly leases: LeaseSweeper,
    @Inject(ExtractionService) private readonly extraction: ExtractionService,
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Same hash tag as the queues: one Cluster slot, so it can share their pipelines.
    this.markerKey = `${config.queuePrefix}:reconciler:marker`;
  }

  onApplicationBootstrap(): void {
    void this.run('start');
    this.timers.push(setInterval(() => void this.run('schedule'), this.config.reconcileIntervalMs));
    this.timers.push(setInterval(() => void this.checkMemory(), AMNESIA_CHECK_MS));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.running;
  }

  /** Runs one reconciliation unless one is already running (then waits for that one). */
  run(reason: string): Promise<ReconcileReport | null> {
    if (this.stopped) return Promise.resolve(null);
    this.running ??= this.reconcile()
      .then((report) => {
        const repaired = report.claimsRequeued + report.leasesReleased + report.orphanedTakesFreed + report.articlesRequeued + report.articlesFailed + report.deliveriesRequeued + report.disputesRequeued;
        if (repaired > 0 || reason !== 'schedule') this.logger.log({ msg: `Reconciled (${reason})`, reason, ...report });
        return report;
      })
      .catch((err: unknown) => {
        this.logger.warn(`Reconcile (${reason}) failed: ${(err as Error).message}; next try in ${this.config.reconcileIntervalMs} ms`);
        return null;
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  /** A missing marker means Redis lost its data (FLUSHALL, or restarted empty): repair now, not at the next tick. */
  private async checkMemory(): Promise<void> {
    if (this.running || this.stopped) return;
    try {
      if ((await this.redis.exists(this.markerKey)) === 0) {
        this.logger.warn('Redis has forgotten the queues (marker key gone): reconciling now');
        await this.run('redis-lost-data');
      }
    } catch {
      // Redis is away; the check runs again in a moment.
    }
  }

  async reconcile(): Promise<ReconcileReport> {
    const started = Date.now();
    // Set first: if Redis forgets again while this runs, the next check notices.
    await this.redis.set(this.markerKey, randomUUID());
    const leasesReleased = await this.releaseLostLeases();
    const { requeued: claimsRequeued, orphans: orphanedTakesFreed } = await this.requeueClaims();
    const { requeued: articlesRequeued, failed: articlesFailed } = await this.requeueArticles();
    const deliveriesRequeued = await this.requeueDeliveries();
    const disputesRequeued = await this.requeueDisputes();
    const ms = Date.now() - started;
    this.metrics.reconcileDuration.observe(ms / 1000);
    const count = (kind: string, n: number): void => void (n > 0 && this.metrics.reconcileRepairs.inc({ kind }, n));
    count('claim_requeued', claimsRequeued);
    count('lease_released', leasesReleased);
    count('orphaned_take_freed', orphanedTakesFreed);
    count('article_requeued', articlesRequeued);
    count('article_failed', articlesFailed);
    count('delivery_requeued', deliveriesRequeued);
    count('dispute_requeued', disputesRequeued);
    return { claimsRequeued, leasesReleased, orphanedTakesFreed, articlesRequeued, articlesFailed, deliveriesRequeued, disputesRequeued, ms };
  }

  /** IN_REVIEW claims whose lease is gone (expired, or no ACTIVE assignment at all) go back to QUEUED. */
  private async releaseLostLeases(): Promise<number> {
    const rows = await this.ds.query<{ id: string }[]>(
      `SELECT c.id FROM claims c
        WHERE c.status = $1
          AND NOT EXISTS (SELECT 1 FROM review_assignments a WHERE a.claim_id = c.id AND a.status = 'ACTIVE' AND a.expires_at > now())`,
      [ClaimStatus.IN_REVIEW],
    );
    let n = 0;
    for (const r of rows) if (await this.leases.releaseIfLeaseGone(r.id)) n++;
    return n;
  }

  /**
   * Every QUEUED claim must have its current review job (id carries queue_seq)
   * in Redis, and that job must be takeable: a job left active without a lock
   * (an api died between taking it and recording the assignment) is put back.
   */
  private async requeueClaims(): Promise<{ requeued: number; orphans: number }> {
    const orphans = await this.freeOrphanedTakes();
    const requeued = await this.requeueMissing(
      (after) =>
        this.ds.query<{ id: string; queue_seq: number; checkworthiness: number }[]>(
          `SELECT id, queue_seq, checkworthiness FROM claims WHERE status = $1 AND id > $2 ORDER BY id LIMIT ${PAGE}`,
          [ClaimStatus.QUEUED, after],
        ),
      (c) => ({ queue: QueueName.ClaimReview, name: 'review-claim', data: { claimId: c.id, seq: c.queue_seq }, priority: reviewPriority(c.checkworthiness) }),
    );
    return { requeued, orphans };
  }

  /**
   * A webhook delivery still to be sent (PENDING, or RETRYING between
   * attempts) must have its job; one lost with Redis is sent again at once
   * (the wait before its next attempt is gone with the job).
   */
  private requeueDeliveries(): Promise<number> {
    return this.requeueMissing(
      (after) =>
        this.ds.query<{ id: string }[]>(`SELECT id FROM webhook_deliveries WHERE status IN ($1, $2) AND id > $3 ORDER BY id LIMIT ${PAGE}`, [
          WebhookDeliveryStatus.PENDING,
          WebhookDeliveryStatus.RETRYING,
          after,
        ]),
      (d) => ({ queue: QueueName.WebhookDelivery, name: 'deliver-webhook', data: { deliveryId: d.id } }),
    );
  }

  /**
   * A DISPUTED claim must wait in the editors' queue with its round's job:
   * nothing else lists disputes, so one lost with Redis was never seen again.
   */
  private requeueDisputes(): Promise<number> {
    return this.requeueMissing(
      (after) =>
        this.ds.query<{ id: string; review_round: number }[]>(`SELECT id, review_round FROM claims WHERE status = $1 AND id > $2 ORDER BY id LIMIT ${PAGE}`, [
          ClaimStatus.DISPUTED,
          after,
        ]),
      (c) => ({ queue: QueueName.DisputeReview, name: 'resolve-dispute', data: { claimId: c.id, round: c.review_round } }),
    );
  }

  /** Walks the rows page by page (`read` returns the ids after its argument, in id order, PAGE at most) and adds each row's job that Redis lacks. */
  private async requeueMissing<R extends { id: string }>(read: (after: string) => Promise<R[]>, jobOf: (row: R) => JobItem): Promise<number> {
    let requeued = 0;
    await readAhead(
      async (after) => {
        const page = await read(after);
        const items = page.map(jobOf);
        const exists = await this.existing(items.map((i) => this.producer.queue(i.queue).toKey(jobIdOf(i))));
        return { value: items.filter((_, i) => !exists[i]), last: lastOfFull(page) };
      },
      async (missing) => {
        if (missing.length) await this.producer.addBulk(missing);
        requeued += missing.length;
      },
    );
    return requeued;
  }

  /** Active review jobs whose lock is gone hold nobody's lease: remove them (the QUEUED ones are re-added by the caller). */
  private async freeOrphanedTakes(): Promise<number> {
    const queue = this.producer.queue(QueueName.ClaimReview);
    const active = await this.redis.lrange(queue.toKey('active'), 0, -1);
    if (active.length === 0) return 0;
    const locked = await this.existing(active.map((id) => `${queue.toKey(id)}:lock`));
    let n = 0;
    for (const [i, id] of active.entries()) {
      if (locked[i]) continue;
      // remove() refuses a job that is locked, so a take that began meanwhile keeps its job.
      const removed = await queue.remove(id).catch(() => 0);
      if (removed) n++;
    }
    return n;
  }

  /** PENDING or EXTRACTING articles without their extraction job get it back; one whose job failed for good is marked FAILED. */
  private async requeueArticles(): Promise<{ requeued: number; failed: number }> {
    const queue = this.producer.queue(QueueName.ExtractClaims);
    let requeued = 0;
    let failed = 0;
    await readAhead(
      async (after) => {
        const page = await this.ds.query<{ id: string }[]>(`SELECT id FROM articles WHERE status IN ($1, $2) AND id > $3 ORDER BY id LIMIT ${PAGE}`, [
          ArticleStatus.PENDING,
          ArticleStatus.EXTRACTING,
          after,
        ]);
        const pipe = this.redis.pipeline();
        const items: JobItem[] = page.map((a) => ({ queue: QueueName.ExtractClaims, name: 'extract-claims', data: { articleId: a.id } }));
        for (const item of items) pipe.exists(queue.toKey(jobIdOf(item))).zscore(queue.toKey('failed'), jobIdOf(item));
        const res = (await pipe.exec()) ?? [];
        const missing: JobItem[] = [];
        const gaveUp: { articleId: string; jobId: string }[] = [];
        for (const [i, item] of items.entries()) {
          const [existsErr, exists] = res[2 * i] ?? [null, 0];
          const [, failedScore] = res[2 * i + 1] ?? [null, null];
          if (existsErr) throw existsErr;
          if (!exists) missing.push(item);
          else if (failedScore !== null) gaveUp.push({ articleId: page[i]!.id, jobId: jobIdOf(item) });
        }
        return { value: { missing, gaveUp }, last: lastOfFull(page) };
      },
      async ({ missing, gaveUp }) => {
        for (const { articleId, jobId } of gaveUp) {
          // Its attempts are used up but the article was never marked (e.g. Postgres was down then).
          const job = await queue.getJob(jobId);
          await this.extraction.markFailed(articleId, job?.failedReason || 'extraction failed');
          failed++;
        }
        if (missing.length) await this.producer.addBulk(missing);
        requeued += missing.length;
      },
    );
    return { requeued, failed };
  }

  /** EXISTS for many keys in one round trip (all keys share the queues' hash tag, so this also works on a Cluster). */
  private async existing(keys: readonly string[]): Promise<boolean[]> {
    if (keys.length === 0) return [];
    const pipe = this.redis.pipeline();
    for (const k of keys) pipe.exists(k);
    const res = (await pipe.exec()) ?? [];
    return res.map(([err, n]) => {
      if (err) throw err;
      return Number(n) > 0;
    });
  }
}

/** The id to read on from, or null when a short page was the last one. */
function lastOfFull(page: readonly { id: string }[]): string | null {
  return page.length < PAGE ? null : page[page.length - 1]!.id;
}
