import { graphql } from '@/gql';

export const AdminTopicFieldsFragment = graphql(`
  fragment AdminTopicFields on Topic {
    id
    title
    description
    archived
    ozgId
    leikaKey
    serviceStatus
    link
    leadLand {
      id
      name
    }
    board {
      id
    }
  }
`);

export const AdminTopicQueryDocument = graphql(`
  query AdminTopic($id: ID!) {
    topic(id: $id) {
      ...AdminTopicFields
    }
  }
`);

export const AdminLandsQueryDocument = graphql(`
  query AdminLands {
    organisations(kind: LAND) {
      id
      name
      code
    }
  }
`);

export const CreateTopicMutationDocument = graphql(`
  mutation AdminCreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      ...AdminTopicFields
    }
  }
`);

export const UpdateTopicMutationDocument = graphql(`
  mutation AdminUpdateTopic($input: UpdateTopicInput!) {
    updateTopic(input: $input) {
      ...AdminTopicFields
    }
  }
`);
