import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadNamespace } from '@/i18n/i18n';
import { graphQLError, renderWithProviders } from '@/test/render';
import { RequestEmailChangeMutationDocument } from '../graphql/email-change.graphql';
import { EmailChangeForm } from './EmailChangeForm';

beforeAll(async () => {
  await loadNamespace('de', 'account');
});

const request = (password: string | null, result: object) => ({
  request: {
    query: RequestEmailChangeMutationDocument,
    variables: { newEmail: 'neu@kassel.example', password },
  },
  result,
});

describe('EmailChangeForm', () => {
  it('says where the confirmation link went, whatever the address', async () => {
    renderWithProviders(<EmailChangeForm />, {
      mocks: [request('Mein-Passwort-2026', { data: { requestEmailChange: true } })],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neue E-Mail-Adresse'), 'neu@kassel.example');
    await user.type(screen.getByLabelText(/Aktuelles Passwort/), 'Mein-Passwort-2026');
    await user.click(screen.getByRole('button', { name: 'Bestätigungslink senden' }));
    expect(
      await screen.findByText(/Wir haben einen Bestätigungslink an neu@kassel.example gesendet/),
    ).toBeTruthy();
  });

  it('shows a wrong password next to its field', async () => {
    renderWithProviders(<EmailChangeForm />, {
      mocks: [
        request(
          null,
          graphQLError('BAD_USER_INPUT', 'falsch', { fields: { password: 'Falsches Passwort' } }),
        ),
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Neue E-Mail-Adresse'), 'neu@kassel.example');
    await user.click(screen.getByRole('button', { name: 'Bestätigungslink senden' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Aktuelles Passwort/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getAllByText(/Das Passwort ist nicht richtig/).length).toBeGreaterThan(0);
  });
});
