import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ActivityPayload } from '@forum/shared';
import { connectWhenReady, FakeSocket } from '@/test/fake-socket';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { buildLand, buildReport, buildService } from '@/features/reports/test/report-fixtures';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '@/features/reports/graphql/reports.graphql';
import { STREAM_LIMIT, VISIBLE_ITEMS } from '../lib/activity-stream';
import { ActivityTodayQueryDocument, RecentActivityQueryDocument } from '../graphql/activity.graphql';
import { AdoptionMapQueryDocument } from '@/features/adoptions/graphql/adoptions.graphql';
import { PresenterPage } from './PresenterPage';

const noHistory = {
  request: { query: RecentActivityQueryDocument, variables: { first: STREAM_LIMIT } },
  result: { data: { recentActivity: [] } },
  maxUsageCount: 50,
};

const mocks = [
  noHistory,
  {
    request: { query: KommunalpaktReportQueryDocument, variables: {} },
    result: buildReport(
      [
        buildService({ questions: 8, answered: 6, title: 'Führerschein' }),
        buildService({ questions: 2, answered: 0, title: 'Hundesteuer' }),
      ],
      [buildLand('Hessen', 'HE', { questions: 10, answered: 6 }), buildLand('Bayern', 'BY')],
    ),
    maxUsageCount: 50,
  },
  {
    request: { query: ParticipatingKommunenCountQueryDocument },
    result: { data: { participatingKommunen: [{ __typename: 'Organisation', id: 'k1' }] } },
    maxUsageCount: 50,
  },
  {
    request: { query: ActivityTodayQueryDocument },
    result: {
      data: {
        activityToday: {
          __typename: 'ActivityToday',
          since: '2026-11-22T23:00:00.000Z',
          questions: 3,
          officialAnswers: 2,
          solved: 1,
          kommunenJoined: 4,
        },
      },
    },
    maxUsageCount: 50,
  },
];

function activity(n: number, kind: ActivityPayload['kind'], postId: string | null = null): ActivityPayload {
  return {
    kind,
    at: new Date(Date.UTC(2026, 10, 23, 10, n)).toISOString(),
    actor: { displayName: `Person ${n}`, organisation: 'Landeshauptstadt Wiesbaden' },
    thread: { id: `th-${n}`, title: `Frage Nummer ${n}` },
    topic: { id: 't-fs', title: 'Führerschein' },
    postId,
  };
}

const titles = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('listitem')
    .map((li) => within(li).getByRole('link').textContent);

