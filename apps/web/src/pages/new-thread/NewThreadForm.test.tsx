import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { CreateThreadMutationDocument } from '@/features/threads/graphql/thread.graphql';
import { draftMock } from '@/features/drafts/test/draft-mock';
import { NewThreadForm } from './NewThreadForm';

describe('NewThreadForm', () => {
  it('enforces the title length before sending', async () => {
    renderWithProviders(<NewThreadForm topicId="topic-1" />, {
      path: '/themen/:topicId/neue-frage',
      route: '/themen/topic-1/neue-frage',
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Titel Ihrer Frage'), 'Kurz');
    await user.type(screen.getByLabelText('Ihre Frage'), 'Text');
    await user.click(screen.getByRole('button', { name: 'Frage veröffentlichen' }));
    expect(screen.getByLabelText('Titel Ihrer Frage').getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getAllByText('Der Titel muss zwischen 5 und 200 Zeichen lang sein.').length,
    ).toBeGreaterThan(0);
  });

  it('reuses the same clientId when the question is sent again, then opens the new thread', async () => {
    const clientIds: string[] = [];
    const record = (vars: { input: { clientId?: string | null; topicId: string } }) => {
      clientIds.push(vars.input.clientId ?? '');
      return vars.input.topicId === 'topic-1';
    };
    const mocks = [
      {
        request: { query: CreateThreadMutationDocument, variables: record },
        error: new TypeError('Failed to fetch'),
      },
      {
        request: { query: CreateThreadMutationDocument, variables: record },
        result: {
          data: { createThread: { __typename: 'Thread', id: 't-new', title: 'Wie melden wir uns an?' } },
        },
      },
    ];
    const { router } = renderWithProviders(<NewThreadForm topicId="topic-1" />, {
      mocks,
      path: '/themen/:topicId/neue-frage',
      route: '/themen/topic-1/neue-frage',
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Titel Ihrer Frage'), 'Wie melden wir uns an?');
    await user.type(screen.getByLabelText('Ihre Frage'), 'Wir möchten den Dienst nachnutzen.');
    await user.click(screen.getByRole('button', { name: 'Frage veröffentlichen' }));
    expect(
      await screen.findByText('Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung.'),
    ).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Frage veröffentlichen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/fragen/t-new'));
    const sent = [...new Set(clientIds)];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('NewThreadForm drafts', () => {
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
