import { NotificationType } from '@forum/shared';
import { CATEGORY_LABELS } from '../mail-categories';
import { type MailBlock, type MailContent, renderMail } from './layout';

export interface NotificationMailData {
  type: NotificationType;
  recipientName: string;
  actorName: string | null;
  threadTitle: string | null;
  topicTitle: string | null;
  postExcerpt: string | null;
  /** Short text of moderation and account notifications (e.g. a moderator's reason). */
  detail: string | null;
  threadUrl: string | null;
  settingsUrl: string;
  unsubscribeUrl: string;
}

const quoted = (title: string | null) => (title ? `„${title}“` : 'einer Frage');

/** Subject and first sentence per notification type. */
function wording(d: NotificationMailData): { subject: string; lead: string } {
  const who = d.actorName ?? 'Jemand';
  const title = quoted(d.threadTitle);
  switch (d.type) {
    case NotificationType.REPLY:
      return { subject: `Neue Antwort auf ${title}`, lead: `${who} hat auf die Frage ${title} geantwortet.` };
    case NotificationType.NEW_THREAD:
      return {
        subject: `Neue Frage: ${title}`,
        lead: d.topicTitle
          ? `${who} hat im Thema „${d.topicTitle}“ eine neue Frage gestellt: ${title}.`
          : `${who} hat eine neue Frage gestellt: ${title}.`,
      };
    case NotificationType.MENTION:
      return { subject: `${who} hat Sie erwähnt`, lead: `${who} hat Sie in der Frage ${title} erwähnt.` };
    case NotificationType.OFFICIAL_ANSWER:
      return {
        subject: `Antwort eines Landes auf ${title}`,
        lead: `${who} hat als Vertretung eines Landes auf die Frage ${title} geantwortet.`,
      };
    case NotificationType.ANSWER_ACCEPTED:
      return {
        subject: `Ihre Antwort wurde akzeptiert: ${title}`,
        lead: `Ihre Antwort auf die Frage ${title} wurde als Lösung akzeptiert. Vielen Dank für Ihre Unterstützung!`,
      };
    case NotificationType.FLAG:
      return {
        subject: `Neue Meldung zu einem Beitrag in ${title}`,
        lead: `Ein Beitrag in der Frage ${title} wurde gemeldet und wartet auf eine Prüfung durch die Moderation.`,
      };
    case NotificationType.MODERATION:
      return {
        subject: d.threadTitle ? `Hinweis der Moderation zu ${title}` : 'Hinweis der Moderation',
        lead: d.detail ?? 'Die Moderation hat eine Ihrer Fragen oder Beiträge bearbeitet.',
      };
    case NotificationType.ACCOUNT:
      return {
        subject: 'Hinweis zu Ihrem Konto im Forum Kommunalpakt',
        lead: d.detail ?? 'Es gibt eine Änderung an Ihrem Konto.',
      };
  }
}

export function notificationMail(d: NotificationMailData): MailContent {
  const { subject, lead } = wording(d);
  const blocks: MailBlock[] = [{ kind: 'paragraph', text: lead }];
  if (d.postExcerpt && d.type !== NotificationType.FLAG) blocks.push({ kind: 'quote', text: d.postExcerpt });
  if (d.threadUrl) {
    const label = d.type === NotificationType.FLAG ? 'Beitrag prüfen' : 'Im Forum ansehen';
    blocks.push({ kind: 'button', label, url: d.threadUrl });
  }
  return renderMail({
    subject,
    greeting: `Guten Tag ${d.recipientName},`,
    blocks,
    footer: {
      reason: `Sie erhalten diese E-Mail, weil Sie E-Mails zu ${CATEGORY_LABELS[d.type]} eingeschaltet haben.`,
      settingsUrl: d.settingsUrl,
      unsubscribeUrl: d.unsubscribeUrl,
      unsubscribeLabel: `E-Mails zu ${CATEGORY_LABELS[d.type]} abbestellen`,
    },
  });
}
