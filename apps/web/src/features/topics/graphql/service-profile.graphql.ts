import { graphql } from '@/gql';

export const ServiceProfileFieldsFragment = graphql(`
  fragment ServiceProfileFields on Topic {
    id
    title
    description
    ozgId
    leikaKey
    serviceStatus
    contactRole
    standards
    link
    reuseLinks {
      model
      label
      url
    }
    profileUpdatedAt
    profileUpdatedBy {
      id
      displayName
    }
    leadLand {
      id
      name
      code
    }
    viewerCanEditProfile
  }
`);

export const ServiceProfileQueryDocument = graphql(`
  query ServiceProfile($id: ID!) {
    topic(id: $id) {
      ...ServiceProfileFields
      board {
        id
        slug
        title
      }
      faq {
        id
        question
        answerHtml
      }
    }
  }
`);

export const ServiceProfileHistoryQueryDocument = graphql(`
  query ServiceProfileHistory($id: ID!) {
    topic(id: $id) {
      id
      profileHistory {
        id
        createdAt
        changedFields
        serviceStatus
        contactRole
        standards
        editor {
          id
          displayName
        }
      }
    }
  }
`);

export const UpdateServiceProfileMutationDocument = graphql(`
  mutation UpdateServiceProfile($input: UpdateServiceProfileInput!) {
    updateServiceProfile(input: $input) {
      ...ServiceProfileFields
    }
  }
`);
