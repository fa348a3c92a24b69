import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { buildViewer } from '../../../test/fixtures';
import { graphQLError, renderWithProviders } from '../../../test/render';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { MyDataSection } from '../components/MyDataSection';
import { NotificationSettings } from '../components/NotificationSettings';
import {
  ChangePasswordMutationDocument,
  DeleteMyAccountMutationDocument,
  NotificationSettingsQueryDocument,
  SetDigestFrequencyMutationDocument,
  SetNotificationPreferenceMutationDocument,
} from '../graphql/settings.graphql';
import { loadNamespace } from '../../../i18n/i18n';

beforeAll(async () => {
  await loadNamespace('de', 'comforts');
});

const settingsMock = {
  request: { query: NotificationSettingsQueryDocument },
  result: {
    data: {
      digestFrequency: 'WEEKLY',
      notificationPreferences: [
        { __typename: 'NotificationPreference', type: 'REPLY', inApp: true, email: false, inDigest: true },
        { __typename: 'NotificationPreference', type: 'MENTION', inApp: true, email: true, inDigest: false },
      ],
    },
  },
};

describe('settings: password', () => {
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

describe('settings: notifications', () => {
  it('toggles the e-mail channel of one type and keeps its in-app setting', async () => {
    const result = vi.fn(() => ({
      data: {
        setNotificationPreference: {
          __typename: 'NotificationPreference',
          type: 'REPLY',
          inApp: true,
          email: true,
          inDigest: false,
        },
      },
    }));
    renderWithProviders(<NotificationSettings />, {
      mocks: [
        settingsMock,
        {
          request: {
            query: SetNotificationPreferenceMutationDocument,
            variables: { type: 'REPLY', inApp: true, email: true },
          },
          result,
        },
      ],
    });
    const box = await screen.findByRole('checkbox', { name: 'Antworten auf beobachtete Fragen: E-Mail' });
    expect((box as HTMLInputElement).checked).toBe(false);
    await userEvent.setup().click(box);
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect(await screen.findByText('Einstellung gespeichert.')).toBeTruthy();
  });

  it('changes the digest frequency with a radio group', async () => {
    const result = vi.fn(() => ({ data: { setDigestFrequency: 'DAILY' } }));
    renderWithProviders(<NotificationSettings />, {
      mocks: [
        settingsMock,
        { request: { query: SetDigestFrequencyMutationDocument, variables: { frequency: 'DAILY' } }, result },
      ],
    });
    const group = await screen.findByRole('group', {
      name: 'Wie oft möchten Sie eine Zusammenfassung erhalten?',
    });
    expect((within(group).getByRole('radio', { name: 'Wöchentlich' }) as HTMLInputElement).checked).toBe(
      true,
    );
    await userEvent.setup().click(within(group).getByRole('radio', { name: 'Täglich' }));
    await waitFor(() => expect(result).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect((within(group).getByRole('radio', { name: 'Täglich' }) as HTMLInputElement).checked).toBe(true),
    );
  });
});

describe('settings: my data', () => {
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
