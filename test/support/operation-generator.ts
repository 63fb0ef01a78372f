import type { IntrospectionField, IntrospectionInputTypeRef, IntrospectionQuery, IntrospectionSchema, IntrospectionTypeRef } from 'graphql';

/** An operation that can be sent as is: a document and variables valid for the schema. */
export interface GeneratedOperation {
  key: string;
  query: string;
  variables: Record<string, unknown>;
}

const ZERO_ID = '00000000-0000-4000-8000-000000000000';

function printType(t: IntrospectionTypeRef | IntrospectionInputTypeRef): string {
  if (t.kind === 'NON_NULL') return `${printType(t.ofType)}!`;
  if (t.kind === 'LIST') return `[${printType(t.ofType)}]`;
  return t.name;
}

function named(t: IntrospectionTypeRef): { kind: string; name: string } {
  let cur = t;
  while (cur.kind === 'NON_NULL' || cur.kind === 'LIST') cur = cur.ofType;
  return cur;
}

/**
 * A value the schema accepts for `t`: the least that type-checks, so the call
 * reaches the server's guard and then fails (or not) on business rules.
 */
function sample(schema: IntrospectionSchema, t: IntrospectionInputTypeRef): unknown {
  if (t.kind === 'NON_NULL') return sample(schema, t.ofType);
  if (t.kind === 'LIST') return [sample(schema, t.ofType)];
  const type = schema.types.find((x) => x.name === t.name);
  if (!type) throw new Error(`unknown type ${t.name}`);
  switch (type.kind) {
    case 'SCALAR':
      return ({ ID: ZERO_ID, String: 'x', Int: 1, Float: 0.5, Boolean: true, DateTime: new Date(Date.now() + 86_400_000).toISOString(), JSON: {} } as Record<string, unknown>)[type.name] ?? 'x';
    case 'ENUM':
      return type.enumValues[0]?.name;
    case 'INPUT_OBJECT':
      return Object.fromEntries(type.inputFields.filter((f) => f.type.kind === 'NON_NULL').map((f) => [f.name, sample(schema, f.type)]));
    case 'OBJECT':
    case 'INTERFACE':
    case 'UNION':
      throw new Error(`${type.name} is not an input type`);
  }
}

function operationFor(schema: IntrospectionSchema, root: 'query' | 'mutation', field: IntrospectionField): GeneratedOperation {
  const required = field.args.filter((a) => a.type.kind === 'NON_NULL');
  const decl = required.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const ret = named(field.type);
  const selection = ret.kind === 'OBJECT' || ret.kind === 'INTERFACE' || ret.kind === 'UNION' ? ' { __typename }' : '';
  return {
    key: `${root === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    query: `${root}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(schema, a.type)])),
  };
}

/** Every root query and mutation of the served schema, as callable operations. */
export function operationsOf(introspection: IntrospectionQuery): GeneratedOperation[] {
  const schema = introspection.__schema;
  const out: GeneratedOperation[] = [];
  for (const [root, ref] of [['query', schema.queryType], ['mutation', schema.mutationType]] as const) {
    if (!ref) continue;
    const type = schema.types.find((t) => t.name === ref.name);
    if (type?.kind !== 'OBJECT') continue;
    for (const f of type.fields) out.push(operationFor(schema, root, f));
  }
  return out;
}
