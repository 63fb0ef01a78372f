import type { GqlModuleOptions } from '@nestjs/graphql';
import type { AppConfig } from '@app/config';
import { SCHEMA_BUILD_OPTIONS } from './date-time.scalar';
import { dropPlainPropertyResolvers } from './plain-fields';

/**
 * How the schema is built and served, the same for both drivers: the bench compares the servers
 * (mercurius-options.ts, apollo-options.ts) on one schema, so nothing here may differ between them.
 */
export function schemaOptions(config: AppConfig) {
  return {
    autoSchemaFile: config.schemaFile ?? true,
    buildSchemaOptions: SCHEMA_BUILD_OPTIONS,
    sortSchema: true,
    path: '/graphql',
    // GraphQL's own property read on plain fields, not a call to Nest's reader each (plain-fields.ts).
    transformSchema: dropPlainPropertyResolvers,
    // No guards on field resolvers: Nest then calls them directly; restricted fields use RestrictedField (common/fields.ts).
    fieldResolverEnhancers: [],
  } satisfies Partial<GqlModuleOptions>;
}
