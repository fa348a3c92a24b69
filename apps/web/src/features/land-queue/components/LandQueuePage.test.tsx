import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LandQueueThreadFieldsFragment } from '@/gql/graphql';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { LandQueueQueryDocument, MyLandTopicsQueryDocument } from '../graphql/land-queue.graphql';
import { questionAge } from '../lib/age';
import { LandQueuePage } from './LandQueuePage';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const landViewer = buildViewer({
  id: 'u-land',
  displayName: 'Lars Land',
  organisation: { id: 'o-he', name: 'Hessen', kind: 'LAND', code: 'HE' },
});

function queueThread(overrides: Partial<LandQueueThreadFieldsFragment>): LandQueueThreadFieldsFragment {
  return {
    __typename: 'Thread',
    id: 'th-1',
    title: 'Wie binden wir den Dienst an?',
    state: 'OPEN',
    progress: 'OPEN',
    createdAt: '2026-11-20T11:00:00.000Z',
    replyCount: 0,
    hasLandAnswer: false,
    firstLandAnswerAt: null,
    topic: { __typename: 'Topic', id: 't-eg', title: 'Elterngeld Digital' },
    author: {
      __typename: 'User',
      id: 'u-k',
      displayName: 'Karla Kommune',
      organisation: {
        __typename: 'Organisation',
        id: 'o-wi',
        name: 'Landeshauptstadt Wiesbaden',
        kind: 'KOMMUNE',
      },
    },
    ...overrides,
  } as LandQueueThreadFieldsFragment;
}

function queue(threads: LandQueueThreadFieldsFragment[], hasNextPage = false) {
  return {
    data: {
      landQueue: {
        __typename: 'ThreadConnection',
        edges: threads.map((node, i) => ({ __typename: 'ThreadEdge', cursor: `c-${node.id}-${i}`, node })),
        pageInfo: {
          __typename: 'PageInfo',
          endCursor: threads.length ? `c-${threads.at(-1)!.id}` : null,
          hasNextPage,
        },
        totalCount: hasNextPage ? threads.length + 1 : threads.length,
      },
    },
  };
}

const topicsMock = {
  request: { query: MyLandTopicsQueryDocument, variables: { id: 'o-he' } },
  result: {
    data: {
      organisation: {
        __typename: 'Organisation',
        id: 'o-he',
        name: 'Hessen',
        kind: 'LAND',
        ledTopics: [
          { __typename: 'Topic', id: 't-eg', title: 'Elterngeld Digital' },
          { __typename: 'Topic', id: 't-fs', title: 'Führerschein' },
        ],
      },
    },
  },
};

const older = queueThread({ id: 'th-old', title: 'Älteste Frage', createdAt: '2026-11-20T11:00:00.000Z' });
const newer = queueThread({
  id: 'th-new',
  title: 'Neuere Frage',
  createdAt: '2026-11-23T07:00:00.000Z',
  hasLandAnswer: true,
  progress: 'LAND_ANSWERED',
  firstLandAnswerAt: '2026-11-23T09:00:00.000Z',
  topic: { __typename: 'Topic', id: 't-fs', title: 'Führerschein' } as LandQueueThreadFieldsFragment['topic'],
});
const newest = queueThread({
  id: 'th-newest',
  title: 'Ganz neue Frage',
  createdAt: '2026-11-23T11:50:00.000Z',
});

describe('questionAge', () => {
  it('counts minutes, hours and whole days', () => {
    expect(questionAge('2026-11-23T11:50:00.000Z', NOW)).toEqual({ unit: 'minutes' });
    expect(questionAge('2026-11-23T07:00:00.000Z', NOW)).toEqual({ unit: 'hours', count: 5 });
    expect(questionAge('2026-11-20T11:00:00.000Z', NOW)).toEqual({ unit: 'days', count: 3 });
  });
});

describe('LandQueuePage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  const threadItems = () => Array.from(document.querySelectorAll<HTMLElement>('.app-thread-list > li'));

  it('lists open questions oldest first with age, service, asking Kommune and the status badge', async () => {
    const user = userEvent.setup();
    const { router } = renderWithProviders(<LandQueuePage />, {
      mocks: [
        topicsMock,
        {
          request: { query: LandQueueQueryDocument, variables: { first: 20, progress: 'OPEN' } },
          result: queue([older, newest], true),
        },
        {
          request: {
            query: LandQueueQueryDocument,
            variables: { first: 20, progress: 'OPEN', after: 'c-th-newest' },
          },
          result: queue([queueThread({ id: 'th-x', title: 'Noch eine', createdAt: NOW.toISOString() })]),
        },
        {
          request: {
            query: LandQueueQueryDocument,
            variables: { first: 20, topicId: 't-fs', progress: 'OPEN' },
          },
          result: queue([newest]),
        },
        {
          request: {
            query: LandQueueQueryDocument,
            variables: { first: 20, topicId: 't-fs', progress: 'LAND_ANSWERED' },
          },
          result: queue([newer]),
        },
      ] as never,
      route: '/mein-land',
      path: '/mein-land',
      viewer: landViewer,
    });
    expect(await screen.findByText('3 offene Fragen')).toBeTruthy();
    const items = threadItems();
    expect(items.map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual([
      'Älteste Frage',
      'Ganz neue Frage',
    ]);
    expect(within(items[0]).getByText('seit 3 Tagen')).toBeTruthy();
    expect(within(items[0]).getByText('Offen')).toBeTruthy();
    expect(
      within(items[0]).getByRole('link', { name: 'Landeshauptstadt Wiesbaden' }).getAttribute('href'),
    ).toBe('/organisationen/o-wi');
    expect(within(items[0]).getByRole('link', { name: 'Elterngeld Digital' })).toBeTruthy();
    expect(within(items[1]).getByText('seit wenigen Minuten')).toBeTruthy();
    const views = screen.getByRole('navigation', { name: 'Ansicht' });
    expect(within(views).getByRole('link', { name: 'Offen' }).getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByRole('button', { name: 'Mehr laden' }));
    await waitFor(() => expect(threadItems()).toHaveLength(3));

    const select = screen.getByLabelText('EfA-Dienst');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle Dienste', 'Elterngeld Digital', 'Führerschein']);
    await user.selectOptions(select, 't-fs');
    expect(router.state.location.search).toBe('?dienst=t-fs');
    await waitFor(() => expect(threadItems()).toHaveLength(1));
    expect(screen.getByText('1 offene Frage')).toBeTruthy();

    // The second view: answered by a Land, not yet accepted.
    await user.click(within(views).getByRole('link', { name: 'Beantwortet, noch nicht gelöst' }));
    expect(router.state.location.search).toBe('?dienst=t-fs&ansicht=beantwortet');
    await waitFor(() =>
      expect(threadItems().map((li) => within(li).getAllByRole('link')[0].textContent)).toEqual([
        'Neuere Frage',
      ]),
    );
    expect(within(threadItems()[0]).getByText('Landesantwort liegt vor')).toBeTruthy();
    expect(screen.getByText('1 beantwortete Frage ohne markierte Lösung')).toBeTruthy();
  });

  it('explains the page to users who do not represent a Land', async () => {
    renderWithProviders(<LandQueuePage />, {
      route: '/mein-land',
      path: '/mein-land',
      viewer: buildViewer(),
    });
    expect(
      await screen.findByText(/Diese Seite ist für Vertreterinnen und Vertreter der Länder/),
    ).toBeTruthy();
  });
});
