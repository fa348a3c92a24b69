import { graphql } from '@/gql';

export const UpdateProfileMutationDocument = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ViewerFields
    }
  }
`);

export const PublicUserQueryDocument = graphql(`
  query PublicUser($id: ID!) {
    user(id: $id) {
      id
      displayName
      role
      createdAt
      threadCount
      postCount
      acceptedAnswerCount
      organisation {
        id
        name
        kind
      }
      recentThreads(first: 5) {
        id
        title
        state
        progress
        createdAt
      }
      recentPosts(first: 5, repliesOnly: true) {
        id
        createdAt
        accepted
        thread {
          id
          title
        }
      }
    }
  }
`);
