import { graphql } from '../../../gql';

export const ChangePasswordMutationDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const DeleteMyAccountMutationDocument = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

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
