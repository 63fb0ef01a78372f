import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, ClaimStatus } from '@app/domain';
import { ClaimEntity, readDisputeQueueDepth } from '@app/persistence';
import { DisputeQueueClient } from '@app/queue';

/**
 * The editors' queue of disputed claims (BullMQ), checked against Postgres so a stale job never shows.
 * A job is stale when its claim is no longer DISPUTED in the job's round (resolved or reopened while
 * the job was on its way through the outbox or the reconciler, or its removal failed). That is for
 * good: a claim leaves a round's dispute only by being resolved (REVIEWED) or reopened (a new
 * round), and the job is only ever added after its claim was seen DISPUTED in that round.
 */
@Injectable()
export class DisputeQueueService {
  private readonly logger = new Logger(DisputeQueueService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(DisputeQueueClient) private readonly queue: DisputeQueueClient,
  ) {}

  /** The oldest `first` disputes an editor can take up; the stale jobs met on the way are dropped. */
  async waiting(first: number): Promise<ClaimEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100');
    const found = new Map<string, ClaimEntity>();
    const stale: string[] = [];
    // Read on, a window at a time, until `first` current disputes are found or the queue ends: reading one
    // window only, a run of stale jobs at the head of the queue hid the disputes waiting behind it.
    const window = first * 2 + 10;
    for (let start = 0; found.size < first; start += window) {
      const jobs = await this.queue.waiting(start, start + window - 1);
      if (jobs.length === 0) break;
      const claims = await this.ds.getRepository(ClaimEntity).findBy({ id: In([...new Set(jobs.map((j) => j.data.claimId))]) });
      const byId = new Map(claims.map((c) => [c.id, c]));
      for (const j of jobs) {
        const c = byId.get(j.data.claimId);
        if (c && c.status === ClaimStatus.DISPUTED && c.reviewRound === j.data.round) found.set(c.id, c);
        else stale.push(j.jobId);
      }
    }
    // Nothing else would ever take them out: each one cost every later read (and the queue's depth) for good.
    await Promise.all(stale.map((jobId) => this.queue.remove(jobId).catch((e: unknown) => this.logger.debug(`Stale dispute job ${jobId} not removed: ${String(e)}`))));
    return [...found.values()].slice(0, first);
  }

  /** How many disputes an editor finds in the queue (readDisputeQueueDepth: the metrics' gauge counts the same). */
  count(): Promise<number> {
    return readDisputeQueueDepth(this.ds, this.queue);
  }
}
