import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ReplyForm } from './thread/ReplyForm';
import { NewThreadForm } from './new-thread/NewThreadForm';
import {
  DeleteDraftMutationDocument,
  DraftQueryDocument,
  SaveDraftMutationDocument,
} from '@/features/drafts/graphql/drafts.graphql';

function draftMock(key: string, draft: { title?: string | null; body: string } | null) {
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

describe('drafts', () => {
  it('restores a saved reply draft when the thread opens', async () => {
    renderWithProviders(<ReplyForm threadId="t-1" onCreated={vi.fn()} />, {
      mocks: [draftMock('thread:t-1', { body: 'Halb geschriebene Antwort' })],
    });
    const editor = await screen.findByLabelText('Ihre Antwort');
    await waitFor(() => expect((editor as HTMLTextAreaElement).value).toBe('Halb geschriebene Antwort'));
    expect(screen.getByText('Entwurf wiederhergestellt').getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Entwurf verwerfen' })).toBeTruthy();
  });

  it('saves the reply as a draft one second after typing stops', async () => {
    const saved = vi.fn((vars: { key: string; body: string; title?: string | null }) => {
      void vars;
      return true;
    });
    const saveMock = {
      request: { query: SaveDraftMutationDocument, variables: saved },
      result: {
        data: {
          saveDraft: {
            __typename: 'Draft',
            key: 'thread:t-1',
            title: null,
            body: 'Wir nutzen FIT-Connect',
            updatedAt: '2026-11-20T10:00:00.000Z',
          },
        },
      },
    };
    renderWithProviders(<ReplyForm threadId="t-1" onCreated={vi.fn()} />, {
      mocks: [draftMock('thread:t-1', null), saveMock],
    });
    const user = userEvent.setup();
    const editor = await screen.findByLabelText('Ihre Antwort');
    await waitFor(() => expect(saved).not.toHaveBeenCalled());
    await user.type(editor, 'Wir nutzen FIT-Connect');
    expect(saved).not.toHaveBeenCalled();
    expect(await screen.findByText('Entwurf gespeichert', {}, { timeout: 3000 })).toBeTruthy();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(saved.mock.calls[0][0]).toMatchObject({ key: 'thread:t-1', body: 'Wir nutzen FIT-Connect' });
  });

  it('"Entwurf verwerfen" deletes the draft and empties the editor', async () => {
    const deleted = vi.fn(() => ({ data: { deleteDraft: true } }));
    renderWithProviders(<ReplyForm threadId="t-1" onCreated={vi.fn()} />, {
      mocks: [
        draftMock('thread:t-1', { body: 'Alter Entwurf' }),
        {
          request: { query: DeleteDraftMutationDocument, variables: { key: 'thread:t-1' } },
          result: deleted,
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Entwurf verwerfen' }));
    await waitFor(() => expect(deleted).toHaveBeenCalledTimes(1));
    expect((screen.getByLabelText('Ihre Antwort') as HTMLTextAreaElement).value).toBe('');
    expect(await screen.findByText('Entwurf verworfen')).toBeTruthy();
  });

  it('restores title and text of a question draft for the topic', async () => {
    renderWithProviders(<NewThreadForm topicId="topic-1" />, {
      mocks: [draftMock('topic:topic-1', { title: 'Wie melden wir uns an?', body: 'Entwurfstext' })],
      path: '/themen/:topicId/neue-frage',
      route: '/themen/topic-1/neue-frage',
    });
    const title = await screen.findByLabelText('Titel Ihrer Frage');
    await waitFor(() => expect((title as HTMLInputElement).value).toBe('Wie melden wir uns an?'));
    expect((screen.getByLabelText('Ihre Frage') as HTMLTextAreaElement).value).toBe('Entwurfstext');
  });
});
