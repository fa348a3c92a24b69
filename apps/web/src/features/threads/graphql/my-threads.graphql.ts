import { graphql } from '@/gql';

export const MyThreadsQueryDocument = graphql(`
  query MyThreads($first: Int!, $after: String, $progress: QuestionProgress) {
    myThreads(first: $first, after: $after, progress: $progress) {
      edges {
        cursor
        node {
          id
          title
          state
          progress
          createdAt
          lastActivityAt
          replyCount
          hasLandAnswer
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

export const ReopenThreadMutationDocument = graphql(`
  mutation ReopenThread($threadId: ID!) {
    reopenThread(threadId: $threadId) {
      id
      state
      progress
    }
  }
`);
