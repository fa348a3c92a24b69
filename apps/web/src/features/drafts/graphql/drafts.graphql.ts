import { graphql } from '@/gql';

export const DraftQueryDocument = graphql(`
  query Draft($key: String!) {
    draft(key: $key) {
      key
      title
      body
      updatedAt
    }
  }
`);

export const SaveDraftMutationDocument = graphql(`
  mutation SaveDraft($key: String!, $title: String, $body: String!) {
    saveDraft(key: $key, title: $title, body: $body) {
      key
      title
      body
      updatedAt
    }
  }
`);

export const DeleteDraftMutationDocument = graphql(`
  mutation DeleteDraft($key: String!) {
    deleteDraft(key: $key)
  }
`);