describe('PresenterPage', () => {
  it('shows the header line and the date, and live public events newest first, announced politely', async () => {
    const socket = new FakeSocket();
    renderWithProviders(<PresenterPage />, { mocks: mocks as never, viewer: buildViewer(), socket });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommunalpakt live' })).toBeTruthy();
    expect(screen.getByText('Forum Kommunalpakt · IT-Planungsrat')).toBeTruthy();
    expect(document.querySelector('.app-presenter__date time')?.textContent).toMatch(/\d{4} · \d{2}:\d{2}$/);
    await connectWhenReady(socket);
    await waitFor(() => expect(socket.emitted.some((e) => e.event === 'activity:join')).toBe(true));
    expect(screen.getByText(/Noch keine neue Aktivität/)).toBeTruthy();

    socket.serverEmit('activity', activity(0, 'QUESTION'));
    socket.serverEmit('activity', activity(1, 'OFFICIAL_ANSWER', 'p-1'));
    socket.serverEmit('activity', activity(2, 'ANSWER_ACCEPTED', 'p-1'));
    const stream = screen.getByRole('region', { name: 'Aktivität in Echtzeit' });
    const items = within(stream).getAllByRole('listitem');
    expect(titles(stream)).toEqual(['Frage Nummer 2', 'Frage Nummer 1', 'Frage Nummer 0']);
    expect(within(items[0]).getByText('Lösung akzeptiert')).toBeTruthy();
    expect(within(items[1]).getByText('Offizielle Antwort')).toBeTruthy();
    expect(within(items[2]).getByText('Neue Frage')).toBeTruthy();
    expect(within(items[2]).getByText(/Person 0 · Landeshauptstadt Wiesbaden/)).toBeTruthy();
    // Icons from the app's icon set, no text symbols.
    expect(items[0].querySelector('svg[data-icon="task-alt"]')).toBeTruthy();
    expect(items[2].querySelector('svg[data-icon="help"]')).toBeTruthy();
    const live = document.querySelector('.app-presenter [aria-live="polite"]');
    expect(live?.textContent?.trim()).toBe('Lösung akzeptiert: Frage Nummer 2');

    for (let n = 3; n < 20; n += 1) socket.serverEmit('activity', activity(n, 'QUESTION'));
    expect(within(stream).getAllByRole('listitem')).toHaveLength(VISIBLE_ITEMS);
    expect(titles(stream)[0]).toBe('Frage Nummer 19');
  });

  it('keeps moderation and ordinary answers behind the switch and withdraws hidden posts', async () => {
    const socket = new FakeSocket();
    renderWithProviders(<PresenterPage />, { mocks: mocks as never, viewer: buildViewer(), socket });
    await connectWhenReady(socket);
    await waitFor(() => expect(socket.emitted.some((e) => e.event === 'activity:join')).toBe(true));
    const stream = screen.getByRole('region', { name: 'Aktivität in Echtzeit' });
    socket.serverEmit('activity', activity(1, 'QUESTION'));
    socket.serverEmit('activity', activity(2, 'ANSWER', 'p-spam'));
    socket.serverEmit('activity', activity(3, 'POST_FLAGGED', 'p-spam'));
    socket.serverEmit('activity', activity(4, 'POST_HIDDEN', 'p-spam'));
    socket.serverEmit('activity', { ...activity(5, 'KOMMUNE_JOINED'), thread: null });
    await waitFor(() => expect(within(stream).getAllByRole('listitem')).toHaveLength(2));
    expect(within(stream).getAllByRole('listitem')[0].textContent).toContain('Neu im Forum');
    expect(stream.textContent).not.toMatch(/ausgeblendet|gemeldet/);

    const all = screen.getByRole('switch', { name: 'Alle Ereignisse, auch Moderation' });
    await userEvent.click(all);
    expect(all).toHaveProperty('checked', true);
    const kinds = within(stream)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.app-activity__kind')?.textContent);
    // The hidden answer itself is gone even here; the moderation events about it are shown.
    expect(kinds).toEqual(['Neu im Forum', 'Beitrag ausgeblendet', 'Beitrag gemeldet', 'Neue Frage']);
  });

  it('shows today, the key figures, the per-Land chart and the per-service progress', async () => {
    renderWithProviders(<PresenterPage />, { mocks: mocks as never, viewer: buildViewer() });
    const today = await screen.findByRole('region', { name: 'Heute' });
    await waitFor(() => expect(within(today).getByText('4')).toBeTruthy());
    expect(within(today).getByText('Neue Fragen').closest('div')?.textContent).toContain('3');

    const figures = screen.getByRole('region', { name: 'Umsetzungsstand gesamt' });
    await waitFor(() => expect(within(figures).getByText('10')).toBeTruthy());
    expect(within(figures).getByText(/^60,0\s%$/)).toBeTruthy();

    const laender = screen.getByRole('region', { name: 'Fragen je federführendem Land' });
    const rows = within(laender)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('Fragen'));
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Hessen6/10'),
      expect.stringContaining('Bayern5/6'),
    ]);
    expect(within(laender).getByText('6 von 10 Fragen beantwortet')).toBeTruthy();

    const services = screen.getByRole('region', { name: 'Fortschritt je EfA-Dienst' });
    expect(
      within(services)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Führerschein6\/8 · 75,0\s%$/),
      expect.stringMatching(/^Hundesteuer0\/2 · 0,0\s%$/),
    ]);
  });

  it('opens with the recent history and adds live events above it', async () => {
    const socket = new FakeSocket();
    const history = [activity(5, 'OFFICIAL_ANSWER', 'p-5'), activity(4, 'QUESTION')].map((a) => ({
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
    await waitFor(() => expect(titles(stream)).toEqual(['Frage Nummer 5', 'Frage Nummer 4']));
    await connectWhenReady(socket);
    await waitFor(() => expect(socket.emitted.some((e) => e.event === 'activity:join')).toBe(true));
    socket.serverEmit('activity', activity(6, 'QUESTION'));
    expect(titles(stream)).toEqual(['Frage Nummer 6', 'Frage Nummer 5', 'Frage Nummer 4']);
  });

  it('switches the Länder panel to the adoption map and back', async () => {
    const land = (landId: string, code: string, name: string, uses: number) => ({
      __typename: 'LandAdoption',
      landId,
      code,
      name,
      uses,
      inProgress: 1,
      planned: 0,
    });
    renderWithProviders(<PresenterPage />, {
      mocks: [
        ...mocks,
        {
          request: { query: AdoptionMapQueryDocument },
          result: {
            data: { adoptionMap: [land('l-by', 'BY', 'Bayern', 2), land('l-he', 'HE', 'Hessen', 5)] },
          },
          maxUsageCount: 5,
        },
      ] as never,
      viewer: buildViewer(),
    });
    const user = userEvent.setup();
    const panel = await screen.findByRole('region', { name: 'Fragen je federführendem Land' });
    await user.click(within(panel).getByRole('button', { name: 'Nachnutzung' }));
    const map = await screen.findByRole('region', { name: 'Nachnutzung je Land' });
    expect(within(map).getByRole('button', { name: 'Nachnutzung' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await within(map).findByText('Hessen: 5 nutzen, 1 in Umsetzung, 0 geplant')).toBeTruthy();
    expect(within(map).getByRole('list', { name: 'Karte der Länder' })).toBeTruthy();
    await user.click(within(map).getByRole('button', { name: 'Fragen' }));
    expect(await screen.findByRole('region', { name: 'Fragen je federführendem Land' })).toBeTruthy();
  });
});
