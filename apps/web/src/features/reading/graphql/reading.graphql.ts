import { graphql } from '@/gql';

export const MarkThreadReadMutationDocument = graphql(`
  mutation MarkThreadRead($threadId: ID!, $upToPostId: ID) {
    markThreadRead(threadId: $threadId, upToPostId: $upToPostId) {
      id
      viewerIsNew
      viewerUnreadCount
    }
  }
`);

export const MarkAllReadMutationDocument = graphql(`
  mutation MarkAllRead($boardId: ID, $topicId: ID) {
    markAllRead(boardId: $boardId, topicId: $topicId)
  }
`);

export const LatestThreadsQueryDocument = graphql(`
  query LatestThreads($first: Int!, $after: String, $unansweredOnly: Boolean) {
    latestThreads(first: $first, after: $after, unansweredOnly: $unansweredOnly) {
      edges {
        cursor
        node {
          ...ThreadSummaryFields
          topic {
            id
            title
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);
