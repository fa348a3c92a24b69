import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LIMITS } from '@forum/shared';
import { loadNamespace } from '@/i18n/i18n';
import { buildThreadSummary, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { BookmarksQueryDocument } from '../graphql/bookmarks.graphql';
import { BookmarksPage } from './BookmarksPage';

beforeAll(async () => {
  await loadNamespace('de', 'bookmarks');
});

function page(titles: string[], after: string | undefined, endCursor: string, hasNextPage: boolean) {
  return {
    request: { query: BookmarksQueryDocument, variables: { first: LIMITS.pageSizeDefault, after } },
    result: {
      data: {
        bookmarks: {
          __typename: 'BookmarkConnection',
          edges: titles.map((title, i) => ({
            __typename: 'BookmarkEdge',
            cursor: `${endCursor}-${i}`,
            node: {
              __typename: 'Bookmark',
              createdAt: '2026-11-20T10:00:00.000Z',
              thread: buildThreadSummary({ id: `t-${title}`, title, viewerIsNew: title === 'Zweite' }),
            },
          })),
          pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
          totalCount: 3,
        },
      },
    },
  };
}

describe('BookmarksPage', () => {
  it('lists the bookmarked questions with their read marks and appends the next page on "Mehr laden"', async () => {
    renderWithProviders(<BookmarksPage />, {
      viewer: buildViewer(),
      mocks: [page(['Erste', 'Zweite'], undefined, 'c2', true), page(['Dritte'], 'c2', 'c3', false)],
    });
    expect(await screen.findByRole('link', { name: 'Erste' })).toBeTruthy();
    expect(screen.getByText('neu')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Mehr laden' }));
    expect(await screen.findByRole('link', { name: 'Dritte' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mehr laden' })).toBeNull());
  });
});
