import { DraftQueryDocument } from '../graphql/drafts.graphql';

/** The `draft(key)` answer for MockedProvider: a stored draft, or none. */
export function draftMock(key: string, draft: { title?: string | null; body: string } | null) {
  return {
    request: { query: DraftQueryDocument, variables: { key } },
    result: {
      data: {
        draft: draft
          ? {
              __typename: 'Draft',
              key,
              title: draft.title ?? null,
              body: draft.body,
              updatedAt: '2026-11-20T10:00:00.000Z',
            }
          : null,
      },
    },
  };
}
