import { graphql } from '../../../gql';

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
      organisation {
        id
        name
        kind
      }
    }
  }
`);
