import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotificationFieldsFragment } from '@/gql/graphql';
import { FakeSocket, connectWhenReady } from '@/test/fake-socket';
import { buildNotification, buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import {
  MarkNotificationsReadMutationDocument,
  NotificationsQueryDocument,
  UnreadNotificationCountQueryDocument,
} from '../graphql/notifications.graphql';
import { NotificationBell } from './NotificationBell';
import { PANEL_SIZE } from './NotificationPanel';

const unread = buildNotification();
const read = buildNotification({
  id: 'n-2',
  type: 'MENTION',
  read: true,
  thread: {
    __typename: 'Thread',
    id: 't-2',
    title: 'Vertrag zur Nachnutzung',
    author: { __typename: 'User', id: 'u-other' },
  } as NotificationFieldsFragment['thread'],
  post: null,
  actor: {
    __typename: 'User',
    id: 'u-3',
    displayName: 'Julia Berger',
  } as NotificationFieldsFragment['actor'],
});

function countMock(count: number) {
  return {
    request: { query: UnreadNotificationCountQueryDocument },
    result: { data: { unreadNotificationCount: count } },
  };
}

function countSequence(...counts: number[]) {
  const result = vi.fn(() => ({
    data: { unreadNotificationCount: counts[Math.min(result.mock.calls.length - 1, counts.length - 1)] },
  }));
  return { request: { query: UnreadNotificationCountQueryDocument }, result, maxUsageCount: counts.length };
}

function listMock(nodes: NotificationFieldsFragment[]) {
  return {
    request: { query: NotificationsQueryDocument, variables: { first: PANEL_SIZE } },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          edges: nodes.map((node, i) => ({ __typename: 'NotificationEdge', cursor: `c-${i}`, node })),
          pageInfo: { __typename: 'PageInfo', endCursor: 'c-end', hasNextPage: false },
          totalCount: nodes.length,
        },
      },
    },
    maxUsageCount: 5,
  };
}

// The bell is in the header: it stays on screen whatever page the router shows.
function renderBell(mocks: object[], socket?: FakeSocket) {
  return renderWithProviders(<NotificationBell />, {
    mocks: mocks as never,
    viewer: buildViewer(),
    socket,
    path: '*',
  });
}

describe('NotificationBell', () => {
  it('names the unread count from unreadNotificationCount and follows notification:count live', async () => {
    const socket = new FakeSocket();
    renderBell([countMock(3)], socket);
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, 3 ungelesen' })).toBeTruthy();
    await connectWhenReady(socket);

    socket.serverEmit('notification:count', { unread: 4 });
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, 4 ungelesen' })).toBeTruthy();
    socket.serverEmit('notification:count', { unread: 0 });
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, keine ungelesen' })).toBeTruthy();
  });

  it('opens a panel with the latest notifications, unread ones marked, and closes on Escape', async () => {
    renderBell([countMock(1), listMock([unread, read])]);
    const user = userEvent.setup();
    const bell = await screen.findByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');

    await user.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const panel = await screen.findByRole('region', { name: 'Benachrichtigungen' });
    await waitFor(() =>
      expect(document.activeElement).toBe(within(panel).getByRole('heading', { name: 'Benachrichtigungen' })),
    );
    const first = await within(panel).findByRole('link', {
      name: 'Ungelesen: Thomas Wagner hat Ihre Frage „Wie binden wir den Dienst an?“ offiziell beantwortet',
    });
    expect(first.getAttribute('href')).toBe('/fragen/t-1#post-p-2');
    expect(
      within(panel)
        .getByRole('link', { name: 'Julia Berger hat Sie in „Vertrag zur Nachnutzung“ erwähnt' })
        .getAttribute('href'),
    ).toBe('/fragen/t-2');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Benachrichtigungen' })).toBeNull();
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(bell);
  });

  it('marks all as read: the count drops to zero and no item is unread any more', async () => {
    const markAll = vi.fn(() => ({ data: { markNotificationsRead: 1 } }));
    renderBell([
      countMock(1),
      listMock([unread, read]),
      { request: { query: MarkNotificationsReadMutationDocument, variables: {} }, result: markAll },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' }));
    await screen.findByRole('link', { name: /^Ungelesen: Thomas Wagner/ });

    await user.click(screen.getByRole('button', { name: 'Alle als gelesen markieren' }));
    await waitFor(() => expect(markAll).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, keine ungelesen' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Ungelesen:/ })).toBeNull();
    expect(screen.getByRole('link', { name: /^Thomas Wagner hat Ihre Frage/ })).toBeTruthy();
  });

  it('marks one read when it is followed, closes the panel and opens the thread at the post', async () => {
    const markOne = vi.fn(() => ({ data: { markNotificationsRead: 1 } }));
    const { router } = renderBell([
      countSequence(2, 1),
      listMock([unread, read]),
      {
        request: { query: MarkNotificationsReadMutationDocument, variables: { ids: ['n-1'] } },
        result: markOne,
      },
    ]);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Benachrichtigungen, 2 ungelesen' }));
    await user.click(await screen.findByRole('link', { name: /^Ungelesen: Thomas Wagner/ }));

    await waitFor(() => expect(markOne).toHaveBeenCalledTimes(1));
    // The count comes from the server again, so a pushed count arriving first is not subtracted twice.
    expect(await screen.findByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/fragen/t-1');
    expect(router.state.location.hash).toBe('#post-p-2');
  });

  it('announces a notification arriving live politely, without moving focus', async () => {
    const socket = new FakeSocket();
    renderBell([countMock(0), listMock([])], socket);
    await screen.findByRole('button', { name: 'Benachrichtigungen, keine ungelesen' });
    await connectWhenReady(socket);
    const before = document.activeElement;

    socket.serverEmit('notification', {
      id: 'n-9',
      type: 'REPLY',
      read: false,
      createdAt: '2026-11-21T10:00:00.000Z',
      detail: null,
      thread: { id: 't-9', title: 'Frage zum Fachverfahren' },
      post: { id: 'p-9' },
      actor: { id: 'u-9', displayName: 'Lars Land' },
    });
    const region = await screen.findByText(
      /Neue Benachrichtigung: Lars Land hat in „Frage zum Fachverfahren“ geantwortet/,
    );
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement).toBe(before);
  });
});
