import { screen, waitFor } from '@testing-library/react';
import type { PostFieldsFragment } from '@/gql/graphql';
import { FakeSocket, connectWhenReady } from '@/test/fake-socket';
import { buildLandAuthor, buildPost, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { ThreadWatchLevelQueryDocument } from '@/features/watches/graphql/watches.graphql';
import { ThreadQueryDocument } from '@/features/threads/graphql/thread.graphql';
import { POSTS_PAGE_SIZE } from '@/features/threads/hooks/use-thread';
import { ThreadPage } from './ThreadPage';

const question = buildPost({ id: 'p-1', body: 'Frage', bodyHtml: '<p>Wie binden wir an?</p>' });
const reply = buildPost({
  id: 'p-2',
  bodyHtml: '<p>Über FIT-Connect.</p>',
  author: buildLandAuthor(),
  official: true,
});
const ownReply = buildPost({
  id: 'p-3',
  bodyHtml: '<p>Danke!</p>',
  author: { ...buildPost().author, id: 'u-kommune' },
});

function threadResult(
  posts: PostFieldsFragment[],
  cursors: string[],
  overrides: Record<string, unknown> = {},
) {
  return {
    data: {
      thread: {
        __typename: 'Thread',
        id: 't-1',
        title: 'Wie binden wir den Dienst an?',
        state: 'OPEN',
        progress: 'OPEN',
        locked: false,
        pinned: false,
        replyCount: posts.length,
        createdAt: '2026-11-01T10:00:00.000Z',
        lastActivityAt: '2026-11-20T10:00:00.000Z',
        viewerCanReply: false,
        viewerCanAccept: false,
        viewerBookmarked: false,
        viewerFirstUnreadPostId: null,
        author: { __typename: 'User', id: 'u-1', displayName: 'Karla Kommune' },
        topic: {
          __typename: 'Topic',
          id: 'topic-1',
          title: 'Elterngeld Digital',
          leadLand: { __typename: 'Organisation', id: 'o-he', name: 'Hessen' },
          board: { __typename: 'Board', id: 'b-1', slug: 'familie-kind', title: 'Familie & Kind' },
        },
        acceptedPost: null,
        posts: {
          __typename: 'PostConnection',
          edges: posts.map((node, i) => ({ __typename: 'PostEdge', cursor: cursors[i], node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: cursors[cursors.length - 1] ?? null,
            hasNextPage: false,
          },
          totalCount: posts.length,
        },
        ...overrides,
      },
    },
  };
}

const initialMock = {
  request: { query: ThreadQueryDocument, variables: { id: 't-1', first: POSTS_PAGE_SIZE } },
  result: threadResult([question], ['c-1']),
};
const watchMock = {
  request: { query: ThreadWatchLevelQueryDocument, variables: { id: 't-1' } },
  result: { data: { thread: { __typename: 'Thread', id: 't-1', viewerWatchLevel: 'NONE' } } },
  maxUsageCount: 5,
};
function newerMock(post: PostFieldsFragment, cursor: string) {
  const result = vi.fn(() => threadResult([post], [cursor], { replyCount: 1 }));
  return {
    mock: {
      request: { query: ThreadQueryDocument, variables: { id: 't-1', first: POSTS_PAGE_SIZE, after: 'c-1' } },
      result,
    },
    result,
  };
}

async function renderThread(mocks: object[], route = '/fragen/t-1') {
  const socket = new FakeSocket();
  const view = renderWithProviders(<ThreadPage />, {
    mocks: mocks as never,
    route,
    path: '/fragen/:threadId',
    viewer: buildViewer(),
    socket,
  });
  await screen.findByText('Wie binden wir an?');
  await connectWhenReady(socket);
  return { ...view, socket };
}

afterEach(() => {
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

describe('ThreadPage live updates', () => {
  it('joins the thread room when the page opens', async () => {
    const { socket } = await renderThread([initialMock, watchMock]);
    expect(socket.emitted).toContainEqual({ event: 'thread:join', payload: { threadId: 't-1' } });
  });

  it('appends a new reply below, announces it politely and never scrolls or moves focus', async () => {
    const newer = newerMock(reply, 'c-2');
    const { socket } = await renderThread([initialMock, watchMock, newer.mock]);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const focused = document.activeElement;

    socket.serverEmit('post:created', { threadId: 't-1', postId: 'p-2' });
    expect(await screen.findByText('Über FIT-Connect.')).toBeTruthy();
    const articles = screen.getAllByRole('article');
    expect(articles.map((a) => a.id)).toEqual(['post-p-1', 'post-p-2']);
    const announcement = await screen.findByText(/Neue Antwort von Lars Land/);
    expect(announcement.getAttribute('aria-live')).toBe('polite');
    expect(scrollTo).not.toHaveBeenCalled();
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(focused);
  });

  it('ignores events of other threads and does not announce the viewer’s own reply', async () => {
    const newer = newerMock(ownReply, 'c-3');
    const { socket } = await renderThread([initialMock, watchMock, newer.mock]);

    socket.serverEmit('post:created', { threadId: 't-other', postId: 'p-9' });
    socket.serverEmit('post:created', { threadId: 't-1', postId: 'p-3' });
    expect(await screen.findByText('Danke!')).toBeTruthy();
    expect(newer.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Neue Antwort von/)).toBeNull();
  });

  it('refetches the shown posts when one is edited elsewhere', async () => {
    const edited = {
      ...question,
      bodyHtml: '<p>Wie binden wir den Dienst an? (ergänzt)</p>',
      editedAt: '2026-11-21T10:00:00.000Z',
    };
    const refetch = vi.fn(() => threadResult([edited], ['c-1']));
    const { socket } = await renderThread([
      initialMock,
      watchMock,
      {
        request: { query: ThreadQueryDocument, variables: { id: 't-1', first: POSTS_PAGE_SIZE } },
        result: refetch,
      },
    ]);

    socket.serverEmit('post:updated', { threadId: 't-1', postId: 'p-1' });
    expect(await screen.findByText('Wie binden wir den Dienst an? (ergänzt)')).toBeTruthy();
    await waitFor(() => expect(refetch).toHaveBeenCalledTimes(1));
  });

  it('catches up after a reconnect: refreshes and appends what was written meanwhile, without duplicates', async () => {
    const refreshed = vi.fn(() => {
      const result = threadResult([question], ['c-1']);
      result.data.thread.posts.pageInfo.hasNextPage = true;
      return result;
    });
    const newer = newerMock(reply, 'c-2');
    const { socket } = await renderThread([
      initialMock,
      watchMock,
      {
        request: { query: ThreadQueryDocument, variables: { id: 't-1', first: POSTS_PAGE_SIZE } },
        result: refreshed,
      },
      newer.mock,
    ]);

    socket.drop();
    socket.connect();
    expect(await screen.findByText('Über FIT-Connect.')).toBeTruthy();
    expect(refreshed).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['post-p-1', 'post-p-2']);
  });

  it('scrolls to and focuses the post named in the URL (a notification link) once it is loaded', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    await renderThread([initialMock, watchMock], '/fragen/t-1#post-p-1');
    const post = document.getElementById('post-p-1');
    await waitFor(() => expect(scrolled).toEqual([post]));
    expect(document.activeElement).toBe(post);
  });
});
