import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Topic: { fields: { threads: relayStylePagination(['state', 'progress', 'tagId']) } },
      Tag: { fields: { threads: relayStylePagination(['state', 'progress']) } },
      Thread: { fields: { posts: relayStylePagination() } },
      // Every paginated list (shared/hooks/use-connection-list.ts): "Mehr laden" appends the next page here;
      // the key arguments keep differently filtered lists apart.
      Query: {
        fields: {
          bookmarks: relayStylePagination(),
          latestThreads: relayStylePagination(['progress', 'unansweredOnly']),
          myThreads: relayStylePagination(['progress', 'state']),
          landQueue: relayStylePagination(['progress', 'topicId']),
          search: relayStylePagination(['query', 'filter', 'sort']),
          pendingUsers: relayStylePagination(),
          notifications: relayStylePagination(['unreadOnly']),
          // `first` keeps the open-flag counter (first: 1) apart from the review queue's pages.
          flags: relayStylePagination(['state', 'first']),
          auditLog: relayStylePagination(['action', 'actorId', 'targetType', 'targetId']),
        },
      },
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
