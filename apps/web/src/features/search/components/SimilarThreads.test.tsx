import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { SimilarThreadsQueryDocument } from '../graphql/search.graphql';
import { SimilarThreads } from './SimilarThreads';

function Harness() {
  const [title, setTitle] = useState('');
  return (
    <>
      <label htmlFor="t">Titel</label>
      <input id="t" value={title} onChange={(e) => setTitle(e.target.value)} />
      <SimilarThreads topicId="t-fs" title={title} />
    </>
  );
}

function similar(count: number) {
  return {
    data: {
      similarThreads: Array.from({ length: count }, (_, i) => ({
        __typename: 'SimilarThread',
        sameTopic: i === 0,
        score: 0.9 - i / 10,
        thread: {
          __typename: 'Thread',
          id: `th-${i}`,
          title: `Umtausch alter Führerscheine ${i + 1}`,
          state: i === 0 ? 'ANSWERED' : 'OPEN',
          progress: i === 0 ? 'SOLVED' : 'OPEN',
          replyCount: 2,
          topic: { __typename: 'Topic', id: 't-other', title: 'Fahrerlaubnis' },
        },
      })),
    },
  };
}

function mock(title: string, result: object, calls: { n: number }) {
  return {
    request: { query: SimilarThreadsQueryDocument, variables: { title, topicId: 't-fs', first: 5 } },
    result: () => {
      calls.n += 1;
      return result;
    },
    maxUsageCount: 5,
  };
}

function renderSimilar(title: string, mocks: object[]) {
  return renderWithProviders(<SimilarThreads topicId="t-fs" title={title} />, {
    mocks: mocks as never,
    viewer: buildViewer(),
  });
}

describe('SimilarThreads', () => {
  it('asks only once the title has settled for 300 ms and has at least 10 characters', async () => {
    const user = userEvent.setup();
    const full = 'Umtausch Führerschein';
    const final = { n: 0 };
    const intermediate = { n: 0 };
    // Every prefix long enough to be asked for while typing; none of them may reach the server.
    const prefixes = Array.from({ length: full.length - 10 }, (_, i) => full.slice(0, 10 + i));
    renderWithProviders(<Harness />, {
      mocks: [
        ...prefixes.map((p) => mock(p, similar(1), intermediate)),
        mock(full, similar(2), final),
      ] as never,
      viewer: buildViewer(),
    });
    await user.type(screen.getByLabelText('Titel'), full);
    expect(final.n).toBe(0);
    expect(
      await screen.findByRole('heading', {
        name: 'Ähnliche Fragen – vielleicht ist Ihre Frage schon beantwortet',
      }),
    ).toBeTruthy();
    expect(screen.getAllByRole('link')).toHaveLength(2);
    expect(final.n).toBe(1);
    expect(intermediate.n).toBe(0);
  });

  it('lists the similar questions with links, status badges and a polite count', async () => {
    renderSimilar('Umtausch Führerschein', [mock('Umtausch Führerschein', similar(2), { n: 0 })]);
    const link = await screen.findByRole('link', { name: 'Umtausch alter Führerscheine 1' });
    expect(link.getAttribute('href')).toBe('/fragen/th-0');
    expect(screen.getByText('Gelöst')).toBeTruthy();
    expect(screen.getByText('Offen')).toBeTruthy();
    expect(screen.getByText(/im selben Thema/)).toBeTruthy();
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('2 ähnliche Fragen gefunden');
  });

  it('shows nothing for short titles or no matches', async () => {
    const calls = { n: 0 };
    renderSimilar('Kurz', [mock('Kurz', similar(2), calls)]);
    await new Promise((r) => setTimeout(r, 400));
    expect(calls.n).toBe(0);
    expect(screen.queryByRole('heading')).toBeNull();

    const none = { n: 0 };
    renderSimilar('Etwas ganz anderes', [mock('Etwas ganz anderes', similar(0), none)]);
    await waitFor(() => expect(none.n).toBe(1));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
  });
});
