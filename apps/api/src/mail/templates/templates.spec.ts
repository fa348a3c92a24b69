import { NotificationType } from '@forum/shared';
import { DigestFrequency } from '../../notifications/notification-defaults';
import { accountApprovedMail, confirmEmailMail } from './account.templates';
import { digestMail } from './digest.template';
import { excerpt } from './layout';
import { notificationMail } from './notification.template';

const base = {
  recipientName: 'Julia <Berger>',
  actorName: 'Thomas Wagner',
  threadTitle: 'Anbindung <script>alert(1)</script>',
  topicTitle: 'Wohngeld',
  postExcerpt: 'Erste Zeile\nZweite Zeile',
  detail: null,
  threadUrl: 'https://forum.example/fragen/1',
  settingsUrl: 'https://forum.example/profil',
  unsubscribeUrl: 'https://forum.example/mail/unsubscribe?token=a.b',
};

describe('mail templates', () => {
  it('word every notification type in German, with text and accessible HTML', () => {
    for (const type of Object.values(NotificationType)) {
      const mail = notificationMail({ ...base, type });
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain('Guten Tag Julia <Berger>,');
      expect(mail.text).toContain('Einstellungen ändern: https://forum.example/profil');
      expect(mail.text).toContain('abbestellen: https://forum.example/mail/unsubscribe?token=a.b');
      expect(mail.html).toContain('<html lang="de">');
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('Julia &lt;Berger&gt;');
      expect(mail.html).not.toMatch(/<img|<style|class=/);
    }
    const reply = notificationMail({ ...base, type: NotificationType.REPLY });
    expect(reply.subject).toBe('Neue Antwort auf „Anbindung <script>alert(1)</script>“');
    expect(reply.text).toContain('> Erste Zeile\n> Zweite Zeile');
    const moderation = notificationMail({
      ...base,
      type: NotificationType.MODERATION,
      detail: 'Ihr Beitrag wurde ausgeblendet: Beleidigung',
    });
    expect(moderation.text).toContain('Ihr Beitrag wurde ausgeblendet: Beleidigung');
    expect(notificationMail({ ...base, type: NotificationType.FLAG }).text).not.toContain('Erste Zeile');
  });

  it('builds digests with counts and a cut-off', () => {
    const items = Array.from({ length: 5 }, (_, i) => ({
      type: i === 0 ? NotificationType.NEW_THREAD : NotificationType.REPLY,
      threadTitle: `Frage ${i}`,
      topicTitle: null,
      actorName: 'Anna',
      url: `https://forum.example/fragen/${i}`,
      createdAt: new Date('2026-11-20T09:30:00Z'),
    }));
    const mail = digestMail({
      recipientName: 'Julia',
      frequency: DigestFrequency.DAILY,
      items,
      maxItems: 3,
      notificationsUrl: 'https://forum.example/benachrichtigungen',
      settingsUrl: 'https://forum.example/profil',
      unsubscribeUrl: 'https://forum.example/mail/unsubscribe?token=x.y',
    });
    expect(mail.subject).toBe('Ihre tägliche Zusammenfassung: 5 Neuigkeiten im Forum Kommunalpakt');
    expect(mail.text).toContain('Neue Antworten (2)');
    expect(mail.text).toContain('Anna · 20.11.2026, 10:30 Uhr');
    expect(mail.text).toContain('… und 2 weitere Neuigkeiten.');
    expect(mail.text).not.toContain('Frage 4');
  });

  it('has confirmation and approval mails', () => {
    const confirm = confirmEmailMail({
      recipientName: 'Nora',
      confirmUrl: 'https://x/c?t=1',
      awaitsApproval: true,
    });
    expect(confirm.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
    expect(confirm.text).toContain('E-Mail-Adresse bestätigen:\nhttps://x/c?t=1');
    expect(confirm.text).not.toContain('abbestellen');
    const approved = accountApprovedMail({
      recipientName: 'Nora',
      loginUrl: 'https://x/',
      settingsUrl: 'https://x/profil',
      unsubscribeUrl: 'https://x/u',
    });
    expect(approved.subject).toBe('Ihr Konto im Forum Kommunalpakt ist freigeschaltet');
  });

  it('turns markdown into a short plain excerpt', () => {
    expect(excerpt('## Titel\n\n**fett** und [Link](https://x) `code`\n\n```\nblock\n```')).toBe(
      'Titel\n\nfett und Link code\n\n […]',
    );
    expect(excerpt('Wort '.repeat(200), 50)).toMatch(/^(Wort ){9}Wort …$/);
  });
});
