import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedPaths } from './lookahead';

/** What the resolver of the operation's first field sees of the selection. */
function infoOf(query: string): { fieldNodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedPaths', () => {
  it('lists the fields below the resolved one by name, not alias, through fragments', () => {
    const paths = selectedPaths(
      infoOf(`{ claims { edges { node { id a: article { title } ...V } } } } fragment V on Claim { ... on Claim { verdicts { sources { url } } } }`),
      4,
    );
    expect([...paths].sort()).toEqual(['edges', 'edges.node', 'edges.node.article', 'edges.node.article.title', 'edges.node.id', 'edges.node.verdicts', 'edges.node.verdicts.sources']);
  });

  it('stops at the depth asked for', () => {
    expect([...selectedPaths(infoOf(`{ claims { edges { node { verdicts { sources { url } } } } } }`), 2)]).toEqual(['edges', 'edges.node']);
  });
});
