import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n/i18n';
import { graphQLError, renderWithProviders } from '@/test/render';
import { ChangePasswordMutationDocument } from '../graphql/account.graphql';
import { ChangePasswordForm } from './ChangePasswordForm';

beforeAll(async () => {
  await loadNamespace('de', 'account');
});

describe('ChangePasswordForm', () => {
  it('lists field errors for a missing current password, a short and a mismatching new one', async () => {
    renderWithProviders(<ChangePasswordForm />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neues Passwort'), 'kurz');
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), 'anders');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    expect(screen.getByLabelText('Aktuelles Passwort').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText(/mindestens 12 Zeichen lang sein/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Die Passwörter stimmen nicht überein/).length).toBeGreaterThan(0);
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('shows a wrong current password next to that field', async () => {
    const mocks = [
      {
        request: {
          query: ChangePasswordMutationDocument,
          variables: { currentPassword: 'falsch-falsch', newPassword: 'Ein-neues-Passwort-2026' },
        },
        result: graphQLError('UNAUTHENTICATED', 'wrong password'),
      },
    ];
    renderWithProviders(<ChangePasswordForm />, { mocks });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Aktuelles Passwort'), 'falsch-falsch');
    await user.type(screen.getByLabelText('Neues Passwort'), 'Ein-neues-Passwort-2026');
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), 'Ein-neues-Passwort-2026');
    await user.click(screen.getByRole('button', { name: 'Passwort ändern' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Aktuelles Passwort').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getAllByText(/Das aktuelle Passwort ist nicht richtig/).length).toBeGreaterThan(0);
  });
});
