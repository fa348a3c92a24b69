import { NotificationType } from '@forum/shared';

// The e-mail categories (unsubscribe links, footers). The defaults per notification type and the digest
// frequency belong to the notification preferences: notifications/notification-defaults.ts.

/** What one unsubscribe link turns off: the e-mails of one notification type, or the digest. */
export type MailCategory = NotificationType | 'DIGEST';

export const MAIL_CATEGORIES: readonly MailCategory[] = [...Object.values(NotificationType), 'DIGEST'];

export function isMailCategory(value: string): value is MailCategory {
  return (MAIL_CATEGORIES as readonly string[]).includes(value);
}

/** German names of the categories, as used in footers, the unsubscribe page and the settings. */
export const CATEGORY_LABELS: Record<MailCategory, string> = {
  REPLY: 'Antworten auf Fragen, denen Sie folgen',
  NEW_THREAD: 'neue Fragen in Bereichen und Themen, denen Sie folgen',
  MENTION: 'Erwähnungen Ihres Namens',
  OFFICIAL_ANSWER: 'Antworten der Länder auf Fragen, denen Sie folgen',
  ANSWER_ACCEPTED: 'akzeptierte Antworten',
  FLAG: 'Meldungen von Beiträgen (Moderation)',
  MODERATION: 'Hinweise der Moderation zu Ihren Beiträgen',
  ACCOUNT: 'Hinweise zu Ihrem Konto',
  DIGEST: 'die Zusammenfassung neuer Antworten und Fragen',
};
