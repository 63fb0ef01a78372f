import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { cursorsAsked, listFieldsOnly } from './list-columns';
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

// As pageRelations asks it.
const listColumns = (query: string): boolean => listFieldsOnly(selectedPaths(infoOf(query), 4));

describe('listFieldsOnly: the claim columns a page reads', () => {
  it('reads the list columns when the claims are asked only list fields (bench W2’s page)', () => {
    expect(listColumns(`{ claims(first: 20) { edges { node { id text status article { id title url } verdicts { rating rationale sources { url title } } } } } }`)).toBe(true);
    expect(listColumns(`{ claims { edges { cursor node { __typename id } } pageInfo { hasNextPage endCursor } totalCount } }`)).toBe(true);
  });

  it('reads every column as soon as a claim field outside the list is asked, by name, alias or fragment', () => {
    expect(listColumns(`{ claims { edges { node { id quote } } } }`)).toBe(false);
    expect(listColumns(`{ claims { edges { node { id t: reviewRound } } } }`)).toBe(false);
    expect(listColumns(`{ claims { edges { node { id ...C } } } } fragment C on Claim { ... on Claim { createdAt } }`)).toBe(false);
    expect(listColumns(`{ claims { edges { node { canonicalClaim { id } } } } }`)).toBe(false);
  });
});

describe('cursorsAsked: whether a page reads its cursor times', () => {
  const asked = (query: string): boolean => cursorsAsked(selectedPaths(infoOf(query), 4));

  it('reads them for an edge’s cursor or the end cursor, through aliases and fragments', () => {
    expect(asked(`{ claims { edges { c: cursor node { id } } } }`)).toBe(true);
    expect(asked(`{ claims { ...P } } fragment P on ClaimConnection { pageInfo { endCursor } }`)).toBe(true);
  });

  it('does not for a page without them (bench W2’s)', () => {
    expect(asked(`{ claims(first: 20) { edges { node { id text status } } pageInfo { hasNextPage } totalCount } }`)).toBe(false);
  });
});
