import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { EditPostMutationDocument } from '../graphql/post.graphql';
import { EditPostForm } from './EditPostForm';

const PDF = {
  __typename: 'Attachment' as const,
  id: 'a-pdf',
  name: 'Leistungsbeschreibung.pdf',
  size: 2048,
  contentType: 'application/pdf',
  url: '/files/a-pdf/Leistungsbeschreibung.pdf',
};
const IMAGE = {
  __typename: 'Attachment' as const,
  id: 'a-img',
  name: 'fehler.png',
  size: 1024,
  contentType: 'image/png',
  url: '/files/a-img/fehler.png',
};

describe('EditPostForm', () => {
  it('lists the current files; a removed image leaves the text and the list replaces the files', async () => {
    const body = `Siehe Anhang.\n\n![Fehlermeldung](${IMAGE.url})\n`;
    const post = buildPost({ id: 'p-1', body, attachments: [PDF, IMAGE] });
    const sent = vi.fn();
    const mocks = [
      {
        request: {
          query: EditPostMutationDocument,
          variables: (vars: { input: { body: string; attachmentIds?: string[] | null } }) => {
            sent(vars.input);
            return true;
          },
        },
        result: { data: { editPost: { ...post, attachments: [PDF] } } },
      },
    ];
    const onDone = vi.fn();
    renderWithProviders(<EditPostForm post={post} onDone={onDone} />, {
      mocks,
      viewer: buildViewer({ id: post.author.id }),
    });
    const user = userEvent.setup();
    expect(await screen.findByText('Leistungsbeschreibung.pdf')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Datei anhängen' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '„fehler.png“ entfernen' }));
    expect(screen.queryByText('fehler.png')).toBeNull();
    expect((document.getElementById('edit-p-1') as HTMLTextAreaElement).value).toBe('Siehe Anhang.\n\n');

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({ postId: 'p-1', body: 'Siehe Anhang.\n\n', attachmentIds: ['a-pdf'] });
  });

  it("lets a moderator remove but not add files to someone else's post", async () => {
    const post = buildPost({ attachments: [PDF] });
    renderWithProviders(<EditPostForm post={post} onDone={() => {}} />, {
      viewer: buildViewer({ id: 'u-moderator', role: 'MODERATOR' }),
    });
    expect(await screen.findByRole('button', { name: '„Leistungsbeschreibung.pdf“ entfernen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Datei anhängen' })).toBeNull();
  });
});
