import { graphql } from '@/gql';

export const PostFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    body
    bodyHtml
    createdAt
    editedAt
    official
    leadLandAnswer
    accepted
    hidden
    hiddenReason
    deleted
    viewerCanEdit
    viewerCanDelete
    attachments {
      id
      name
      size
      contentType
      url
    }
    helpfulCount
    viewerFoundHelpful
    helpfulBy(first: 10) {
      id
      displayName
    }
    author {
      id
      displayName
      role
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const CreatePostMutationDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const EditPostMutationDocument = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
`);

export const DeletePostMutationDocument = graphql(`
  mutation DeletePost($postId: ID!) {
    deletePost(postId: $postId) {
      ...PostFields
    }
  }
`);

export const RenderMarkdownQueryDocument = graphql(`
  query RenderMarkdown($body: String!) {
    renderMarkdown(body: $body)
  }
`);
