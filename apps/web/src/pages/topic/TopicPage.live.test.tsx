import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeSocket, connectWhenReady } from '@/test/fake-socket';
import { buildThreadSummary, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { TopicQueryDocument } from '@/features/topics/graphql/topic.graphql';
import { TopicPage } from './TopicPage';

function topicResult(threads: ReturnType<typeof buildThreadSummary>[]) {
  return {
    data: {
      topic: {
        __typename: 'Topic',
        id: 'topic-1',
        title: 'Elterngeld Digital',
        description: null,
        ozgId: null,
        leikaKey: null,
        serviceStatus: null,
        link: null,
        contactRole: null,
        standards: [],
        reuseLinks: [],
        profileUpdatedAt: null,
        profileUpdatedBy: null,
        viewerCanEditProfile: false,
        threadCount: threads.length,
        openThreadCount: threads.length,
        lastActivityAt: null,
        leadLand: null,
        board: { __typename: 'Board', id: 'b-1', slug: 'familie-kind', title: 'Familie & Kind' },
        threads: {
          __typename: 'ThreadConnection',
          edges: threads.map((node, i) => ({ __typename: 'ThreadEdge', cursor: `c-${i}`, node })),
          pageInfo: { __typename: 'PageInfo', endCursor: 'c-last', hasNextPage: false },
          totalCount: threads.length,
        },
      },
    },
  };
}

const older = buildThreadSummary({ id: 't-old', title: 'Ältere Frage' });
const fresh = buildThreadSummary({ id: 't-new', title: 'Ganz neue Frage zum Elterngeld' });

describe('TopicPage live updates', () => {
  it('joins the topic room and offers "1 neue Frage – anzeigen", which loads the list again', async () => {
    const socket = new FakeSocket();
    const reload = vi.fn(() => topicResult([fresh, older]));
    renderWithProviders(<TopicPage />, {
      mocks: [
        {
          request: { query: TopicQueryDocument, variables: { id: 'topic-1', first: 20 } },
          result: topicResult([older]),
        },
        { request: { query: TopicQueryDocument, variables: { id: 'topic-1', first: 20 } }, result: reload },
      ],
      route: '/themen/topic-1',
      path: '/themen/:topicId',
      viewer: buildViewer(),
      socket,
    });
    await screen.findByRole('link', { name: 'Ältere Frage' });
    await connectWhenReady(socket);
    expect(socket.emitted).toContainEqual({ event: 'topic:join', payload: { topicId: 'topic-1' } });

    socket.serverEmit('thread:created', { topicId: 'topic-other', threadId: 't-x' });
    expect(screen.queryByRole('button', { name: /neue Frage/ })).toBeNull();
    socket.serverEmit('thread:created', { topicId: 'topic-1', threadId: 't-new' });
    const show = await screen.findByRole('button', { name: '1 neue Frage – anzeigen' });
    expect(screen.queryByRole('link', { name: 'Ganz neue Frage zum Elterngeld' })).toBeNull();

    await userEvent.setup().click(show);
    expect(await screen.findByRole('link', { name: 'Ganz neue Frage zum Elterngeld' })).toBeTruthy();
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('button', { name: /neue Frage/ })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Fragen' }));
  });
});
