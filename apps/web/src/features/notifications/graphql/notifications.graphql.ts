import { graphql } from '@/gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    read
    createdAt
    detail
    thread {
      id
      title
      author {
        id
      }
    }
    post {
      id
    }
    actor {
      id
      displayName
    }
  }
`);

export const UnreadNotificationCountQueryDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQueryDocument = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          ...NotificationFields
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

export const MarkNotificationsReadMutationDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
