import type {
  NotificationFieldsFragment,
  PostFieldsFragment,
  ThreadSummaryFieldsFragment,
  ViewerFieldsFragment,
} from '@/gql/graphql';

// Test data builders: each test states only what matters to it. __typename is set as the server would.

export function buildViewer(overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: 'User',
    id: 'u-kommune',
    displayName: 'Karla Kommune',
    role: 'USER',
    status: 'ACTIVE',
    email: 'kommune@demo.example',
    createdAt: '2026-01-10T09:00:00.000Z',
    organisation: {
      __typename: 'Organisation',
      id: 'o-1',
      name: 'Stadt Musterhausen',
      kind: 'KOMMUNE',
      code: '064350014014',
    },
    moderatedBoards: [],
    ...overrides,
  } as ViewerFieldsFragment;
}

export function buildPost(overrides: Partial<PostFieldsFragment> = {}): PostFieldsFragment {
  return {
    __typename: 'Post',
    id: 'p-1',
    body: 'Antworttext',
    bodyHtml: '<p>Antworttext</p>',
    createdAt: '2026-11-20T10:00:00.000Z',
    editedAt: null,
    official: false,
    leadLandAnswer: false,
    accepted: false,
    hidden: false,
    hiddenReason: null,
    deleted: false,
    viewerCanEdit: false,
    viewerCanDelete: false,
    attachments: [],
    helpfulCount: 0,
    viewerFoundHelpful: false,
    helpfulBy: [],
    author: {
      __typename: 'User',
      id: 'u-1',
      displayName: 'Karla Kommune',
      role: 'USER',
      organisation: { __typename: 'Organisation', id: 'o-1', name: 'Stadt Musterhausen', kind: 'KOMMUNE' },
    },
    ...overrides,
  } as PostFieldsFragment;
}

export function buildLandAuthor(): PostFieldsFragment['author'] {
  return {
    __typename: 'User',
    id: 'u-land',
    displayName: 'Lars Land',
    role: 'USER',
    organisation: { __typename: 'Organisation', id: 'o-he', name: 'Hessen', kind: 'LAND' },
  } as PostFieldsFragment['author'];
}

export function buildThreadSummary(
  overrides: Partial<ThreadSummaryFieldsFragment> = {},
): ThreadSummaryFieldsFragment {
  return {
    __typename: 'Thread',
    id: 't-1',
    title: 'Wie binden wir den Dienst an?',
    state: 'OPEN',
    progress: 'OPEN',
    pinned: false,
    locked: false,
    replyCount: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    lastActivityAt: '2026-11-20T10:00:00.000Z',
    viewerIsNew: false,
    viewerUnreadCount: 0,
    author: {
      __typename: 'User',
      id: 'u-1',
      displayName: 'Karla Kommune',
      organisation: { __typename: 'Organisation', id: 'o-1', name: 'Stadt Musterhausen' },
    },
    ...overrides,
  } as ThreadSummaryFieldsFragment;
}

export function buildNotification(
  overrides: Partial<NotificationFieldsFragment> = {},
): NotificationFieldsFragment {
  return {
    __typename: 'Notification',
    id: 'n-1',
    type: 'OFFICIAL_ANSWER',
    read: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    detail: null,
    thread: {
      __typename: 'Thread',
      id: 't-1',
      title: 'Wie binden wir den Dienst an?',
      author: { __typename: 'User', id: 'u-kommune' },
    },
    post: { __typename: 'Post', id: 'p-2' },
    actor: { __typename: 'User', id: 'u-land', displayName: 'Thomas Wagner' },
    ...overrides,
  } as NotificationFieldsFragment;
}
