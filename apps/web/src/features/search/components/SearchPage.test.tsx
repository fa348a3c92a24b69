import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '@/test/fixtures';
import { graphQLError, renderWithProviders } from '@/test/render';
import { SearchFilterOptionsQueryDocument, SearchQueryDocument } from '../graphql/search.graphql';
import { SearchPage } from './SearchPage';

const optionsMock = {
  request: { query: SearchFilterOptionsQueryDocument },
  result: {
    data: {
      boards: [
        {
          __typename: 'Board',
          id: 'b-mob',
          slug: 'mobilitaet',
          title: 'Mobilität & Reisen',
          topics: [{ __typename: 'Topic', id: 't-fs', title: 'Führerschein' }],
        },
        {
          __typename: 'Board',
          id: 'b-fam',
          slug: 'familie',
          title: 'Familie & Kind',
          topics: [{ __typename: 'Topic', id: 't-eg', title: 'Elterngeld' }],
        },
      ],
      organisations: [
        { __typename: 'Organisation', id: 'land-he', name: 'Hessen', code: 'HE' },
        { __typename: 'Organisation', id: 'land-by', name: 'Bayern', code: 'BY' },
      ],
      tags: [
        { __typename: 'Tag', id: 'tag-fit', slug: 'fit-connect', name: 'FIT-Connect' },
        { __typename: 'Tag', id: 'tag-xta', slug: 'xta-osci', name: 'XTA/OSCI' },
      ],
    },
  },
  maxUsageCount: 5,
};

function searchResult(count: number) {
  const edges = Array.from({ length: count }, (_, i) => ({
    __typename: 'SearchResultEdge',
    cursor: `c-${i}`,
    node: {
      __typename: 'SearchResult',
      headline: `Umtausch von <mark>Führerscheinen</mark> Nr. ${i + 1}`,
      rank: 1 - i / 10,
      post: i === 1 ? { __typename: 'Post', id: 'p-9' } : null,
      thread: {
        __typename: 'Thread',
        id: `th-${i}`,
        title: `Frage zum Führerschein ${i + 1}`,
        state: 'OPEN',
        progress: 'OPEN',
        createdAt: '2026-11-01T10:00:00.000Z',
        topic: {
          __typename: 'Topic',
          id: 't-fs',
          title: 'Führerschein',
          board: { __typename: 'Board', id: 'b-mob', title: 'Mobilität & Reisen' },
        },
      },
    },
  }));
  return {
    data: {
      search: {
        __typename: 'SearchResultConnection',
        totalCount: count,
        edges,
        pageInfo: { __typename: 'PageInfo', endCursor: count ? `c-${count - 1}` : null, hasNextPage: false },
      },
    },
  };
}

function searchMock(filter: object, result: object, sort = 'RELEVANCE', query = 'Führerschein') {
  return { request: { query: SearchQueryDocument, variables: { query, first: 20, filter, sort } }, result };
}

function renderSearch(route: string, mocks: object[]) {
  return renderWithProviders(<SearchPage />, {
    mocks: [optionsMock, ...mocks] as never,
    route,
    path: '/suche',
    viewer: buildViewer(),
  });
}

