import { graphql } from '@/gql';

export const TopicQueryDocument = graphql(`
  query Topic($id: ID!, $progress: QuestionProgress, $tagId: ID, $first: Int!, $after: String) {
    topic(id: $id) {
      id
      title
      description
      ozgId
      leikaKey
      serviceStatus
      link
      ...ServiceProfileFields
      threadCount
      openThreadCount
      lastActivityAt
      leadLand {
        id
        name
        code
      }
      board {
        id
        slug
        title
      }
      threads(first: $first, after: $after, progress: $progress, tagId: $tagId) {
        edges {
          cursor
          node {
            ...ThreadSummaryFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);
