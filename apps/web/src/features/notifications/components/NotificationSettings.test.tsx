import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import {
  NotificationSettingsQueryDocument,
  SetDigestFrequencyMutationDocument,
  SetNotificationPreferenceMutationDocument,
} from '../graphql/notification-preferences.graphql';
import { NotificationSettings } from './NotificationSettings';

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

describe('NotificationSettings', () => {
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
