import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './gql-context';
import type { Loaders } from './loaders';

/** The request's DataLoaders. */
export const GqlContextLoaders = createParamDecorator((_: unknown, ctx: ExecutionContext): Loaders => GqlExecutionContext.create(ctx).getContext<GqlContext>().loaders);
