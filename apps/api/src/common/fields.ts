import { ResolveField, type ResolveFieldOptions, type ReturnTypeFunc } from '@nestjs/graphql';
import type { Access } from './access';
import { accessChecked, type FieldResolverFn } from './access-checked';

/**
 * How field resolvers are written here: with GraphQL's own arguments
 * `(parent, args, context)` and no parameter decorators. Nest then calls the
 * method directly (its fast field path) instead of building an execution
 * context and running the global pipes on every parent for every field of
 * every row, which cost about a third of the api's CPU on a claims page.
 * Guards do not run on fields (fieldResolverEnhancers is empty); a field only
 * some callers may see is declared with RestrictedField.
 */
export type FieldArgs = Record<string, never>;

/**
 * @ResolveField for a field only some callers may resolve: `roles` and `scopes`
 * as for @Roles/@Scopes on an operation, by the same rule (`authorize`).
 * (@Roles/@Scopes on a field resolver would not be enforced: startup refuses them, see FieldAccessCheck.)
 *
 * The check wraps the method itself rather than being a Nest field
 * middleware: a field with middleware leaves Nest's fast field path and goes
 * through its external context (pipes, guards, interceptors, a promise per
 * step) on every call — `verdicts` on a claims page of 20 was 7 % of the
 * api's allocation per page (bench/lab/alloc-lab.ts).
 */
export function RestrictedField(access: Access, typeFunc: ReturnTypeFunc, options: ResolveFieldOptions = {}): MethodDecorator {
  return (target, key, descriptor) => {
    descriptor.value = accessChecked(descriptor.value as unknown as FieldResolverFn, access) as unknown as typeof descriptor.value;
    return ResolveField(typeFunc, options)(target, key, descriptor);
  };
}

// @nestjs/graphql's marker for a @ResolveField method (not exported from its index).
const RESOLVE_FIELD_METADATA = 'graphql:resolve_property';

/**
 * Refuses, at startup, a field resolver carrying @Roles or @Scopes: guards do
 * not run on fields, so it would be an access rule silently not enforced.
 */
export function assertNoGuardMetadataOnFields(resolvers: readonly (new (...args: never[]) => unknown)[], metadataKeys: readonly string[]): void {
  for (const cls of resolvers) {
    const proto = cls.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const method = proto[name];
      if (typeof method !== 'function' || !Reflect.getMetadata(RESOLVE_FIELD_METADATA, method)) continue;
      const found = metadataKeys.filter((k) => Reflect.getMetadata(k, method) !== undefined);
      if (found.length) throw new Error(`${cls.name}.${name}: a field resolver cannot use ${found.join(', ')} (not enforced on fields); use RestrictedField`);
    }
  }
}
