import { type MailContent, renderMail } from './layout';

// Mails of "Passwort vergessen?" and of an e-mail change. Security notices: always sent, no unsubscribe.

const SECURITY_REASON =
  'Sie erhalten diese E-Mail, weil sie die Sicherheit Ihres Kontos im Forum Kommunalpakt betrifft. Solche Hinweise werden immer gesendet.';

export function passwordResetMail(d: { recipientName: string; resetUrl: string }): MailContent {
  return renderMail({
    subject: 'Passwort zurücksetzen',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'für Ihr Konto im Forum Kommunalpakt wurde ein neues Passwort angefordert. Mit dem folgenden Link legen Sie es fest. Der Link ist 60 Minuten gültig und kann nur einmal verwendet werden.',
      },
      { kind: 'button', label: 'Neues Passwort festlegen', url: d.resetUrl },
      {
        kind: 'paragraph',
        text: 'Wenn Sie kein neues Passwort angefordert haben, ignorieren Sie diese E-Mail bitte; Ihr Passwort bleibt unverändert.',
      },
    ],
    footer: { reason: SECURITY_REASON },
  });
}

export function passwordChangedByResetMail(d: {
  recipientName: string;
  resetRequestUrl: string;
}): MailContent {
  return renderMail({
    subject: 'Ihr Passwort wurde geändert',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'das Passwort Ihres Kontos im Forum Kommunalpakt wurde soeben über den Link „Passwort vergessen?“ neu festgelegt. Alle bestehenden Anmeldungen wurden beendet.',
      },
      {
        kind: 'paragraph',
        text: 'Wenn Sie das nicht waren, fordern Sie bitte sofort ein neues Passwort an und informieren Sie die Moderation des Forums.',
      },
      { kind: 'button', label: 'Neues Passwort anfordern', url: d.resetRequestUrl },
    ],
    footer: { reason: SECURITY_REASON },
  });
}

export function confirmEmailChangeMail(d: { recipientName: string; confirmUrl: string }): MailContent {
  return renderMail({
    subject: 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Sie möchten im Forum Kommunalpakt künftig diese E-Mail-Adresse verwenden. Bitte bestätigen Sie sie mit dem folgenden Link. Der Link ist 24 Stunden gültig und kann nur einmal verwendet werden.',
      },
      { kind: 'button', label: 'Neue E-Mail-Adresse bestätigen', url: d.confirmUrl },
      {
        kind: 'paragraph',
        text: 'Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail bitte; es wird nichts geändert.',
      },
    ],
    footer: {
      reason:
        'Sie erhalten diese E-Mail, weil diese Adresse für ein Konto im Forum Kommunalpakt angegeben wurde.',
    },
  });
}

/** To a new address that another account already uses: the change cannot happen (nothing else is said). */
export function emailChangeRefusedMail(d: { settingsUrl: string }): MailContent {
  return renderMail({
    subject: 'Diese E-Mail-Adresse kann nicht verwendet werden',
    greeting: 'Guten Tag,',
    blocks: [
      {
        kind: 'paragraph',
        text: 'im Forum Kommunalpakt wurde versucht, diese E-Mail-Adresse für ein Konto einzutragen. Diese Adresse kann dafür nicht verwendet werden; es wurde nichts geändert.',
      },
      {
        kind: 'paragraph',
        text: 'Wenn Sie das waren, wählen Sie bitte eine andere Adresse. Wenn nicht, können Sie diese E-Mail ignorieren.',
      },
      { kind: 'button', label: 'Zu den Einstellungen', url: d.settingsUrl },
    ],
    footer: {
      reason:
        'Sie erhalten diese E-Mail, weil diese Adresse im Forum Kommunalpakt angegeben wurde. Sie betrifft die Sicherheit der Konten.',
    },
  });
}

export function emailChangedNoticeMail(d: { recipientName: string; newEmail: string }): MailContent {
  return renderMail({
    subject: 'Ihre E-Mail-Adresse wurde geändert',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: `die E-Mail-Adresse Ihres Kontos im Forum Kommunalpakt wurde soeben in ${d.newEmail} geändert. Künftige E-Mails gehen an diese Adresse.`,
      },
      {
        kind: 'paragraph',
        text: 'Wenn Sie das nicht waren, wenden Sie sich bitte umgehend an die Moderation des Forums.',
      },
    ],
    footer: { reason: SECURITY_REASON },
  });
}
