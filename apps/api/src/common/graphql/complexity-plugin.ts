import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { badRequest } from './input-guard';

/** Lists cost their page size times their children, so `first: 100` nested three deep is refused. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first !== undefined ? 1 + first * Math.max(1, childComplexity) : undefined;
};

export function complexityPlugin(getSchema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let complexity: number;
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
          if (complexity > maxComplexity) {
            // A refused request, like a validation error: HTTP 400, not an execution failure (500).
            throw badRequest(`Die Abfrage ist zu aufwendig (${complexity}, erlaubt sind ${maxComplexity}).`);
          }
        },
      };
    },
  };
}
