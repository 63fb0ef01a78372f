import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClaimModel } from './claim.model';

@ObjectType('ClaimEdge')
export class ClaimEdge {
  @Field() cursor!: string;
  @Field(() => ClaimModel) node!: ClaimModel;
}

@ObjectType('PageInfo')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('ClaimConnection')
export class ClaimConnection {
  @Field(() => [ClaimEdge]) edges!: ClaimEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  // Resolved by ClaimConnectionResolver from `count`: the COUNT(*) runs only when a client asks for it.
  @Field(() => Int) totalCount?: number;
  /** Counts every claim the filter matches; not a GraphQL field. */
  count!: () => Promise<number>;
}
