import { graphql } from '@/gql';

export const LoginMutationDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

export const LogoutMutationDocument = graphql(`
  mutation Logout {
    logout
  }
`);
