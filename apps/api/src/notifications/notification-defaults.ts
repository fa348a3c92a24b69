import { registerEnumType } from '@nestjs/graphql';
import { NotificationType } from '@forum/shared';

export enum DigestFrequency {
  NEVER = 'NEVER',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(DigestFrequency, {
  name: 'DigestFrequency',
  description: 'How often replies and new questions are summarised in one e-mail',
});

/** Types collected in the digest instead of one e-mail each (while their e-mail channel is off). */
export const DIGEST_TYPES: readonly NotificationType[] = [
  NotificationType.REPLY,
  NotificationType.NEW_THREAD,
];

/**
 * Defaults when a person has not chosen (no row in notification_preferences): everything in-app; an
 * e-mail at once for what concerns them personally, replies and new questions go into the digest, and
 * flags stay in the app (moderators see them there).
 */
export const EMAIL_BY_DEFAULT: readonly NotificationType[] = [
  NotificationType.MENTION,
  NotificationType.OFFICIAL_ANSWER,
  NotificationType.ANSWER_ACCEPTED,
  NotificationType.ACCOUNT,
  NotificationType.MODERATION,
];

export function defaultPreference(type: NotificationType): { inApp: boolean; email: boolean } {
  return { inApp: true, email: EMAIL_BY_DEFAULT.includes(type) };
}
