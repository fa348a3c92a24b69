import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { graphQLError, renderWithProviders } from '../../../test/render';
import { OrganisationsQueryDocument, RegisterMutationDocument } from '../graphql/register.graphql';
import { RegisterForm } from './RegisterForm';

const organisationsMock = {
  request: { query: OrganisationsQueryDocument, variables: { kind: 'KOMMUNE' } },
  result: {
    data: {
      organisations: [
        {
          __typename: 'Organisation',
          id: 'o-1',
          name: 'Stadt Musterhausen',
          kind: 'KOMMUNE',
          code: '064350014014',
        },
        {
          __typename: 'Organisation',
          id: 'o-2',
          name: 'Landkreis Beispiel',
          kind: 'KOMMUNE',
          code: '064350000000',
        },
      ],
    },
  },
  maxUsageCount: 5,
};

async function fillValidForm() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Dienstliche E-Mail-Adresse'), 'neu@musterhausen.de');
  await user.type(screen.getByLabelText('Anzeigename'), 'Nina Neu');
  await user.type(screen.getByLabelText('Passwort'), 'ein-langes-Passwort-2026');
  await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'KOMMUNE');
  await screen.findByRole('option', { name: 'Stadt Musterhausen (064350014014)' });
  await user.selectOptions(screen.getByLabelText('Organisation'), 'o-1');
  await user.click(screen.getByRole('checkbox'));
  return user;
}

describe('RegisterForm', () => {
  it('validates password length, organisation and consent on the client and lists them in a summary', async () => {
    const onRegistered = vi.fn();
    renderWithProviders(<RegisterForm onRegistered={onRegistered} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Dienstliche E-Mail-Adresse'), 'neu@musterhausen.de');
    await user.type(screen.getByLabelText('Anzeigename'), 'Nina Neu');
    await user.type(screen.getByLabelText('Passwort'), 'zu-kurz');
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));

    const password = screen.getByLabelText('Passwort');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Das Passwort muss mindestens 12 Zeichen lang sein.').length).toBeGreaterThan(
      0,
    );
    expect(screen.getAllByText('Bitte wählen Sie Ihre Organisation aus.').length).toBeGreaterThan(0);
    expect(screen.getAllByText(/Datenschutzerklärung gelesen haben/).length).toBeGreaterThan(0);
    const summary = screen.getByRole('alert');
    expect(summary.querySelector('a[href="#register-password"]')).toBeTruthy();
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('shows field errors from extensions.fields next to the fields', async () => {
    const onRegistered = vi.fn();
    const registerMock = {
      request: { query: RegisterMutationDocument, variables: () => true },
      result: graphQLError('BAD_USER_INPUT', 'Validation failed', {
        fields: {
          email: 'Diese E-Mail-Domain ist nicht zugelassen.',
          displayName: 'Der Anzeigename ist bereits vergeben.',
        },
      }),
    };
    renderWithProviders(<RegisterForm onRegistered={onRegistered} />, {
      mocks: [organisationsMock, registerMock],
    });
    await screen.findByLabelText('Dienstliche E-Mail-Adresse');
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));

    const email = screen.getByLabelText('Dienstliche E-Mail-Adresse');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (email.getAttribute('aria-describedby') ?? '').split(' ');
    expect(document.getElementById(describedBy[0])?.textContent).toBe(
      'Diese E-Mail-Domain ist nicht zugelassen.',
    );
    const name = screen.getByLabelText('Anzeigename', { selector: 'input' });
    const nameErrorId = (name.getAttribute('aria-describedby') ?? '').split(' ')[0];
    expect(document.getElementById(nameErrorId)?.textContent).toBe('Der Anzeigename ist bereits vergeben.');
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('sends the chosen organisation and reports success', async () => {
    const onRegistered = vi.fn();
    const registerMock = {
      request: {
        query: RegisterMutationDocument,
        variables: {
          input: {
            email: 'neu@musterhausen.de',
            displayName: 'Nina Neu',
            password: 'ein-langes-Passwort-2026',
            organisationId: 'o-1',
          },
        },
      },
      result: { data: { register: { __typename: 'User', id: 'u-new', status: 'PENDING' } } },
    };
    renderWithProviders(<RegisterForm onRegistered={onRegistered} />, {
      mocks: [organisationsMock, registerMock],
    });
    await screen.findByLabelText('Dienstliche E-Mail-Adresse');
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Registrierung absenden' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledTimes(1));
  });
});
