import { graphql } from '@/gql';

export const SignInOptionsQueryDocument = graphql(`
  query SignInOptions {
    signInOptions {
      passwordLogin
      providers {
        id
        label
        loginUrl
      }
    }
  }
`);

export const RequestPasswordResetMutationDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const PasswordResetLinkStatusQueryDocument = graphql(`
  query PasswordResetLinkStatus($token: String!) {
    passwordResetLinkStatus(token: $token)
  }
`);

export const ResetPasswordMutationDocument = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export const IdentityProvidersQueryDocument = graphql(`
  query AdminIdentityProviders {
    identityProviders {
      id
      label
      issuer
      clientId
      trusted
      organisationClaim
      organisationId
      linkedAccounts
    }
  }
`);
