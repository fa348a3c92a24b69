import { graphql } from '@/gql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on User {
    id
    displayName
    role
    status
    email
    createdAt
    organisation {
      id
      name
      kind
      code
    }
    moderatedBoards {
      id
      slug
      title
    }
  }
`);

export const MeQueryDocument = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
