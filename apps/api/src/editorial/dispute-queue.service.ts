import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, ClaimStatus } from '@app/domain';
import { ClaimEntity } from '@app/persistence';
import { DisputeQueueClient } from '@app/queue';

/** The editors' queue of disputed claims (BullMQ), checked against Postgres so a stale job never shows. */
@Injectable()
export class DisputeQueueService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(DisputeQueueClient) private readonly queue: DisputeQueueClient,
  ) {}

  async waiting(first: number): Promise<ClaimEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first must be between 1 and 100');
    // Read a little past `first` so jobs of claims already resolved elsewhere do not shorten the page.
    const jobs = await this.queue.waiting(0, first * 2 + 10);
    if (jobs.length === 0) return [];
    const claims = await this.ds.getRepository(ClaimEntity).findBy({ id: In(jobs.map((j) => j.data.claimId)) });
    const byId = new Map(claims.map((c) => [c.id, c]));
    const current = jobs.flatMap((j) => {
      const c = byId.get(j.data.claimId);
      return c && c.status === ClaimStatus.DISPUTED && c.reviewRound === j.data.round ? [c] : [];
    });
    return current.slice(0, first);
  }

  count(): Promise<number> {
    return this.queue.count();
  }
}
