import { NotificationType } from '@forum/shared';
import { DigestFrequency } from '../../notifications/notification-defaults';
import { type MailBlock, type MailContent, renderMail } from './layout';

export interface DigestItem {
  type: NotificationType;
  threadTitle: string;
  topicTitle: string | null;
  actorName: string | null;
  url: string;
  createdAt: Date;
}

export interface DigestMailData {
  recipientName: string;
  frequency: DigestFrequency.DAILY | DigestFrequency.WEEKLY;
  items: DigestItem[];
  /** Longer lists end with "… und N weitere" and the link to all notifications. */
  maxItems?: number;
  notificationsUrl: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

function meta(item: DigestItem): string {
  return [item.topicTitle, item.actorName, `${dateTime.format(item.createdAt)} Uhr`]
    .filter(Boolean)
    .join(' · ');
}

export function digestMail(d: DigestMailData): MailContent {
  const shown = d.items.slice(0, d.maxItems ?? d.items.length);
  const questions = shown.filter((i) => i.type === NotificationType.NEW_THREAD);
  const replies = shown.filter((i) => i.type !== NotificationType.NEW_THREAD);
  const period = d.frequency === DigestFrequency.DAILY ? 'tägliche' : 'wöchentliche';
  const since = d.frequency === DigestFrequency.DAILY ? 'seit gestern' : 'in der letzten Woche';
  const count = d.items.length === 1 ? 'eine Neuigkeit' : `${d.items.length} Neuigkeiten`;
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: `hier ist Ihre ${period} Zusammenfassung: Im Forum Kommunalpakt gibt es ${since} ${count}, die Sie noch nicht gelesen haben.`,
    },
  ];
  if (questions.length) {
    blocks.push({
      kind: 'heading',
      text: questions.length === 1 ? 'Neue Frage' : `Neue Fragen (${questions.length})`,
    });
    blocks.push({
      kind: 'list',
      items: questions.map((i) => ({ title: i.threadTitle, url: i.url, meta: meta(i) })),
    });
  }
  if (replies.length) {
    blocks.push({
      kind: 'heading',
      text: replies.length === 1 ? 'Neue Antwort' : `Neue Antworten (${replies.length})`,
    });
    blocks.push({
      kind: 'list',
      items: replies.map((i) => ({ title: i.threadTitle, url: i.url, meta: meta(i) })),
    });
  }
  const more = d.items.length - shown.length;
  if (more > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `… und ${more === 1 ? 'eine weitere Neuigkeit' : `${more} weitere Neuigkeiten`}.`,
    });
  }
  blocks.push({ kind: 'button', label: 'Alle Benachrichtigungen ansehen', url: d.notificationsUrl });
  return renderMail({
    subject: `Ihre ${period} Zusammenfassung: ${count} im Forum Kommunalpakt`,
    greeting: `Guten Tag ${d.recipientName},`,
    blocks,
    footer: {
      reason: `Sie erhalten diese E-Mail, weil Sie die ${period} Zusammenfassung neuer Antworten und Fragen eingeschaltet haben.`,
      settingsUrl: d.settingsUrl,
      unsubscribeUrl: d.unsubscribeUrl,
      unsubscribeLabel: 'Zusammenfassung abbestellen',
    },
  });
}
