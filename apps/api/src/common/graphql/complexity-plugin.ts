import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { badRequest } from './input-guard';

/** Lists cost their page size times their children, so `first: 100` nested three deep is refused. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + first * Math.max(1, childComplexity) : undefined;
};

/**
 * The cost depends on the document and on the variables that are numbers or booleans (page sizes, `@include`
 * conditions), at any depth of an input object; ids and texts never change it. So the cost is computed once
 * per document (Apollo hands the same parsed document to every request of the same query text) and per such
 * variables, not per request.
 */
export function costKey(
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  const shape = variables
    ? JSON.stringify(variables, (_key, value: unknown) => (typeof value === 'string' ? '' : value))
    : '';
  return `${operationName ?? ''}|${shape}`;
}

const MAX_KEYS_PER_DOCUMENT = 64;

export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const key = costKey(request.operationName ?? undefined, request.variables);
          let known = costs.get(document);
          let complexity = known?.get(key);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema: getSchema(),
                operationName: request.operationName,
                query: document,
                variables: request.variables,
                estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Invalid variables: execution reports them to the client as BAD_USER_INPUT.
              return;
            }
            if (!known) costs.set(document, (known = new Map()));
            // A client varying page sizes endlessly must not grow the cache without bound.
            if (known.size < MAX_KEYS_PER_DOCUMENT) known.set(key, complexity);
          }
          if (complexity > maxComplexity) {
            // A refused request, like a validation error: HTTP 400, not an execution failure (500).
            throw badRequest(`Die Abfrage ist zu aufwendig (${complexity}, erlaubt sind ${maxComplexity}).`);
          }
        },
      };
    },
  };
}
