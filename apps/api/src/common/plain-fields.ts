import { type GraphQLField, type GraphQLSchema, isObjectType } from 'graphql';

/** The name of the resolver @nestjs/graphql gives every field of an object type that has no resolver of its own. */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * Whether `field`'s resolver is @nestjs/graphql's property reader with no
 * default value: `(root) => root[name]`, falling back to the `@Field`'s
 * `defaultValue` when the property is undefined. Asked of an empty object, it
 * answers that default, so `undefined` means it has none and reading the
 * property is all it does.
 */
export function isPlainPropertyResolver(field: Pick<GraphQLField<unknown, unknown>, 'name' | 'resolve'>): boolean {
  const resolve = field.resolve as ((root: object) => unknown) | undefined;
  if (resolve?.name !== NEST_PROPERTY_RESOLVER || resolve({}) !== undefined) return false;
  // GraphQL's own read takes the schema's field name; Nest's reads the class property, which `@Field({ name })`
  // can make different. Only a reader of the same key can go.
  const probe = {};
  return resolve({ [field.name]: probe }) === probe;
}

/**
 * Takes Nest's property reader off every object field where it only reads
 * the property of the same name, so those fields use GraphQL's own. @nestjs/graphql puts one
 * on every field (id, text, title, …), and a field with a resolver is a call
 * with its own resolve info, path and promise check in mercurius's compiled
 * queries (graphql-jit), which read a field without one inline: on a claims
 * page of 20 that was ~300 calls and about a third of the api's allocation
 * per page (bench/lab/alloc-lab.ts). Fields with a resolver method, a
 * middleware or a `defaultValue` keep theirs.
 */
export function dropPlainPropertyResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPlainPropertyResolver(field)) field.resolve = undefined;
    }
  }
  return schema;
}
