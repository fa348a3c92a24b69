import { screen, waitFor, within } from '@testing-library/react';
import type { ActivityPayload } from '@forum/shared';
import { connectWhenReady, FakeSocket } from '../../../test/fake-socket';
import { buildViewer } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { buildLand, buildReport, buildService } from '../../report/components/report-fixtures';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '../../report/graphql/report.graphql';
import { RecentActivityQueryDocument } from '../graphql/presenter.graphql';
import { PresenterPage } from './PresenterPage';

const noHistory = {
  request: { query: RecentActivityQueryDocument, variables: { first: 12 } },
  result: { data: { recentActivity: [] } },
  maxUsageCount: 50,
};

const mocks = [
  noHistory,
  {
    request: { query: KommunalpaktReportQueryDocument, variables: {} },
    result: buildReport([buildService({ questions: 8, answered: 6 })], [buildLand('Hessen', 'HE')]),
    maxUsageCount: 50,
  },
  {
    request: { query: ParticipatingKommunenCountQueryDocument },
    result: { data: { participatingKommunen: [{ __typename: 'Organisation', id: 'k1' }] } },
    maxUsageCount: 50,
  },
];

function activity(n: number, kind: ActivityPayload['kind']): ActivityPayload {
  return {
    kind,
    at: new Date(Date.UTC(2026, 10, 23, 10, n)).toISOString(),
    actor: { displayName: `Person ${n}`, organisation: 'Landeshauptstadt Wiesbaden' },
    thread: { id: `th-${n}`, title: `Frage Nummer ${n}` },
    topic: { id: 't-fs', title: 'Führerschein' },
  };
}

describe('PresenterPage', () => {
  it('joins the activity stream and shows live events newest first, at most 12, announced politely', async () => {
    const socket = new FakeSocket();
    renderWithProviders(<PresenterPage />, {
      mocks: mocks as never,
      viewer: buildViewer(),
      socket,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommunalpakt live' })).toBeTruthy();
    await connectWhenReady(socket);
    await waitFor(() => expect(socket.emitted.some((e) => e.event === 'activity:join')).toBe(true));
    expect(screen.getByText(/Noch keine neue Aktivität/)).toBeTruthy();

    socket.serverEmit('activity', activity(0, 'QUESTION'));
    socket.serverEmit('activity', activity(1, 'OFFICIAL_ANSWER'));
    socket.serverEmit('activity', activity(2, 'ANSWER_ACCEPTED'));
    const stream = screen.getByRole('region', { name: 'Aktivität in Echtzeit' });
    let items = within(stream).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('link').textContent)).toEqual([
      'Frage Nummer 2',
      'Frage Nummer 1',
      'Frage Nummer 0',
    ]);
    expect(within(items[0]).getByText('Lösung akzeptiert')).toBeTruthy();
    expect(within(items[1]).getByText('Offizielle Antwort')).toBeTruthy();
    expect(within(items[2]).getByText('Neue Frage')).toBeTruthy();
    expect(within(items[2]).getByText(/Person 0 · Landeshauptstadt Wiesbaden/)).toBeTruthy();
    const live = document.querySelector('.app-presenter [aria-live="polite"]');
    expect(live?.textContent?.trim()).toBe('Lösung akzeptiert: Frage Nummer 2');

    for (let n = 3; n < 20; n += 1) socket.serverEmit('activity', activity(n, 'ANSWER'));
    items = within(stream).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    expect(within(items[0]).getByRole('link').textContent).toBe('Frage Nummer 19');
    expect(within(items[11]).getByRole('link').textContent).toBe('Frage Nummer 8');
  });

  it('shows the key figures of the report', async () => {
    renderWithProviders(<PresenterPage />, { mocks: mocks as never, viewer: buildViewer() });
    const figures = await screen.findByRole('region', { name: 'Umsetzungsstand gesamt' });
    await waitFor(() => expect(within(figures).getByText('8')).toBeTruthy());
    expect(within(figures).getByText(/^75,0\s%$/)).toBeTruthy();
  });

  it('opens with the recent history and adds live events above it', async () => {
    const socket = new FakeSocket();
    const history = [activity(5, 'OFFICIAL_ANSWER'), activity(4, 'QUESTION')].map((a) => ({
      __typename: 'Activity',
      ...a,
      actor: { __typename: 'ActivityActor', ...a.actor },
      thread: { __typename: 'ActivityRef', ...a.thread },
      topic: { __typename: 'ActivityRef', ...a.topic },
    }));
    renderWithProviders(<PresenterPage />, {
      mocks: [{ ...noHistory, result: { data: { recentActivity: history } } }, ...mocks.slice(1)] as never,
      viewer: buildViewer(),
      socket,
    });
    const stream = await screen.findByRole('region', { name: 'Aktivität in Echtzeit' });
    await waitFor(() =>
      expect(
        within(stream)
          .getAllByRole('listitem')
          .map((li) => within(li).getByRole('link').textContent),
      ).toEqual(['Frage Nummer 5', 'Frage Nummer 4']),
    );
    await connectWhenReady(socket);
    await waitFor(() => expect(socket.emitted.some((e) => e.event === 'activity:join')).toBe(true));
    socket.serverEmit('activity', activity(6, 'ANSWER'));
    expect(
      within(stream)
        .getAllByRole('listitem')
        .map((li) => within(li).getByRole('link').textContent),
    ).toEqual(['Frage Nummer 6', 'Frage Nummer 5', 'Frage Nummer 4']);
  });
});
