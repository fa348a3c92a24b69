import { graphql } from '@/gql';

export const LandQueueCountQueryDocument = graphql(`
  query LandQueueCount {
    landQueueCount
  }
`);

export const LandQueueThreadFieldsFragment = graphql(`
  fragment LandQueueThreadFields on Thread {
    id
    title
    state
    progress
    createdAt
    replyCount
    hasLandAnswer
    firstLandAnswerAt
    topic {
      id
      title
    }
    author {
      id
      displayName
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const LandQueueQueryDocument = graphql(`
  query LandQueue($first: Int!, $after: String, $topicId: ID, $progress: QuestionProgress) {
    landQueue(first: $first, after: $after, topicId: $topicId, progress: $progress) {
      edges {
        cursor
        node {
          ...LandQueueThreadFields
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

export const MyLandTopicsQueryDocument = graphql(`
  query MyLandTopics($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      ledTopics {
        id
        title
      }
    }
  }
`);
