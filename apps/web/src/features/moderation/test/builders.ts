import type { ModFlagQueueQuery } from '@/gql/graphql';

type QueueFlag = ModFlagQueueQuery['flags']['edges'][number]['node'];

/** A flag as the review queue query returns it. */
export function buildQueueFlag(
  overrides: Partial<QueueFlag> = {},
  postOverrides: Partial<QueueFlag['post']> = {},
) {
  return {
    __typename: 'Flag',
    id: 'f-1',
    reason: 'BELEIDIGUNG',
    comment: null,
    state: 'OPEN',
    createdAt: '2026-11-20T10:00:00.000Z',
    resolvedAt: null,
    resolutionNote: null,
    resolvedBy: null,
    reporter: {
      __typename: 'User',
      id: 'u-rep',
      displayName: 'Rita Reporter',
      organisation: { __typename: 'Organisation', id: 'o-2', name: 'Kreis Beispiel' },
    },
    post: {
      __typename: 'Post',
      id: 'p-bad',
      bodyHtml: '<p>Unfreundlicher <em>Text</em></p>',
      hidden: false,
      hiddenReason: null,
      deleted: false,
      createdAt: '2026-11-19T10:00:00.000Z',
      author: {
        __typename: 'User',
        id: 'u-bad',
        displayName: 'Bernd Böse',
        organisation: { __typename: 'Organisation', id: 'o-3', name: 'Stadt Irgendwo' },
      },
      thread: { __typename: 'Thread', id: 't-9', title: 'Streit um die Schnittstelle' },
      ...postOverrides,
    },
    ...overrides,
  } as QueueFlag;
}
