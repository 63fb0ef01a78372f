import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimConnection } from './claim-connection.model';

@Resolver(() => ClaimConnection)
export class ClaimConnectionResolver {
  /** Every claim the filter matches, not only this page. */
  @ResolveField(() => Int)
  totalCount(connection: ClaimConnection): Promise<number> {
    return connection.count();
  }
}
