import { graphql } from '@/gql';

export const OpenFlagCountQueryDocument = graphql(`
  query ModOpenFlagCount {
    flags(state: OPEN, first: 1) {
      totalCount
    }
  }
`);

export const FlagQueueQueryDocument = graphql(`
  query ModFlagQueue($state: FlagState, $first: Int!, $after: String) {
    flags(state: $state, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          reason
          comment
          state
          createdAt
          resolvedAt
          resolutionNote
          resolvedBy {
            id
            displayName
          }
          reporter {
            id
            displayName
            organisation {
              id
              name
            }
          }
          post {
            id
            bodyHtml
            hidden
            hiddenReason
            deleted
            createdAt
            author {
              id
              displayName
              organisation {
                id
                name
              }
            }
            thread {
              id
              title
            }
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

export const ResolveFlagsForPostMutationDocument = graphql(`
  mutation ModResolveFlagsForPost($postId: ID!, $dismiss: Boolean, $note: String) {
    resolveFlagsForPost(postId: $postId, dismiss: $dismiss, note: $note) {
      id
      state
      resolvedAt
      resolutionNote
    }
  }
`);

export const HidePostMutationDocument = graphql(`
  mutation ModHidePost($postId: ID!, $reason: String!, $hidden: Boolean) {
    hidePost(postId: $postId, reason: $reason, hidden: $hidden) {
      id
      hidden
      hiddenReason
      body
      bodyHtml
    }
  }
`);

export const FlagPostMutationDocument = graphql(`
  mutation ModFlagPost($postId: ID!, $reason: String!, $comment: String) {
    flagPost(postId: $postId, reason: $reason, comment: $comment) {
      id
      state
    }
  }
`);

export const ThreadModerationInfoQueryDocument = graphql(`
  query ModThreadModerationInfo($id: ID!) {
    thread(id: $id) {
      id
      topic {
        id
        board {
          id
          moderators {
            id
          }
        }
      }
    }
  }
`);

export const LockThreadMutationDocument = graphql(`
  mutation ModLockThread($threadId: ID!, $locked: Boolean!, $reason: String) {
    lockThread(threadId: $threadId, locked: $locked, reason: $reason) {
      id
      locked
      viewerCanReply
    }
  }
`);

export const CloseThreadMutationDocument = graphql(`
  mutation ModCloseThread($threadId: ID!, $closed: Boolean!, $reason: String) {
    closeThread(threadId: $threadId, closed: $closed, reason: $reason) {
      id
      state
      progress
    }
  }
`);

export const PinThreadMutationDocument = graphql(`
  mutation ModPinThread($threadId: ID!, $pinned: Boolean!) {
    pinThread(threadId: $threadId, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const MoveTargetsQueryDocument = graphql(`
  query ModMoveTargets {
    boards {
      id
      title
      archived
      topics {
        id
        title
        archived
      }
    }
  }
`);

export const MoveThreadMutationDocument = graphql(`
  mutation ModMoveThread($threadId: ID!, $topicId: ID!, $reason: String) {
    moveThread(threadId: $threadId, topicId: $topicId, reason: $reason) {
      id
      topic {
        id
        title
        board {
          id
          slug
          title
        }
      }
    }
  }
`);

export const TopicThreadsForMergeQueryDocument = graphql(`
  query ModTopicThreadsForMerge($topicId: ID!) {
    topic(id: $topicId) {
      id
      threads(first: 100) {
        edges {
          node {
            id
            title
            createdAt
          }
        }
      }
    }
  }
`);

export const MergeThreadsMutationDocument = graphql(`
  mutation ModMergeThreads($sourceThreadId: ID!, $targetThreadId: ID!, $reason: String) {
    mergeThreads(sourceThreadId: $sourceThreadId, targetThreadId: $targetThreadId, reason: $reason) {
      id
      title
    }
  }
`);

export const AuditLogQueryDocument = graphql(`
  query ModAuditLog($first: Int!, $after: String, $action: String, $actorId: ID, $targetType: String) {
    auditLog(first: $first, after: $after, action: $action, actorId: $actorId, targetType: $targetType) {
      edges {
        cursor
        node {
          id
          action
          targetType
          targetId
          targetLabel
          targetPath
          reason
          createdAt
          actor {
            id
            displayName
            organisation {
              id
              name
            }
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

export const AuditActorsQueryDocument = graphql(`
  query ModAuditActors {
    auditActors {
      id
      displayName
      organisation {
        id
        name
      }
    }
  }
`);

export const RejectUserMutationDocument = graphql(`
  mutation ModRejectUser($userId: ID!, $reason: String!) {
    rejectUser(userId: $userId, reason: $reason) {
      id
      status
    }
  }
`);

export const ModerationUserQueryDocument = graphql(`
  query ModUser($id: ID!) {
    user(id: $id) {
      id
      displayName
      role
      status
      suspendedUntil
      suspensionReason
    }
  }
`);

export const SuspendUserMutationDocument = graphql(`
  mutation ModSuspendUser($userId: ID!, $reason: String!, $until: DateTime) {
    suspendUser(userId: $userId, reason: $reason, until: $until) {
      id
      status
      suspendedUntil
      suspensionReason
    }
  }
`);

export const UnsuspendUserMutationDocument = graphql(`
  mutation ModUnsuspendUser($userId: ID!) {
    unsuspendUser(userId: $userId) {
      id
      status
      suspendedUntil
      suspensionReason
    }
  }
`);

export const SetUserRoleMutationDocument = graphql(`
  mutation ModSetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      id
      role
    }
  }
`);
