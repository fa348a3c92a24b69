import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { loadNamespace } from '@/i18n/i18n';
import { buildService } from '../test/report-fixtures';
import { ServiceTable } from './ServiceTable';

const rows = [
  buildService({
    title: 'Bauantrag',
    land: 'Mecklenburg-Vorpommern',
    questions: 2,
    answered: 2,
    answeredShare: 1,
    medianHoursToFirstLandAnswer: 30,
    municipalities: 3,
    lastActivityAt: '2026-11-01T10:00:00.000Z',
    weeklyQuestions: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1],
  }),
  buildService({
    title: 'Wohngeld',
    land: 'Schleswig-Holstein',
    questions: 9,
    answered: 3,
    answeredShare: 1 / 3,
    medianHoursToFirstLandAnswer: 4,
    municipalities: 1,
    lastActivityAt: '2026-11-22T10:00:00.000Z',
    weeklyQuestions: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0],
  }),
  buildService({
    title: 'Elterngeld',
    land: 'Hessen',
    questions: 5,
    answered: 4,
    answeredShare: 0.8,
    medianHoursToFirstLandAnswer: 12.5,
    municipalities: 2,
    lastActivityAt: '2026-11-10T10:00:00.000Z',
    weeklyQuestions: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1],
  }),
];

function renderTable() {
  return render(
    <MemoryRouter>
      <ServiceTable rows={rows} />
    </MemoryRouter>,
  );
}

function serviceOrder(): string[] {
  const body = screen.getAllByRole('rowgroup')[1];
  return within(body)
    .getAllByRole('row')
    .map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

beforeAll(async () => {
  await loadNamespace('de', 'reports');
});

describe('ServiceTable', () => {
  it('starts sorted by questions, largest first, and marks that column with aria-sort', () => {
    renderTable();
    expect(serviceOrder()).toEqual(['Wohngeld', 'Elterngeld', 'Bauantrag']);
    const sorted = screen.getByRole('columnheader', { name: 'Fragen' });
    expect(sorted.getAttribute('aria-sort')).toBe('descending');
    const others = screen.getAllByRole('columnheader').filter((th) => th !== sorted);
    for (const th of others) expect(th.hasAttribute('aria-sort')).toBe(false);
  });

  it.each([
    ['EfA-Dienst', ['Bauantrag', 'Elterngeld', 'Wohngeld'], 'ascending'],
    ['Federführendes Land', ['Elterngeld', 'Bauantrag', 'Wohngeld'], 'ascending'],
    ['Beantwortet', ['Elterngeld', 'Wohngeld', 'Bauantrag'], 'descending'],
    ['Anteil', ['Bauantrag', 'Elterngeld', 'Wohngeld'], 'descending'],
    ['Median Std.', ['Bauantrag', 'Elterngeld', 'Wohngeld'], 'descending'],
    ['Kommunen', ['Bauantrag', 'Elterngeld', 'Wohngeld'], 'descending'],
    ['Letzte Aktivität', ['Wohngeld', 'Elterngeld', 'Bauantrag'], 'descending'],
    ['Fragen je Woche', ['Wohngeld', 'Elterngeld', 'Bauantrag'], 'descending'],
  ])('sorts by "%s" with its button and sets aria-sort', async (column, expected, direction) => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: new RegExp(`^${column}`) }));
    expect(serviceOrder()).toEqual(expected);
    expect(
      screen.getByRole('columnheader', { name: new RegExp(`^${column}`) }).getAttribute('aria-sort'),
    ).toBe(direction);
  });

  it('reverses the order when the sorted column is chosen again (keyboard)', async () => {
    const user = userEvent.setup();
    renderTable();
    const button = screen.getByRole('button', { name: 'Fragen' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(serviceOrder()).toEqual(['Bauantrag', 'Elterngeld', 'Wohngeld']);
    expect(screen.getByRole('columnheader', { name: 'Fragen' }).getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByText('Sortiert nach Fragen, aufsteigend')).toBeTruthy();
  });

  it('shows figures in German format', () => {
    renderTable();
    const row = screen.getByRole('row', { name: /Elterngeld/ });
    expect(within(row).getByText(/^80,0\s%$/)).toBeTruthy();
    expect(within(row).getByText('12,5 Std.')).toBeTruthy();
  });
});
