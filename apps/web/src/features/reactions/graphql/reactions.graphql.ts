import { graphql } from '@/gql';

export const SetHelpfulMutationDocument = graphql(`
  mutation SetHelpful($postId: ID!, $helpful: Boolean!) {
    setHelpful(postId: $postId, helpful: $helpful) {
      id
      helpfulCount
      viewerFoundHelpful
      helpfulBy(first: 10) {
        id
        displayName
      }
    }
  }
`);
