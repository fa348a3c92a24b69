import { graphql } from '@/gql';

export const MentionableUsersQueryDocument = graphql(`
  query MentionableUsers($search: String!, $first: Int) {
    mentionableUsers(search: $search, first: $first) {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
`);
