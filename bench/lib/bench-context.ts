import { Q } from '../../test/support/factories';
import { ADMIN, type Stack } from '../../test/support/stack';
import type { Ctx, Sizes } from './context';
import { createBaselineTables } from './seed';

/** The baselines' queue prefix: the same Redis as the service, apart from its keys. */
export const rawPrefixOf = (stack: Stack): string => `${stack.queuePrefix}_raw`;

/** What the workloads run with, over a started stack: the admin's token, the baselines' tables, where rows go. */
export async function benchContext(stack: Stack, sizes: Sizes): Promise<Ctx> {
  const login = await stack.gql().ok<{ login: { token: string; user: { id: string } } }>(Q.login, ADMIN);
  await createBaselineTables(stack.pg);
  return {
    stack,
    graphqlUrl: `${stack.url}/graphql`,
    adminToken: login.login.token,
    adminId: login.login.user.id,
    sizes,
    rows: [],
    redisUrl: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    rawPrefix: rawPrefixOf(stack),
  };
}
