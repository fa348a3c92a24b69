import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { CreatePostMutationDocument } from '@/features/posts/graphql/post.graphql';
import { ReplyForm } from './ReplyForm';

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
});
