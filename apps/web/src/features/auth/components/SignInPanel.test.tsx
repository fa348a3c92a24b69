import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { SignInOptionsQueryDocument } from '../graphql/identity.graphql';
import { SignInPanel } from './SignInPanel';

const options = (passwordLogin: boolean) => ({
  request: { query: SignInOptionsQueryDocument },
  result: {
    data: {
      signInOptions: {
        __typename: 'SignInOptions' as const,
        passwordLogin,
        providers: [
          {
            __typename: 'SignInProvider' as const,
            id: 'hessen',
            label: 'Mit dem Landeskonto Hessen anmelden',
            loginUrl: '/auth/oidc/hessen/login',
          },
        ],
      },
    },
  },
});

describe('SignInPanel', () => {
  it('shows a button per provider above the password form with "Passwort vergessen?"', async () => {
    renderWithProviders(<SignInPanel />, { mocks: [options(true)] });
    const button = await screen.findByRole('link', { name: 'Mit dem Landeskonto Hessen anmelden' });
    expect(button.getAttribute('href')).toBe('/auth/oidc/hessen/login');
    expect(screen.getByRole('form', { name: 'Anmelden' })).toBeTruthy();
    expect(screen.getByText(/Oder mit Ihrer E-Mail-Adresse und Ihrem Passwort/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Passwort vergessen?' }).getAttribute('href')).toBe(
      '/passwort-vergessen',
    );
  });

  it('hides the password form when only the providers may be used, and explains a refused sign-in', async () => {
    renderWithProviders(<SignInPanel />, { mocks: [options(false)], route: '/?anmeldung=suspended' });
    await screen.findByRole('link', { name: 'Mit dem Landeskonto Hessen anmelden' });
    expect(screen.queryByLabelText('Passwort')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Ihr Konto ist gesperrt.');
  });
});
