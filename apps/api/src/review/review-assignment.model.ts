import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AssignmentStatus } from '@app/domain';
import { ClaimModel } from '../claims/claim.model';
import '../common/enums.graphql';

@ObjectType('ReviewAssignment')
export class ReviewAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ClaimModel) claim!: ClaimModel;
  @Field(() => AssignmentStatus) status!: AssignmentStatus;
  @Field() takenAt!: Date;
  @Field({ description: 'When the lease ends unless renewed' }) expiresAt!: Date;
}
