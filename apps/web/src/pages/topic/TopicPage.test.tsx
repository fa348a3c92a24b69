import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ThreadSummaryFieldsFragment } from '@/gql/graphql';
import { buildThreadSummary } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { TopicWatchLevelQueryDocument } from '@/features/watches/graphql/watches.graphql';
import { TopicQueryDocument } from '@/features/topics/graphql/topic.graphql';
import { TopicFaqQueryDocument } from '@/features/faq/graphql/faq.graphql';
import { TopicAdoptionsQueryDocument } from '@/features/adoptions/graphql/adoptions.graphql';
import { TopicPage } from './TopicPage';

function topicResult(
  threads: ThreadSummaryFieldsFragment[],
  pageInfo = { endCursor: 'c-last', hasNextPage: false },
  totalCount = threads.length,
) {
  return {
    data: {
      topic: {
        __typename: 'Topic',
        id: 'topic-1',
        title: 'Elterngeld Digital',
        description: 'Onlineantrag auf Elterngeld',
        ozgId: '10004',
        leikaKey: '99108005000000',
        serviceStatus: 'live',
        link: 'https://example.org/elterngeld',
        contactRole: 'Produktverantwortung Elterngeld',
        standards: ['XFamilie', 'FIT-Connect'],
        reuseLinks: [
          {
            __typename: 'ReuseLink',
            model: 'FIT_STORE',
            label: 'FIT-Store',
            url: 'https://fitko.example/store',
          },
        ],
        profileUpdatedAt: '2026-11-01T10:00:00.000Z',
        profileUpdatedBy: { __typename: 'User', id: 'u-land', displayName: 'Lars Land' },
        viewerCanEditProfile: false,
        threadCount: 3,
        openThreadCount: 1,
        lastActivityAt: '2026-11-20T10:00:00.000Z',
        leadLand: { __typename: 'Organisation', id: 'o-he', name: 'Hessen', code: 'HE' },
        board: { __typename: 'Board', id: 'b-1', slug: 'familie-kind', title: 'Familie & Kind' },
        threads: {
          __typename: 'ThreadConnection',
          edges: threads.map((node, i) => ({ __typename: 'ThreadEdge', cursor: `c-${i}`, node })),
          pageInfo: { __typename: 'PageInfo', ...pageInfo },
          totalCount,
        },
      },
    },
  };
}

const openThread = buildThreadSummary({ id: 't-open', title: 'Offene Frage zur Anbindung', state: 'OPEN' });
const answeredThread = buildThreadSummary({
  id: 't-answered',
  title: 'Beantwortete Frage zum Vertrag',
  state: 'ANSWERED',
  progress: 'SOLVED',
  replyCount: 2,
});
const pinnedThread = buildThreadSummary({
  id: 't-pinned',
  title: 'Angeheftete Hinweise',
  pinned: true,
  locked: true,
});

const allMock = {
  request: { query: TopicQueryDocument, variables: { id: 'topic-1', first: 20 } },
  result: topicResult([pinnedThread, openThread, answeredThread]),
  maxUsageCount: 3,
};
const openMock = {
  request: { query: TopicQueryDocument, variables: { id: 'topic-1', progress: 'OPEN', first: 20 } },
  result: topicResult([openThread]),
};

const watchMock = {
  request: { query: TopicWatchLevelQueryDocument, variables: { id: 'topic-1' } },
  result: { data: { topic: { __typename: 'Topic', id: 'topic-1', viewerWatchLevel: 'NONE' } } },
  maxUsageCount: 5,
};

const faqMock = {
  request: { query: TopicFaqQueryDocument, variables: { topicId: 'topic-1' } },
  result: {
    data: {
      topic: {
        __typename: 'Topic',
        id: 'topic-1',
        viewerCanCurateFaq: false,
        faq: [
          {
            __typename: 'FaqEntry',
            id: 'f-1',
            question: 'Wie binden wir Elterngeld über FIT-Connect an?',
            answer: 'Über den Zustellpunkt.',
            answerHtml: '<p>Über den Zustellpunkt.</p>',
            position: 0,
            sourceChanged: true,
            sourceThread: { __typename: 'Thread', id: 't-answered', title: 'Beantwortete Frage zum Vertrag' },
            sourcePost: { __typename: 'Post', id: 'p-9' },
          },
        ],
      },
    },
  },
  maxUsageCount: 5,
};

