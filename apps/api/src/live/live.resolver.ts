import { Inject } from '@nestjs/common';
import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSub } from 'mercurius';
import { ClaimModel } from '../claims/claim.model';
import { ClaimsService } from '../claims/claims.service';
import { QueueStatsModel } from '../review/queue-stats.model';
import { QueueStatsService } from '../review/queue-stats.service';
import { claimTopic, QUEUE_STATS_TOPIC } from './live-events';

/** GraphQL subscriptions (graphql-ws protocol); the token goes in connection_init's payload as `authorization`. */
@Resolver()
export class LiveResolver {
  constructor(
    @Inject(QueueStatsService) private readonly stats: QueueStatsService,
    @Inject(ClaimsService) private readonly claims: ClaimsService,
  ) {}

  @Subscription(() => QueueStatsModel, {
    description: 'The queue figures, each time they may have changed (at most a few times a second)',
    resolve(this: LiveResolver): Promise<QueueStatsModel> {
      return this.stats.recent();
    },
  })
  queueStatsChanged(@Context('pubsub') pubsub: PubSub): Promise<AsyncIterableIterator<unknown>> {
    return pubsub.subscribe(QUEUE_STATS_TOPIC);
  }

  @Subscription(() => ClaimModel, {
    description: 'The claim, each time it changes (status, decision, publication, comments …)',
    resolve(this: LiveResolver, payload: { claimId: string }): Promise<ClaimModel> {
      return this.claims.get(payload.claimId);
    },
  })
  claimUpdated(@Args('id', { type: () => ID }) id: string, @Context('pubsub') pubsub: PubSub): Promise<AsyncIterableIterator<unknown>> {
    return pubsub.subscribe(claimTopic(id));
  }
}
