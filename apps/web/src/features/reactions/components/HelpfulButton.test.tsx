import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { HelpfulButton } from './HelpfulButton';
import { SetHelpfulMutationDocument } from '../graphql/reactions.graphql';

describe('"Hilfreich"', () => {
  it('sends the toggle for a post by someone else (aria-pressed)', async () => {
    const result = vi.fn(() => ({
      data: {
        setHelpful: {
          __typename: 'Post',
          id: 'p-9',
          helpfulCount: 1,
          viewerFoundHelpful: true,
          helpfulBy: [{ __typename: 'User', id: 'u-kommune', displayName: 'Karla Kommune' }],
        },
      },
    }));
    const post = buildPost({ id: 'p-9', author: { ...buildPost().author, id: 'u-land' } });
    renderWithProviders(<HelpfulButton post={post} />, {
      viewer: buildViewer(),
      mocks: [
        {
          request: { query: SetHelpfulMutationDocument, variables: { postId: 'p-9', helpful: true } },
          result,
        },
      ],
    });
    const button = await screen.findByRole('button', { name: 'Hilfreich (0)' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.setup().click(button);
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
  });

  it('shows the pressed state, the count and the list of people', async () => {
    const post = buildPost({
      id: 'p-9',
      author: { ...buildPost().author, id: 'u-land' },
      helpfulCount: 2,
      viewerFoundHelpful: true,
      helpfulBy: [
        { __typename: 'User', id: 'u-a', displayName: 'Anna Amt' },
        { __typename: 'User', id: 'u-b', displayName: 'Bert Bürger' },
      ] as never,
    });
    renderWithProviders(<HelpfulButton post={post} />, {
      viewer: buildViewer(),
    });
    const button = await screen.findByRole('button', { name: 'Hilfreich (2)' });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const who = screen.getByRole('button', { name: 'Wer fand das hilfreich?' });
    expect(who.getAttribute('aria-expanded')).toBe('false');
    await userEvent.setup().click(who);
    expect(who.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Bert Bürger')).toBeTruthy();
  });

  it('is not offered on the viewer’s own posts, which show only the count', async () => {
    const author = { ...buildPost().author, id: 'u-kommune' };
    const { unmount } = renderWithProviders(
      <>
        <p>Beitrag</p>
        <HelpfulButton post={buildPost({ author })} />
      </>,
      { viewer: buildViewer() },
    );
    await screen.findByText('Beitrag');
    expect(screen.queryByRole('button', { name: /Hilfreich/ })).toBeNull();
    unmount();

    renderWithProviders(<HelpfulButton post={buildPost({ author, helpfulCount: 2 })} />, {
      viewer: buildViewer(),
    });
    expect(await screen.findByText('2 Personen fanden das hilfreich')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Hilfreich/ })).toBeNull();
  });
});
