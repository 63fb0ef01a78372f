import type { FastifyRequest } from 'fastify';
import { Kind, type DocumentNode } from 'graphql';
import { graphqlLabels } from './request-observability';

interface HookContext {
  reply?: { request: FastifyRequest };
}

/**
 * The operation label is the root field names (at most three), not the
 * client's operationName: field names are bounded by the schema, so a client
 * cannot blow up the metric's cardinality.
 */
export function operationLabel(document: DocumentNode): { operation: string; type: string } {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== Kind.OPERATION_DEFINITION) return { operation: 'unknown', type: 'unknown' };
  const fields = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const names = [...new Set(fields)].sort();
  return { operation: (names.length > 3 ? [...names.slice(0, 3), '…'] : names).join(',') || 'fragment', type: op.operation };
}

/** mercurius hooks: label the request before execution, mark errors after. */
export const graphqlMetricsHooks = {
  preExecution: async (_schema: unknown, document: DocumentNode, context: HookContext): Promise<void> => {
    const req = context.reply?.request;
    if (req) graphqlLabels.set(req, { ...operationLabel(document), outcome: 'ok' });
  },
  onResolution: async (execution: { errors?: readonly unknown[] }, context: HookContext): Promise<void> => {
    const req = context.reply?.request;
    const label = req ? graphqlLabels.get(req) : undefined;
    if (label && execution.errors?.length) label.outcome = 'error';
  },
};
