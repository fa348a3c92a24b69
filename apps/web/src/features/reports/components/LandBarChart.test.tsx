import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n/i18n';
import { LandBarChart } from './LandBarChart';
import { buildLand } from '../test/report-fixtures';

const laender = [
  buildLand('Hessen', 'HE', { questions: 6, answered: 5, answeredShare: 5 / 6 }),
  buildLand('Bayern', 'BY', {
    questions: 10,
    answered: 4,
    answeredShare: 0.4,
    medianHoursToFirstLandAnswer: 30,
  }),
  buildLand('Bremen', 'HB', { questions: 0, answered: 0, ledServices: 0, answeredShare: null }),
];

beforeAll(async () => {
  await loadNamespace('de', 'reports');
});

describe('LandBarChart', () => {
  it('is one image whose accessible name states every bar, busiest Land first', () => {
    render(<LandBarChart rows={laender} />);
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Balkendiagramm: beantwortete und offene Fragen je federführendem Land. ' +
        'Bayern: 4 beantwortet, 6 offen; Hessen: 5 beantwortet, 1 offen',
    );
    // Its parts are presentational: the bars are not announced one by one.
    expect(within(chart).queryAllByRole('img')).toEqual([]);
    expect(screen.getByRole('img', { name: /^Balkendiagramm/ })).toBe(chart);
  });

  it('offers the same numbers as a table behind a toggle', async () => {
    const user = userEvent.setup();
    render(<LandBarChart rows={laender} />);
    const toggle = screen.getByRole('button', { name: 'Daten als Tabelle anzeigen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Tabelle ausblenden' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    const table = screen.getByRole('table', { name: 'Fragen je federführendem Land' });
    const bayern = within(table).getByRole('row', { name: /Bayern/ });
    expect(
      within(bayern)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\u00a0/g, ' ')),
    ).toEqual(['2', '10', '4', '6', '40,0 %', '30,0 Std.', '7']);
    expect(within(table).queryByRole('row', { name: /Bremen/ })).toBeNull();
  });
});
