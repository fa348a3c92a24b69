import { graphql } from '@/gql';

export const ThreadSummaryFieldsFragment = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    title
    state
    progress
    pinned
    locked
    replyCount
    createdAt
    lastActivityAt
    viewerIsNew
    viewerUnreadCount
    author {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
`);

export const ThreadQueryDocument = graphql(`
  query Thread($id: ID!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      title
      state
      progress
      locked
      pinned
      replyCount
      createdAt
      lastActivityAt
      viewerCanReply
      viewerCanAccept
      viewerBookmarked
      viewerFirstUnreadPostId
      author {
        id
        displayName
      }
      topic {
        id
        title
        leadLand {
          id
          name
        }
        board {
          id
          slug
          title
        }
      }
      acceptedPost {
        id
        accepted
        author {
          id
          displayName
          organisation {
            id
            name
          }
        }
      }
      posts(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PostFields
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`);

export const CreateThreadMutationDocument = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      id
      title
    }
  }
`);

export const NewThreadTopicQueryDocument = graphql(`
  query NewThreadTopic($id: ID!) {
    topic(id: $id) {
      id
      title
      board {
        id
        slug
        title
      }
    }
  }
`);

export const AcceptAnswerMutationDocument = graphql(`
  mutation AcceptAnswer($postId: ID!) {
    acceptAnswer(postId: $postId) {
      id
      state
      progress
      acceptedPost {
        id
        accepted
      }
    }
  }
`);
