import { graphql } from '@/gql';

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
