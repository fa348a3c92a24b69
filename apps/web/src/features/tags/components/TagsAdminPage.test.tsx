import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import {
  CreateTagMutationDocument,
  MergeTagsMutationDocument,
  TagsAdminQueryDocument,
} from '../graphql/tags-admin.graphql';
import { TagsAdminPage } from './TagsAdminPage';

const moderator = buildViewer({ id: 'u-mod', role: 'MODERATOR' });

const tag = (id: string, name: string, questionCount: number, description: string | null = null) => ({
  __typename: 'Tag' as const,
  id,
  slug: id,
  name,
  description,
  questionCount,
});
const FIT = tag('fit-connect', 'FIT-Connect', 3, 'Zustellung über FIT-Connect');
const XTA = tag('xta', 'XTA/OSCI', 1);
const tagsMock = (tags = [FIT, XTA]) => ({
  request: { query: TagsAdminQueryDocument },
  result: { data: { tags } },
});

describe('TagsAdminPage', () => {
  it('lists the tags with their question counts and descriptions', async () => {
    renderWithProviders(<TagsAdminPage />, { viewer: moderator, mocks: [tagsMock()] });
    expect(await screen.findByText('Zustellung über FIT-Connect')).toBeTruthy();
    expect(screen.getByText(/3 Fragen/)).toBeTruthy();
    expect(screen.getByText(/1 Frage\b/)).toBeTruthy();
    expect(screen.getByText('Ohne Beschreibung')).toBeTruthy();
  });

  it('checks the name before sending and shows a taken name on the field', async () => {
    const mocks = [
      tagsMock(),
      {
        request: {
          query: CreateTagMutationDocument,
          variables: { input: { name: 'XTA/OSCI', description: null } },
        },
        result: {
          errors: [
            { message: 'Ein Schlagwort mit diesem Namen gibt es schon.', extensions: { code: 'CONFLICT' } },
          ],
        },
      },
    ];
    renderWithProviders(<TagsAdminPage />, { viewer: moderator, mocks });
    const user = userEvent.setup();
    await screen.findByText('Zustellung über FIT-Connect');
    await user.type(screen.getByLabelText('Name'), 'X');
    await user.click(screen.getByRole('button', { name: 'Schlagwort anlegen' }));
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Der Name muss zwischen 2 und 40 Zeichen lang sein.').length).toBeGreaterThan(
      0,
    );

    await user.type(screen.getByLabelText('Name'), 'TA/OSCI');
    await user.click(screen.getByRole('button', { name: 'Schlagwort anlegen' }));
    expect(
      (await screen.findAllByText('Ein Schlagwort mit diesem Namen gibt es schon.')).length,
    ).toBeGreaterThan(0);
  });

  it('merges only after the target is chosen and the consequence confirmed', async () => {
    const merged = vi.fn();
    const mocks = [
      tagsMock(),
      {
        request: {
          query: MergeTagsMutationDocument,
          variables: (vars: { input: { sourceId: string; targetId: string } }) => {
            merged(vars.input);
            return true;
          },
        },
        result: { data: { mergeTags: XTA } },
      },
      tagsMock([{ ...XTA, questionCount: 4 }]),
    ];
    renderWithProviders(<TagsAdminPage />, { viewer: moderator, mocks });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', {
        name: '„FIT-Connect“ mit einem anderen Schlagwort zusammenführen',
      }),
    );
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig zusammenführen' }));
    expect(
      within(dialog).getByText('Bitte wählen Sie das Schlagwort, in dem „FIT-Connect“ aufgehen soll.'),
    ).toBeTruthy();
    expect(merged).not.toHaveBeenCalled();

    await user.selectOptions(within(dialog).getByLabelText('Ziel-Schlagwort'), 'xta');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig zusammenführen' }));
    expect(within(dialog).getByText('Bitte bestätigen Sie das Zusammenführen.')).toBeTruthy();
    expect(merged).not.toHaveBeenCalled();

    await user.click(
      within(dialog).getByLabelText(
        'Ich bestätige: „FIT-Connect“ wird gelöscht, seine 3 Fragen erhalten „XTA/OSCI“.',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig zusammenführen' }));
    await waitFor(() => expect(merged).toHaveBeenCalledWith({ sourceId: 'fit-connect', targetId: 'xta' }));
    expect(await screen.findByText('„FIT-Connect“ wurde mit „XTA/OSCI“ zusammengeführt.')).toBeTruthy();
  });
});
