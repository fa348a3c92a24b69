import { graphql } from '@/gql';

export const NotificationSettingsQueryDocument = graphql(`
  query NotificationSettings {
    digestFrequency
    notificationPreferences {
      type
      inApp
      email
      inDigest
    }
  }
`);

export const SetNotificationPreferenceMutationDocument = graphql(`
  mutation SetNotificationPreference($type: NotificationType!, $inApp: Boolean!, $email: Boolean!) {
    setNotificationPreference(type: $type, inApp: $inApp, email: $email) {
      type
      inApp
      email
      inDigest
    }
  }
`);

export const SetDigestFrequencyMutationDocument = graphql(`
  mutation SetDigestFrequency($frequency: DigestFrequency!) {
    setDigestFrequency(frequency: $frequency)
  }
`);
