import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { ANY_ROLE, CurrentUser, Roles } from '../common/decorators';
import type { Principal } from '../common/principal';
import { UserModel } from '../users/user.model';
import { CommentModel } from './comment.model';
import { CommentsService } from './comments.service';
import { type FieldArgs, RestrictedField } from '../common/fields';
import type { GqlContext } from '../common/gql-context';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(@Inject(CommentsService) private readonly comments: CommentsService) {}

  @Mutation(() => CommentModel, { description: 'Leave a note on a claim (reviewers and editors); it is not part of the verdict' })
  @Roles(Role.REVIEWER, Role.EDITOR)
  addComment(@Args('claimId', { type: () => ID }) claimId: string, @Args('body') body: string, @CurrentUser() user: Principal): Promise<CommentModel> {
    return this.comments.add(claimId, body, user.id);
  }

  @RestrictedField({ roles: ANY_ROLE }, () => UserModel, { nullable: true })
  author(comment: CommentModel, _args: FieldArgs, { loaders }: GqlContext): Promise<UserModel | null> {
    return loaders.user.load(comment.authorId);
  }
}
