import { graphql } from '@/gql';

export const BookmarkThreadMutationDocument = graphql(`
  mutation BookmarkThread($threadId: ID!, $bookmarked: Boolean!) {
    bookmarkThread(threadId: $threadId, bookmarked: $bookmarked) {
      id
      viewerBookmarked
    }
  }
`);

export const BookmarksQueryDocument = graphql(`
  query Bookmarks($first: Int!, $after: String) {
    bookmarks(first: $first, after: $after) {
      edges {
        cursor
        node {
          createdAt
          thread {
            ...ThreadSummaryFields
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
