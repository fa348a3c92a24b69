import { graphql } from '@/gql';

export const RegisterMutationDocument = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      id
      status
    }
  }
`);

export const OrganisationsQueryDocument = graphql(`
  query Organisations($kind: OrganisationKind, $search: String) {
    organisations(kind: $kind, search: $search) {
      id
      name
      kind
      code
    }
  }
`);

export const RegistrationApprovedAtOnceQueryDocument = graphql(`
  query RegistrationApprovedAtOnce($email: String!) {
    registrationApprovedAtOnce(email: $email)
  }
`);
