import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildLandAuthor, buildPost } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { DeletePostMutationDocument } from '../graphql/post.graphql';
import { PostItem } from './PostItem';

describe('PostItem', () => {
  it('marks an official answer with the Land name and the lead-Land mark', async () => {
    renderWithProviders(
      <PostItem
        post={buildPost({ official: true, leadLandAnswer: true, author: buildLandAuthor() })}
        isQuestion={false}
        canAccept={false}
      />,
    );
    expect(await screen.findByText('Offizielle Antwort: Hessen')).toBeTruthy();
    expect(screen.getByText('Federführendes Land')).toBeTruthy();
  });

  it('shows neither badge for an ordinary reply', async () => {
    renderWithProviders(<PostItem post={buildPost()} isQuestion={false} canAccept={false} />);
    await screen.findByText('Antworttext');
    expect(screen.queryByText(/Offizielle Antwort/)).toBeNull();
    expect(screen.queryByText('Federführendes Land')).toBeNull();
  });

  it('highlights the accepted answer', async () => {
    renderWithProviders(<PostItem post={buildPost({ accepted: true })} isQuestion={false} canAccept />);
    const article = await screen.findByRole('article');
    expect(within(article).getByText('Als Lösung markiert')).toBeTruthy();
    expect(article.className).toContain('app-post--accepted');
    // Already accepted: no second "mark as solution" button.
    expect(screen.queryByRole('button', { name: 'Als Lösung markieren' })).toBeNull();
  });

  it('renders the server-sanitised HTML body', async () => {
    renderWithProviders(
      <PostItem
        post={buildPost({ bodyHtml: '<p>Siehe <strong>Abschnitt 3</strong></p>' })}
        isQuestion={false}
        canAccept={false}
      />,
    );
    expect((await screen.findByText('Abschnitt 3')).tagName).toBe('STRONG');
  });

  it('replaces a hidden post by the moderation notice and its reason', async () => {
    renderWithProviders(
      <PostItem
        post={buildPost({ hidden: true, hiddenReason: 'Beleidigung', body: '', bodyHtml: '' })}
        isQuestion={false}
        canAccept
      />,
    );
    expect(await screen.findByText('Dieser Beitrag wurde von der Moderation ausgeblendet.')).toBeTruthy();
    expect(screen.getByText('Grund: Beleidigung')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Als Lösung markieren' })).toBeNull();
  });

  it('shows a deleted post as deleted without its text or actions', async () => {
    renderWithProviders(
      <PostItem
        post={buildPost({
          deleted: true,
          bodyHtml: '<p>alter Text</p>',
          viewerCanEdit: true,
          viewerCanDelete: true,
        })}
        isQuestion={false}
        canAccept
      />,
    );
    expect(await screen.findByText('Dieser Beitrag wurde gelöscht.')).toBeTruthy();
    expect(screen.queryByText('alter Text')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bearbeiten' })).toBeNull();
  });

  it('offers "Als Lösung markieren" on replies only, not on the question', async () => {
    const onAccept = vi.fn();
    const { unmount } = renderWithProviders(
      <PostItem post={buildPost({ id: 'p-q' })} isQuestion canAccept onAccept={onAccept} />,
    );
    await screen.findByText('Frage');
    expect(screen.queryByRole('button', { name: 'Als Lösung markieren' })).toBeNull();
    unmount();

    renderWithProviders(
      <PostItem post={buildPost({ id: 'p-2' })} isQuestion={false} canAccept onAccept={onAccept} />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Als Lösung markieren' }));
    expect(onAccept).toHaveBeenCalledWith('p-2');
  });

  it('deletes only after confirming in the dialog', async () => {
    const post = buildPost({ id: 'p-3', viewerCanDelete: true });
    const deleteMock = {
      request: { query: DeletePostMutationDocument, variables: { postId: 'p-3' } },
      result: vi.fn(() => ({ data: { deletePost: { ...post, deleted: true, body: '', bodyHtml: '' } } })),
    };
    renderWithProviders(<PostItem post={post} isQuestion={false} canAccept={false} />, {
      mocks: [deleteMock],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('Beitrag löschen?')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen', hidden: true }));
    await waitFor(() => expect(within(dialog).queryByText('Beitrag löschen?')).toBeNull());
    expect(deleteMock.result).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ja, löschen', hidden: true }));
    await waitFor(() => expect(deleteMock.result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(within(dialog).queryByText('Beitrag löschen?')).toBeNull());
  });
});
