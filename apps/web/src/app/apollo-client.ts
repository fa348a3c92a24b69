import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Topic: { fields: { threads: relayStylePagination(['state']) } },
      Thread: { fields: { posts: relayStylePagination() } },
      Query: { fields: { pendingUsers: relayStylePagination() } },
    },
  });
}

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: '/graphql',
      credentials: 'same-origin',
      // Apollo Server's CSRF prevention accepts requests that cannot be simple cross-site requests.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: createCache(),
  });
}
