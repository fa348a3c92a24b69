import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { CreatePostMutationDocument } from '@/features/posts/graphql/post.graphql';
import {
  DeleteDraftMutationDocument,
  SaveDraftMutationDocument,
} from '@/features/drafts/graphql/drafts.graphql';
import { draftMock } from '@/features/drafts/test/draft-mock';
import { ReplyForm, type ReplyFormHandle } from './ReplyForm';

const hessen = buildViewer({
  id: 'u-land',
  organisation: { id: 'o-he', name: 'Hessen', kind: 'LAND', code: 'HE' },
});

function createPostMock(sent: Array<{ official?: boolean | null }>) {
  return {
    request: {
      query: CreatePostMutationDocument,
      variables: (vars: { input: { official?: boolean | null } }) => {
        sent.push(vars.input);
        return true;
      },
    },
    result: { data: { createPost: buildPost({ id: 'p-new' }) } },
  };
}

describe('ReplyForm', () => {
  it('tells a Land representative that the reply is the official (lead) answer of their Land', async () => {
    renderWithProviders(<ReplyForm threadId="t-1" leadLandId="o-he" onCreated={() => {}} />, {
      viewer: hessen,
    });
    expect(
      await screen.findByText(/Sie antworten für Hessen, das federführende Land dieser Leistung/),
    ).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: 'Als offizielle Antwort von Hessen veröffentlichen' });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('button', { name: 'Offizielle Antwort senden' })).toBeTruthy();
  });

  it('says so without the lead mark in other services, and lets the Land write an ordinary note', async () => {
    const sent: Array<{ official?: boolean | null }> = [];
    const created: string[] = [];
    renderWithProviders(<ReplyForm threadId="t-1" leadLandId="o-by" onCreated={(id) => created.push(id)} />, {
      viewer: hessen,
      mocks: [createPostMock(sent)],
    });
    expect(
      await screen.findByText(/^Sie antworten für Hessen\. Ihre Antwort wird als offizielle/),
    ).toBeTruthy();
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('checkbox', { name: 'Als offizielle Antwort von Hessen veröffentlichen' }),
    );
    expect(screen.getByText(/Sie schreiben eine einfache Anmerkung/)).toBeTruthy();
    await user.type(screen.getByLabelText('Ihre Antwort'), 'Wir prüfen das und melden uns.');
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    await waitFor(() => expect(created).toEqual(['p-new']));
    expect(sent.at(-1)).toMatchObject({ threadId: 't-1', official: false });
  });

  it('shows no such choice to other accounts and sends no official flag', async () => {
    const sent: Array<{ official?: boolean | null }> = [];
    renderWithProviders(<ReplyForm threadId="t-1" leadLandId="o-he" onCreated={() => {}} />, {
      viewer: buildViewer(),
      mocks: [createPostMock(sent)],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Ihre Antwort'), 'Danke, das hilft uns.');
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Antwort senden' }));
    await waitFor(() => expect(sent.length).toBeGreaterThan(0));
    expect(sent.at(-1)).not.toHaveProperty('official');
  });

  it('inserts the quote into the reply editor and focuses it', async () => {
    const ref = createRef<ReplyFormHandle>();
    renderWithProviders(<ReplyForm ref={ref} threadId="t-1" onCreated={vi.fn()} />);
    const editor = (await screen.findByLabelText('Ihre Antwort')) as HTMLTextAreaElement;
    act(() => ref.current?.insertQuote('Zitierter Text'));
    await waitFor(() => expect(editor.value).toBe('> Zitierter Text\n\n'));
    expect(document.activeElement).toBe(editor);
  });
});

describe('ReplyForm drafts', () => {
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
});