describe('SearchPage', () => {
  it('restores every filter from the URL, shows results and writes changes back into the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch(
      '/suche?q=F%C3%BChrerschein&bereich=mobilitaet&land=HE&status=OPEN&von=2026-01-01&sortierung=neueste',
      [
        searchMock(
          { boardId: 'b-mob', leadLandId: 'land-he', progress: 'OPEN', from: '2026-01-01T00:00:00.000Z' },
          searchResult(2),
          'NEWEST',
        ),
        searchMock(
          {
            boardId: 'b-mob',
            topicId: 't-fs',
            leadLandId: 'land-he',
            authorOrganisationKind: 'KOMMUNE',
            from: '2026-01-01T00:00:00.000Z',
          },
          searchResult(0),
          'NEWEST',
        ),
      ],
    );
    expect(await screen.findByRole('status', {}, { timeout: 3000 })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 Treffer für „Führerschein“'));
    const value = (label: string) =>
      (screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;
    expect(value('Suchbegriff')).toBe('Führerschein');
    expect(value('Bereich')).toBe('mobilitaet');
    expect(value('Federführendes Land')).toBe('HE');
    expect(value('Status')).toBe('OPEN');
    expect(value('Gefragt ab')).toBe('2026-01-01');
    expect(value('Sortierung')).toBe('neueste');

    const results = screen.getAllByRole('listitem');
    const first = within(results[0]);
    expect(first.getByRole('link', { name: 'Frage zum Führerschein 1' }).getAttribute('href')).toBe(
      '/fragen/th-0',
    );
    expect(first.getByText(/Mobilität & Reisen/).textContent).toContain('Führerschein');
    expect(results[0].querySelector('mark')?.textContent).toBe('Führerscheinen');
    expect(within(results[1]).getByRole('link').getAttribute('href')).toBe('/fragen/th-1#post-p-9');

    // Topic options depend on the chosen board.
    const topic = screen.getByLabelText('Thema (EfA-Dienst)');
    expect(
      within(topic)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle', 'Führerschein']);
    await user.selectOptions(topic, 't-fs');
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.selectOptions(screen.getByLabelText('Organisationsart der Fragenden'), 'KOMMUNE');
    await user.click(screen.getAllByRole('button', { name: 'Suchen' })[0]);
    expect(router.state.location.search).toBe(
      '?q=F%C3%BChrerschein&bereich=mobilitaet&thema=t-fs&land=HE&art=KOMMUNE&von=2026-01-01&sortierung=neueste',
    );
    expect(await screen.findByRole('heading', { name: 'Keine Treffer für „Führerschein“' })).toBeTruthy();
    expect(screen.getByText(/Rechtschreibung/)).toBeTruthy();
    expect(screen.getByText(/Setzen Sie eine exakte Phrase/)).toBeTruthy();
    expect(screen.getByText(/mit einem Minus aus/)).toBeTruthy();
    expect(screen.getByText(/mit OR \(für ODER\)/)).toBeTruthy();
    expect(screen.getByText('Entfernen Sie Filter, um in allen Bereichen zu suchen.')).toBeTruthy();
  });

  it('filters by tag: the slug goes into the URL, the tag id to the API', async () => {
    const user = userEvent.setup();
    const { router } = renderSearch('/suche?q=F%C3%BChrerschein', [
      searchMock({}, searchResult(3)),
      searchMock({ tagId: 'tag-fit' }, searchResult(1)),
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 Treffer für „Führerschein“'));
    await user.selectOptions(screen.getByLabelText('Schlagwort'), 'fit-connect');
    await user.click(screen.getAllByRole('button', { name: 'Suchen' })[0]);
    expect(router.state.location.search).toBe('?q=F%C3%BChrerschein&schlagwort=fit-connect');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 Treffer für „Führerschein“'));
  });

  it('moves from the search field into the results with the arrow keys', async () => {
    const user = userEvent.setup();
    renderSearch('/suche?q=F%C3%BChrerschein', [searchMock({}, searchResult(3))]);
    const firstLink = await screen.findByRole('link', { name: 'Frage zum Führerschein 1' });
    await user.click(screen.getByLabelText('Suchbegriff'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(firstLink);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Frage zum Führerschein 2' }));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByLabelText('Suchbegriff'));
  });

  it('shows the server’s explanation for BAD_USER_INPUT', async () => {
    renderSearch('/suche?q=%22', [
      {
        request: {
          query: SearchQueryDocument,
          variables: { query: '"', first: 20, filter: {}, sort: 'RELEVANCE' },
        },
        result: graphQLError('BAD_USER_INPUT', 'Bitte geben Sie einen Suchbegriff ein.'),
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Suche konnte so nicht ausgeführt werden');
    expect(alert.textContent).toContain('Bitte geben Sie einen Suchbegriff ein.');
  });

  it('asks for a search term when there is none, without querying', async () => {
    renderSearch('/suche', []);
    expect(await screen.findByText(/Geben Sie einen Suchbegriff ein/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Suche');
  });
});
