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
  @Field(() => Int) totalCount!: number;
}
