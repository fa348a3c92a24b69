import { graphql } from '@/gql';

export const RequestEmailChangeMutationDocument = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

export const ConfirmEmailChangeMutationDocument = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);
