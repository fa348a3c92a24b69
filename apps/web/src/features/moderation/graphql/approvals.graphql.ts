import { graphql } from '@/gql';

export const PendingUsersQueryDocument = graphql(`
  query PendingUsers($first: Int!, $after: String) {
    pendingUsers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          displayName
          email
          emailDomain
          emailConfirmed
          createdAt
          status
          organisation {
            id
            name
            kind
          }
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

export const ApproveUserMutationDocument = graphql(`
  mutation ApproveUser($userId: ID!, $vouchForEmail: Boolean) {
    approveUser(userId: $userId, vouchForEmail: $vouchForEmail) {
      id
      status
      emailConfirmed
    }
  }
`);
