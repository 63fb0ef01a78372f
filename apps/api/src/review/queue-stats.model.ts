import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('QueueStats')
export class QueueStatsModel {
  @Field(() => Int, { description: 'Extracted, not (yet) queued' }) extracted!: number;
  @Field(() => Int, { description: 'QUEUED: waiting for a reviewer' }) waiting!: number;
  @Field(() => Int) inReview!: number;
  @Field(() => Int) reviewed!: number;
  @Field(() => Int) disputed!: number;
  @Field(() => Int) published!: number;
  @Field(() => Int) dismissed!: number;
  @Field(() => Int, { description: 'Jobs waiting in the review queue (Redis); heals to match `waiting`' }) queueDepth!: number;
  @Field(() => Int, { description: "Disputes an editor finds in the editors' queue (`disputeQueue`): DISPUTED claims whose job waits in Redis; heals to match `disputed`" })
  disputeQueueDepth!: number;
  @Field({ description: 'When these figures were read' }) at!: Date;
}
