import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLError, renderWithProviders } from '@/test/render';
import { buildViewer } from '@/test/fixtures';
import { LoginMutationDocument } from '../graphql/login.graphql';
import { LoginForm } from './LoginForm';

const credentials = { email: 'kommune@demo.example', password: 'Kommunalpakt-Demo-2026' };

function loginMock(result: object) {
  return { request: { query: LoginMutationDocument, variables: { input: credentials } }, result };
}

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-Mail-Adresse'), credentials.email);
  await user.type(screen.getByLabelText('Passwort'), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('LoginForm', () => {
  it('shows required-field errors linked to the inputs and does not submit', async () => {
    renderWithProviders(<LoginForm />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Anmelden' }));

    const email = screen.getByLabelText('E-Mail-Adresse');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const errorId = email.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId.split(' ')[0])?.textContent).toContain(
      'Bitte füllen Sie dieses Feld aus.',
    );
    expect(screen.getByLabelText('Passwort').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(email);
  });

  it('rejects a malformed e-mail address before calling the server', async () => {
    renderWithProviders(<LoginForm />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('E-Mail-Adresse'), 'kein-at-zeichen');
    await user.type(screen.getByLabelText('Passwort'), 'irgendwas');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(screen.getByText(/gültige E-Mail-Adresse/)).toBeTruthy();
  });

  it('shows "E-Mail oder Passwort ist falsch" for UNAUTHENTICATED', async () => {
    renderWithProviders(<LoginForm />, {
      mocks: [loginMock(graphQLError('UNAUTHENTICATED', 'Invalid credentials'))],
    });
    await screen.findByLabelText('E-Mail-Adresse');
    await fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toContain('E-Mail oder Passwort ist falsch.');
  });

  it('explains a pending account for FORBIDDEN', async () => {
    renderWithProviders(<LoginForm />, { mocks: [loginMock(graphQLError('FORBIDDEN'))] });
    await screen.findByLabelText('E-Mail-Adresse');
    await fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toContain('Ihr Konto wartet auf Freischaltung');
  });

  it('asks to wait when RATE_LIMITED', async () => {
    renderWithProviders(<LoginForm />, { mocks: [loginMock(graphQLError('RATE_LIMITED'))] });
    await screen.findByLabelText('E-Mail-Adresse');
    await fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toContain('Zu viele Versuche');
  });

  it('navigates to the board overview after a successful login', async () => {
    const { router } = renderWithProviders(<LoginForm />, {
      mocks: [
        loginMock({ data: { login: { __typename: 'AuthPayload', token: 'tok', user: buildViewer() } } }),
      ],
    });
    await screen.findByLabelText('E-Mail-Adresse');
    await fillAndSubmit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/bereiche'));
  });
});
