import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@app/domain';
import { ANY_ROLE, CurrentUser, Roles } from '../common/decorators';
import type { Loaders } from '../common/loaders';
import { GqlContextLoaders } from '../common/loaders.decorator';
import type { Principal } from '../common/principal';
import { UserModel } from '../users/user.model';
import { CommentModel } from './comment.model';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(@Inject(CommentsService) private readonly comments: CommentsService) {}

  @Mutation(() => CommentModel, { description: 'Leave a note on a claim (reviewers and editors); it is not part of the verdict' })
  @Roles(Role.REVIEWER, Role.EDITOR)
  addComment(@Args('claimId', { type: () => ID }) claimId: string, @Args('body') body: string, @CurrentUser() user: Principal): Promise<CommentModel> {
    return this.comments.add(claimId, body, user.id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  @Roles(...ANY_ROLE)
  author(@Parent() comment: CommentModel, @GqlContextLoaders() loaders: Loaders): Promise<UserModel | null> {
    return loaders.user.load(comment.authorId);
  }
}