const land = (code: string, name: string, uses = 0) => ({
  __typename: 'LandAdoption',
  landId: `o-${code}`,
  code,
  name,
  uses,
  inProgress: 0,
  planned: 0,
});
const adoptionsMock = {
  request: { query: TopicAdoptionsQueryDocument, variables: { topicId: 'topic-1' } },
  result: {
    data: {
      topic: {
        __typename: 'Topic',
        id: 'topic-1',
        title: 'Elterngeld Digital',
        viewerAdoption: null,
        adoptions: [
          {
            __typename: 'Adoption',
            status: 'USES',
            model: 'FIT-Store',
            since: '2026-03-01T00:00:00.000Z',
            organisation: { __typename: 'Organisation', id: 'o-wi', name: 'Wiesbaden' },
            recordedBy: { __typename: 'User', id: 'u-julia', displayName: 'Julia Berger', status: 'ACTIVE' },
          },
        ],
      },
      adoptionMap: [land('HE', 'Hessen', 1), land('BY', 'Bayern')],
    },
  },
  maxUsageCount: 5,
};

function renderTopic(mocks: object[], route = '/themen/topic-1') {
  return renderWithProviders(<TopicPage />, {
    mocks: [...mocks, watchMock, faqMock, adoptionsMock] as never,
    route,
    path: '/themen/:topicId',
  });
}

describe('TopicPage', () => {
  it('shows the EfA service with its lead Land and the thread list', async () => {
    renderTopic([allMock]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Elterngeld Digital' })).toBeTruthy();
    expect(screen.getByText('Federführendes Land: Hessen')).toBeTruthy();
    expect(await screen.findByText('10004')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Offene Frage zur Anbindung' }).getAttribute('href')).toBe(
      '/fragen/t-open',
    );
    const answeredItem = screen
      .getByRole('link', { name: 'Beantwortete Frage zum Vertrag' })
      .closest('li') as HTMLElement;
    expect(within(answeredItem).getByText('Gelöst')).toBeTruthy();
    expect(within(answeredItem).getByText('2 Antworten')).toBeTruthy();
    expect(within(answeredItem).getByText('von Karla Kommune (Stadt Musterhausen)')).toBeTruthy();
    // Icons for pinned/locked come with text alternatives.
    expect(screen.getByText('Angeheftet:', { exact: false })).toBeTruthy();
    expect(screen.getByText('Gesperrt:', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Neue Frage stellen' }).getAttribute('href')).toBe(
      '/themen/topic-1/neue-frage',
    );
  });

  it('shows the Steckbrief, the FAQ with its changed source, and the Kommunen to ask on the map', async () => {
    renderTopic([allMock]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Steckbrief der Leistung' })).toBeTruthy();
    expect(screen.getByText('Produktverantwortung Elterngeld')).toBeTruthy();
    expect(screen.getByText('XFamilie, FIT-Connect')).toBeTruthy();
    expect(screen.getByRole('link', { name: /FIT-Store/ }).getAttribute('href')).toBe(
      'https://fitko.example/store',
    );
    expect(screen.getByText('Zuletzt geändert am 1. November 2026 von Lars Land')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Steckbrief bearbeiten' })).toBeNull();

    expect(await screen.findByText('Wie binden wir Elterngeld über FIT-Connect an?')).toBeTruthy();
    expect(screen.getByText('Quelle seit der Übernahme geändert')).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Zur Diskussion: Beantwortete Frage zum Vertrag' })
        .getAttribute('href'),
    ).toBe('/fragen/t-answered#post-p-9');

    const ask = await screen.findByRole('link', { name: 'Julia Berger (Wiesbaden) fragen' });
    expect(ask.getAttribute('href')).toBe('/themen/topic-1/neue-frage?an=Julia%20Berger');
    expect(screen.getByText('Hessen: 1 nutzen, 0 in Umsetzung, 0 geplant')).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Bayern' })).toBeTruthy();
  });

  it('filters the list by status "Offen" (progress OPEN)', async () => {
    const { router } = renderTopic([allMock, openMock]);
    await screen.findByRole('link', { name: 'Beantwortete Frage zum Vertrag' });
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Offen' }));

    // The old list can vanish before the filtered one arrives (loading state): wait for the final list.
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Beantwortete Frage zum Vertrag' })).toBeNull();
      expect(screen.getByRole('link', { name: 'Offene Frage zur Anbindung' })).toBeTruthy();
    });
    expect((screen.getByRole('radio', { name: 'Offen' }) as HTMLInputElement).checked).toBe(true);
    expect(router.state.location.search).toBe('?status=OPEN');
  });

  it('appends the next page with "Mehr laden" using the end cursor', async () => {
    const firstPage = {
      request: { query: TopicQueryDocument, variables: { id: 'topic-1', first: 20 } },
      result: topicResult([openThread], { endCursor: 'c-0', hasNextPage: true }, 2),
    };
    const secondPage = {
      request: { query: TopicQueryDocument, variables: { id: 'topic-1', first: 20, after: 'c-0' } },
      result: topicResult([answeredThread], { endCursor: 'c-1', hasNextPage: false }, 2),
    };
    renderTopic([firstPage, secondPage]);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Mehr laden' }));
    expect(await screen.findByRole('link', { name: 'Beantwortete Frage zum Vertrag' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Offene Frage zur Anbindung' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mehr laden' })).toBeNull();
  });
});
