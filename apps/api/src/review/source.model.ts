import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Source')
export class SourceModel {
  @Field() url!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) publisher!: string | null;
  @Field(() => String, { nullable: true, description: 'The passage quoted as evidence' }) excerpt!: string | null;
}
