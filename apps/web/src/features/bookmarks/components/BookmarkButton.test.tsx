import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { BookmarkThreadMutationDocument } from '../graphql/bookmarks.graphql';
import { BookmarkButton } from './BookmarkButton';

describe('"Merken"', () => {
  it('sends the toggled state and exposes it with aria-pressed', async () => {
    const result = vi.fn(() => ({
      data: { bookmarkThread: { __typename: 'Thread', id: 't-1', viewerBookmarked: true } },
    }));
    renderWithProviders(<BookmarkButton threadId="t-1" bookmarked={false} />, {
      mocks: [
        {
          request: {
            query: BookmarkThreadMutationDocument,
            variables: { threadId: 't-1', bookmarked: true },
          },
          result,
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Merken' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.setup().click(button);
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });

  it('removes a bookmark when pressed again', async () => {
    const result = vi.fn(() => ({
      data: { bookmarkThread: { __typename: 'Thread', id: 't-1', viewerBookmarked: false } },
    }));
    renderWithProviders(<BookmarkButton threadId="t-1" bookmarked />, {
      mocks: [
        {
          request: {
            query: BookmarkThreadMutationDocument,
            variables: { threadId: 't-1', bookmarked: false },
          },
          result,
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Merken' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.setup().click(button);
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });
});
