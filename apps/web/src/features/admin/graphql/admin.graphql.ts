import { graphql } from '../../../gql';

export const AdminBoardFieldsFragment = graphql(`
  fragment AdminBoardFields on Board {
    id
    slug
    title
    description
    position
    archived
  }
`);

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

export const AdminBoardsQueryDocument = graphql(`
  query AdminBoards {
    boards {
      ...AdminBoardFields
      topics {
        id
        archived
      }
    }
  }
`);

export const AdminBoardQueryDocument = graphql(`
  query AdminBoard($slug: String!) {
    board(slug: $slug) {
      ...AdminBoardFields
      moderators {
        id
        displayName
        organisation {
          id
          name
        }
      }
      topics {
        ...AdminTopicFields
      }
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

export const CreateBoardMutationDocument = graphql(`
  mutation AdminCreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) {
      ...AdminBoardFields
    }
  }
`);

export const UpdateBoardMutationDocument = graphql(`
  mutation AdminUpdateBoard($input: UpdateBoardInput!) {
    updateBoard(input: $input) {
      ...AdminBoardFields
    }
  }
`);

export const ReorderBoardsMutationDocument = graphql(`
  mutation AdminReorderBoards($boardIds: [ID!]!) {
    reorderBoards(boardIds: $boardIds) {
      id
      position
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

export const AdminUserSearchQueryDocument = graphql(`
  query AdminUserSearch($search: String!) {
    mentionableUsers(search: $search, first: 10) {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
`);

export const AssignBoardModeratorMutationDocument = graphql(`
  mutation AdminAssignBoardModerator($boardId: ID!, $userId: ID!) {
    assignBoardModerator(boardId: $boardId, userId: $userId) {
      id
      moderators {
        id
        displayName
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const RemoveBoardModeratorMutationDocument = graphql(`
  mutation AdminRemoveBoardModerator($boardId: ID!, $userId: ID!) {
    removeBoardModerator(boardId: $boardId, userId: $userId) {
      id
      moderators {
        id
        displayName
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AllowedEmailDomainsQueryDocument = graphql(`
  query AdminAllowedEmailDomains {
    allowedEmailDomains {
      id
      domain
      organisationKind
      createdAt
    }
  }
`);

export const AddAllowedEmailDomainMutationDocument = graphql(`
  mutation AdminAddAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {
    addAllowedEmailDomain(domain: $domain, kind: $kind) {
      id
      domain
      organisationKind
      createdAt
    }
  }
`);

export const RemoveAllowedEmailDomainMutationDocument = graphql(`
  mutation AdminRemoveAllowedEmailDomain($domain: String!, $kind: OrganisationKind!) {
    removeAllowedEmailDomain(domain: $domain, kind: $kind)
  }
`);
