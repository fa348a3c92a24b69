import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { loadNamespace } from '@/i18n/i18n';
import { buildViewer } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { DeleteMyAccountMutationDocument } from '../graphql/account.graphql';
import { MyDataSection } from './MyDataSection';

beforeAll(async () => {
  await loadNamespace('de', 'account');
});

describe('MyDataSection', () => {
  it('links the data export downloads', async () => {
    renderWithProviders(<MyDataSection />, { viewer: buildViewer() });
    const json = await screen.findByRole('link', { name: 'Meine Daten herunterladen (JSON)' });
    expect(json.getAttribute('href')).toBe('/me/export.json');
    expect(json.hasAttribute('download')).toBe(true);
    expect(
      screen.getByRole('link', { name: 'Meine Daten herunterladen (HTML, lesbar)' }).getAttribute('href'),
    ).toBe('/me/export.html');
  });

  it('deletes the account only with the password and then returns to the landing page', async () => {
    const result = vi.fn(() => ({ data: { deleteMyAccount: true } }));
    const { router } = renderWithProviders(<MyDataSection />, {
      viewer: buildViewer(),
      path: '/einstellungen',
      route: '/einstellungen',
      mocks: [
        {
          request: { query: DeleteMyAccountMutationDocument, variables: { password: 'Mein-Passwort-2026' } },
          result,
        },
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Konto löschen' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/Gelöschtes Konto/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Konto endgültig löschen', hidden: true }));
    expect(within(dialog).getByText('Bitte geben Sie Ihr Passwort ein.')).toBeTruthy();
    expect(result).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText('Passwort'), 'Mein-Passwort-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Konto endgültig löschen', hidden: true }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(router.state.location.state).toEqual({ accountDeleted: true });
  });
});
