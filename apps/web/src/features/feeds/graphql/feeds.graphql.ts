import { graphql } from '@/gql';

export const FeedTokenQueryDocument = graphql(`
  query FeedToken {
    feedToken {
      createdAt
      lastUsedAt
    }
  }
`);

export const CreateFeedTokenMutationDocument = graphql(`
  mutation CreateFeedToken {
    createFeedToken
  }
`);

export const RevokeFeedTokenMutationDocument = graphql(`
  mutation RevokeFeedToken {
    revokeFeedToken
  }
`);
