import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields a query selects below the field being resolved, as dotted paths
 * of field names (aliases ignored, fragments followed): for
 * `claims { edges { node { article { id } } } }` resolved at `claims`,
 * `edges`, `edges.node`, `edges.node.article`, `edges.node.article.id`.
 * Down to `depth` levels. @skip/@include are not evaluated: a field they
 * leave out still counts, so a caller may fetch a little too much, never too little.
 */
export function selectedPaths(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, depth: number): Set<string> {
  const paths = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, prefix: string, level: number, seen: ReadonlySet<string>): void => {
    if (!set || level > depth) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const path = prefix ? `${prefix}.${s.name.value}` : s.name.value;
        paths.add(path);
        walk(s.selectionSet, path, level + 1, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, prefix, level, seen);
      } else if (!seen.has(s.name.value)) {
        // A fragment spread; `seen` stops a (GraphQL-invalid) fragment cycle.
        walk(info.fragments[s.name.value]?.selectionSet, prefix, level, new Set([...seen, s.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, '', 1, new Set());
  return paths;
}
