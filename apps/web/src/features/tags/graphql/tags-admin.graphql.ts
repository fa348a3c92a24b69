import { graphql } from '@/gql';

export const TagsAdminQueryDocument = graphql(`
  query TagsAdmin {
    tags {
      id
      slug
      name
      description
      questionCount
    }
  }
`);

export const CreateTagMutationDocument = graphql(`
  mutation CreateTag($input: TagInput!) {
    createTag(input: $input) {
      id
      slug
      name
      description
    }
  }
`);

export const UpdateTagMutationDocument = graphql(`
  mutation UpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) {
      id
      slug
      name
      description
    }
  }
`);

export const MergeTagsMutationDocument = graphql(`
  mutation MergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input) {
      id
      slug
      name
      description
    }
  }
`);
