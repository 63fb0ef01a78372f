import 'reflect-metadata';
import { authorize, authResultOf, type Access } from './access';
import type { GqlContext } from './gql-context';

/** A field resolver as GraphQL calls it. */
export type FieldResolverFn = (parent: unknown, args: unknown, context: GqlContext, info: unknown) => unknown;

/**
 * `resolve`, checking its caller against `access` (by `authorize`, the one
 * rule) before it runs: what RestrictedField puts in place of the method.
 * Metadata already on the method (e.g. @Roles, which startup refuses on a
 * field) is copied, so checks reading it still see it.
 */
export function accessChecked(resolve: FieldResolverFn, access: Access): FieldResolverFn {
  const checked: FieldResolverFn = function (this: unknown, parent, args, context, info) {
    authorize(authResultOf(context), access);
    return resolve.call(this, parent, args, context, info);
  };
  for (const k of Reflect.getMetadataKeys(resolve)) Reflect.defineMetadata(k, Reflect.getMetadata(k, resolve), checked);
  Object.defineProperty(checked, 'name', { value: resolve.name });
  return checked;
}
