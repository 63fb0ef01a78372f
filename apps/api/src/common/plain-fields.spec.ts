import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { dropPlainPropertyResolvers, isPlainPropertyResolver } from './plain-fields';

/** A property reader as @nestjs/graphql makes them (object-type-definition.factory.ts, createFieldResolver). */
function nestReader(name: string, defaultValue?: unknown): (root: Record<string, unknown>) => unknown {
  const rootFieldResolver = (root: Record<string, unknown>): unknown => (root[name] === undefined ? defaultValue : root[name]);
  return rootFieldResolver;
}

describe('dropPlainPropertyResolvers', () => {
  const method = (): string => 'from the resolver method';
  const schema = (): GraphQLSchema =>
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          title: { type: GraphQLString, resolve: nestReader('title') },
          subtitle: { type: GraphQLString, resolve: nestReader('subtitle', 'untitled') },
          // @Field({ name: 'heading' }) on the property `title`: GraphQL's own read would take root.heading.
          heading: { type: GraphQLString, resolve: nestReader('title') },
          computed: { type: GraphQLString, resolve: method },
        },
      }),
    });

  it("takes Nest's reader off plain fields only: a resolver method, a default value and a renamed field stay", () => {
    const fields = (dropPlainPropertyResolvers(schema()).getQueryType()!).getFields();
    expect(fields['title']!.resolve).toBeUndefined();
    expect(fields['subtitle']!.resolve).toBeDefined();
    expect(fields['heading']!.resolve).toBeDefined();
    expect(fields['computed']!.resolve).toBe(method);
  });

  it('answers the same as before', async () => {
    const query = '{ title subtitle heading computed }';
    const root = { title: 'A title' };
    const before = await graphql({ schema: schema(), source: query, rootValue: root });
    const after = await graphql({ schema: dropPlainPropertyResolvers(schema()), source: query, rootValue: root });
    expect(after).toEqual(before);
    expect(after.data).toEqual({ title: 'A title', subtitle: 'untitled', heading: 'A title', computed: 'from the resolver method' });
  });

  // Jest cannot load @nestjs/graphql (ESM) in-process; a node process can. If Nest renames its reader or changes what
  // it does, this fails instead of the schema quietly keeping every reader (slower) or dropping a default (wrong).
  it("recognises the reader @nestjs/graphql actually makes, with and without a default, and not a field's middleware or a renamed field", () => {
    const factory = join(__dirname, '..', '..', '..', '..', 'node_modules', '@nestjs', 'graphql', 'dist', 'schema-builder', 'factories', 'object-type-definition.factory.js');
    const script = `
      const { ObjectTypeDefinitionFactory: F } = require(${JSON.stringify(factory)});
      const make = (options, middleware) => F.prototype.createFieldResolver.call({}, { name: 'title', options, middleware }, {});
      const { isPlainPropertyResolver } = require(${JSON.stringify(join(__dirname, 'plain-fields.ts'))});
      process.stdout.write(JSON.stringify([make({}, []), make({ defaultValue: 'x' }, []), make({}, [() => 1])].map((resolve) => isPlainPropertyResolver({ name: 'title', resolve })).concat(isPlainPropertyResolver({ name: 'heading', resolve: make({}, []) }))));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, false, false, false]);
    expect(isPlainPropertyResolver({ name: 'title', resolve: undefined })).toBe(false);
  });
});
