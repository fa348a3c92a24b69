import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { graphQLError, renderWithProviders } from '@/test/render';
import {
  OrganisationsQueryDocument,
  RegisterMutationDocument,
  RegistrationApprovedAtOnceQueryDocument,
} from '../graphql/register.graphql';
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
  it('shows no error on a field before it was touched or the form was sent', async () => {
    renderWithProviders(<RegisterForm onRegistered={vi.fn()} />, { mocks: [organisationsMock] });
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Dienstliche E-Mail-Adresse'));
    // Through every field without entering anything, choosing only the kind of organisation.
    await user.tab();
    await user.tab();
    await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'KOMMUNE');
    await screen.findByRole('option', { name: 'Stadt Musterhausen (064350014014)' });
    screen.getByLabelText('Organisation').focus();
    await user.tab();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(screen.queryByText('Bitte wählen Sie Ihre Organisation aus.')).toBeNull();
    // A wrong entry is named once the field is left.
    await user.type(screen.getByLabelText('Passwort'), 'kurz');
    await user.tab();
    expect(screen.getByLabelText('Passwort').getAttribute('aria-invalid')).toBe('true');
  });

  it('puts the consent error with its checkbox', async () => {
    renderWithProviders(<RegisterForm onRegistered={vi.fn()} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Registrierung absenden' }));
    const checkbox = screen.getByRole('checkbox');
    const error = document.getElementById('register-consent-error');
    expect(error?.textContent).toMatch(/Datenschutzerklärung gelesen haben/);
    expect(checkbox.getAttribute('aria-describedby')).toBe('register-consent-error');
    expect(error?.closest('.app-consent')?.contains(checkbox)).toBe(true);
  });

  it('hints that a work address is faster when the domain is not approved at once', async () => {
    const check = (email: string, approved: boolean) => ({
      request: { query: RegistrationApprovedAtOnceQueryDocument, variables: { email } },
      result: { data: { registrationApprovedAtOnce: approved } },
    });
    renderWithProviders(<RegisterForm onRegistered={vi.fn()} />, {
      mocks: [check('max@gmail.example', false), check('max@kassel.example', true)],
    });
    const user = userEvent.setup();
    const email = await screen.findByLabelText('Dienstliche E-Mail-Adresse');
    await user.type(email, 'max@gmail.example');
    await user.tab();
    expect(
      await screen.findByText(/Adressen von „gmail.example“ werden nicht automatisch freigeschaltet/),
    ).toBeTruthy();
    expect(email.getAttribute('aria-describedby')).toContain('register-email-domain');
    await user.clear(email);
    await user.type(email, 'max@kassel.example');
    await user.tab();
    await waitFor(() => expect(screen.queryByText(/werden nicht automatisch freigeschaltet/)).toBeNull());
  });

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
