import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '../graphql/reports.graphql';
import { buildLand, buildReport, buildService, buildTagRow } from '../test/report-fixtures';
import { ReportPage } from './ReportPage';

const report = buildReport(
  [
    buildService({ title: 'Elterngeld', questions: 4, answered: 3, medianHoursToFirstLandAnswer: 12.5 }),
    buildService({
      title: 'Wohngeld',
      land: 'Schleswig-Holstein',
      questions: 2,
      answered: 2,
      medianHoursToFirstLandAnswer: 20,
    }),
  ],
  [buildLand('Hessen', 'HE')],
  [buildTagRow('FIT-Connect', 3, 2, 2), buildTagRow('Datenschutz', 0, 0, 0)],
);

const mocks = [
  { request: { query: KommunalpaktReportQueryDocument, variables: {} }, result: report, maxUsageCount: 5 },
  {
    request: {
      query: KommunalpaktReportQueryDocument,
      variables: { from: '2026-10-25T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' },
    },
    result: report,
  },
  {
    request: {
      query: KommunalpaktReportQueryDocument,
      variables: { from: '2026-10-01T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z' },
    },
    result: report,
  },
  {
    request: { query: ParticipatingKommunenCountQueryDocument },
    result: {
      data: {
        participatingKommunen: [
          { __typename: 'Organisation', id: 'k1' },
          { __typename: 'Organisation', id: 'k2' },
          { __typename: 'Organisation', id: 'k3' },
        ],
      },
    },
  },
];

function renderReport(route = '/umsetzungsstand') {
  return renderWithProviders(<ReportPage />, {
    mocks: mocks as never,
    route,
    path: '/umsetzungsstand',
    viewer: buildViewer(),
  });
}

describe('ReportPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 12, 0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the key figures in German format', async () => {
    renderReport();
    const figures = await screen.findByRole('region', { name: 'Kennzahlen' }).catch(() => null);
    const scope = figures ?? (await screen.findByRole('heading', { name: 'Kennzahlen' })).parentElement!;
    await waitFor(() => expect(within(scope).getByText('6')).toBeTruthy());
    expect(within(scope).getByText(/^83,3\s%$/)).toBeTruthy();
    expect(within(scope).getByText('16,3 Std.')).toBeTruthy();
    await waitFor(() => expect(within(scope).getByText('3')).toBeTruthy());
  });

  it('breaks the questions down by tag, linking each tag page and leaving out tags without questions', async () => {
    renderReport();
    const table = await screen.findByRole('table', {
      name: 'Fragen je Schlagwort über alle EfA-Dienste, die meistgefragten zuerst',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(within(rows[1]).getByRole('link', { name: 'FIT-Connect' }).getAttribute('href')).toBe(
      '/schlagwort/fit-connect',
    );
    expect(rows[1].textContent).toMatch(/FIT-Connect32\s*66,7\s%2/);
    expect(within(table).queryByText('Datenschutz')).toBeNull();
    expect(screen.getByText(/Schlagwörter ohne Fragen im Zeitraum sind ausgeblendet/)).toBeTruthy();
  });

  it('writes a preset into the URL and back to "gesamt"', async () => {
    const user = userEvent.setup();
    const { router } = renderReport();
    const last30 = await screen.findByRole('button', { name: 'Letzte 30 Tage' });
    expect(screen.getByRole('button', { name: 'Gesamt' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(last30);
    expect(router.state.location.search).toBe('?von=2026-10-25&bis=2026-11-23');
    expect(screen.getByRole('button', { name: 'Letzte 30 Tage' }).getAttribute('aria-pressed')).toBe('true');
    expect((screen.getByLabelText('Von') as HTMLInputElement).value).toBe('2026-10-25');
    expect(screen.getByRole('link', { name: 'Als CSV herunterladen' }).getAttribute('href')).toBe(
      '/report.csv?from=2026-10-25&to=2026-11-24',
    );
    await user.click(screen.getByRole('button', { name: 'Aktuelles Quartal' }));
    expect(router.state.location.search).toBe('?von=2026-10-01&bis=2026-11-23');
    await user.click(screen.getByRole('button', { name: 'Gesamt' }));
    expect(router.state.location.search).toBe('');
  });

  it('reads the period from the URL and rejects a start after the end', async () => {
    const user = userEvent.setup();
    const { router } = renderReport('/umsetzungsstand?von=2026-10-25&bis=2026-11-23');
    expect(await screen.findByText(/25\. Oktober 2026 bis 23\. November 2026/)).toBeTruthy();
    const from = screen.getByLabelText('Von');
    await user.clear(from);
    await user.type(from, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Zeitraum anwenden' }));
    expect(screen.getByText('Das Von-Datum darf nicht nach dem Bis-Datum liegen.')).toBeTruthy();
    expect(router.state.location.search).toBe('?von=2026-10-25&bis=2026-11-23');
  });
});
