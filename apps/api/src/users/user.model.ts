import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@app/domain';
import '../common/enums.graphql';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => Role) role!: Role;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Null while the account is active' }) deactivatedAt!: Date | null;
}
