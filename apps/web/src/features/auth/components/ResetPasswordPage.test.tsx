import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n/i18n';
import { graphQLError, renderWithProviders } from '@/test/render';
import {
  PasswordResetLinkStatusQueryDocument,
  ResetPasswordMutationDocument,
} from '../graphql/identity.graphql';
import { ResetPasswordPage } from './ResetPasswordPage';

beforeAll(async () => {
  await loadNamespace('de', 'auth');
});

const status = (token: string, state: string) => ({
  request: { query: PasswordResetLinkStatusQueryDocument, variables: { token } },
  result: { data: { passwordResetLinkStatus: state } },
});
const route = (token: string) => ({
  route: `/passwort-zuruecksetzen?token=${token}`,
  path: '/passwort-zuruecksetzen',
});

describe('ResetPasswordPage', () => {
  it('says clearly that a used or expired link cannot be used, and offers a new one', async () => {
    renderWithProviders(<ResetPasswordPage />, { mocks: [status('benutzt', 'USED')], ...route('benutzt') });
    expect(await screen.findByText('Dieser Link wurde bereits verwendet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' }).getAttribute('href')).toBe(
      '/passwort-vergessen',
    );
    expect(screen.queryByLabelText('Neues Passwort')).toBeNull();
  });

  it('sets the new password with a valid link, and reports a link that expired meanwhile', async () => {
    const password = 'Ein-ganz-neues-Passwort-1';
    renderWithProviders(<ResetPasswordPage />, {
      mocks: [
        status('gueltig', 'VALID'),
        {
          request: { query: ResetPasswordMutationDocument, variables: { token: 'gueltig', password } },
          result: graphQLError('BAD_USER_INPUT', 'abgelaufen', { fields: { token: 'EXPIRED' } }),
        },
      ],
      ...route('gueltig'),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neues Passwort'), 'kurz');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(screen.getAllByText(/mindestens 12 Zeichen lang sein/).length).toBeGreaterThan(0);
    await user.clear(screen.getByLabelText('Neues Passwort'));
    await user.type(screen.getByLabelText('Neues Passwort'), password);
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), password);
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    await waitFor(() => expect(screen.getByText(/Dieser Link ist abgelaufen/)).toBeTruthy());
  });

  it('confirms a saved password', async () => {
    const password = 'Ein-ganz-neues-Passwort-1';
    renderWithProviders(<ResetPasswordPage />, {
      mocks: [
        status('gut', 'VALID'),
        {
          request: { query: ResetPasswordMutationDocument, variables: { token: 'gut', password } },
          result: { data: { resetPassword: true } },
        },
      ],
      ...route('gut'),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neues Passwort'), password);
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), password);
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(await screen.findByText('Ihr Passwort wurde geändert')).toBeTruthy();
  });
});
