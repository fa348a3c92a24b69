import { graphql } from '@/gql';

export const TopicSummaryFieldsFragment = graphql(`
  fragment TopicSummaryFields on Topic {
    id
    title
    threadCount
    openThreadCount
    lastActivityAt
    viewerUnreadThreadCount
    viewerNewThreadCount
    leadLand {
      id
      name
      code
    }
  }
`);

export const BoardsQueryDocument = graphql(`
  query Boards {
    boards {
      id
      slug
      title
      description
      position
      archived
      threadCount
      lastActivityAt
      topics {
        ...TopicSummaryFields
      }
    }
  }
`);

export const BoardQueryDocument = graphql(`
  query Board($slug: String!) {
    board(slug: $slug) {
      id
      slug
      title
      description
      archived
      threadCount
      postCount
      lastActivityAt
      topics {
        ...TopicSummaryFields
        description
      }
    }
  }
`);
