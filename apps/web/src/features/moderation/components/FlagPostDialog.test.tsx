import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildPost, buildViewer } from '@/test/fixtures';
import { graphQLError, renderWithProviders } from '@/test/render';
import { FlagPostMutationDocument } from '../graphql/moderation.graphql';
import { PostModerationActions } from './PostModerationActions';

const viewer = buildViewer({ id: 'u-me' });
const post = buildPost({ id: 'p-7' });

async function openFlagDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Beitrag von Karla Kommune melden' }));
  const dialog = screen.getByRole('dialog', { hidden: true });
  return { user, dialog };
}

describe('FlagPostDialog (via "Melden")', () => {
  it('offers the five reasons as radio buttons and an optional comment', async () => {
    renderWithProviders(<PostModerationActions post={post} canModerate={false} />, { viewer });
    const { dialog } = await openFlagDialog();
    expect(within(dialog).getByRole('heading', { name: 'Beitrag melden', hidden: true })).toBeTruthy();
    const radios = within(dialog).getAllByRole('radio', { hidden: true });
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
      'BELEIDIGUNG',
      'SPAM',
      'DATENSCHUTZ',
      'FALSCHE_INFORMATION',
      'SONSTIGES',
    ]);
    expect(within(dialog).getByRole('radio', { name: 'Spam oder Werbung', hidden: true })).toBeTruthy();
    expect(within(dialog).getByLabelText(/Anmerkung für die Moderation/)).toBeTruthy();
    // Focus moves into the dialog.
    expect(document.activeElement).toBe(radios[0]);
  });

  it('requires a reason before sending', async () => {
    const mock = {
      request: { query: FlagPostMutationDocument },
      variableMatcher: () => true,
      result: vi.fn(() => ({ data: { flagPost: { __typename: 'Flag', id: 'f-1', state: 'OPEN' } } })),
    };
    renderWithProviders(<PostModerationActions post={post} canModerate={false} />, { viewer, mocks: [mock] });
    const { user, dialog } = await openFlagDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Meldung senden', hidden: true }));
    expect(within(dialog).getByText('Bitte wählen Sie einen Grund.')).toBeTruthy();
    expect(mock.result).not.toHaveBeenCalled();
  });

  it('sends reason and comment and confirms in a status message', async () => {
    const mock = {
      request: {
        query: FlagPostMutationDocument,
        variables: { postId: 'p-7', reason: 'BELEIDIGUNG', comment: 'Sehr unhöflich' },
      },
      result: vi.fn(() => ({ data: { flagPost: { __typename: 'Flag', id: 'f-1', state: 'OPEN' } } })),
    };
    renderWithProviders(<PostModerationActions post={post} canModerate={false} />, { viewer, mocks: [mock] });
    const { user, dialog } = await openFlagDialog();
    await user.click(within(dialog).getByRole('radio', { name: /Beleidigung/, hidden: true }));
    await user.type(within(dialog).getByLabelText(/Anmerkung/), 'Sehr unhöflich');
    await user.click(within(dialog).getByRole('button', { name: 'Meldung senden', hidden: true }));
    await waitFor(() => expect(mock.result).toHaveBeenCalledTimes(1));
    const status = await screen.findByText('Danke, Ihre Meldung ist bei der Moderation eingegangen.');
    expect(status.closest('[role="status"]')).toBeTruthy();
    // The dialog is closed and focus is back on "Melden".
    await waitFor(() => expect(within(dialog).queryByText('Beitrag melden')).toBeNull());
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Beitrag von Karla Kommune melden' }),
    );
  });

  it('says so when the post was already reported (CONFLICT)', async () => {
    const mock = {
      request: {
        query: FlagPostMutationDocument,
        variables: { postId: 'p-7', reason: 'SPAM', comment: null },
      },
      result: graphQLError('CONFLICT', 'Sie haben diesen Beitrag bereits gemeldet.'),
    };
    renderWithProviders(<PostModerationActions post={post} canModerate={false} />, { viewer, mocks: [mock] });
    const { user, dialog } = await openFlagDialog();
    await user.click(within(dialog).getByRole('radio', { name: 'Spam oder Werbung', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Meldung senden', hidden: true }));
    expect(await screen.findByText('Sie haben diesen Beitrag bereits gemeldet.')).toBeTruthy();
  });
});
