import { CATEGORY_LABELS } from '../mail-categories';
import { type MailContent, renderMail } from './layout';

export function confirmEmailMail(d: {
  recipientName: string;
  confirmUrl: string;
  /** Allow-listed domains are approved at once: then there is no moderator step to mention. */
  awaitsApproval: boolean;
}): MailContent {
  return renderMail({
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'vielen Dank für Ihre Registrierung im Forum Kommunalpakt. Bitte bestätigen Sie Ihre E-Mail-Adresse mit dem folgenden Link. Der Link ist 48 Stunden gültig.',
      },
      { kind: 'button', label: 'E-Mail-Adresse bestätigen', url: d.confirmUrl },
      {
        kind: 'paragraph',
        text: d.awaitsApproval
          ? 'Sobald Ihre Adresse bestätigt ist, prüft die Moderation Ihren Antrag. Wir benachrichtigen Sie, wenn Ihr Konto freigeschaltet ist.'
          : 'Ihr Konto ist bereits freigeschaltet; Sie können sich jederzeit anmelden.',
      },
    ],
    footer: {
      reason:
        'Sie erhalten diese E-Mail, weil mit dieser Adresse ein Konto im Forum Kommunalpakt beantragt wurde. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail bitte; ohne Bestätigung wird der Antrag nicht bearbeitet.',
    },
  });
}

export function accountApprovedMail(d: {
  recipientName: string;
  loginUrl: string;
  settingsUrl: string;
  unsubscribeUrl: string;
}): MailContent {
  return renderMail({
    subject: 'Ihr Konto im Forum Kommunalpakt ist freigeschaltet',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'die Moderation hat Ihr Konto freigeschaltet. Sie können sich ab sofort mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden, Fragen stellen und antworten.',
      },
      { kind: 'button', label: 'Jetzt anmelden', url: d.loginUrl },
    ],
    footer: {
      reason: `Sie erhalten diese E-Mail, weil Sie E-Mails zu ${CATEGORY_LABELS.ACCOUNT} eingeschaltet haben.`,
      settingsUrl: d.settingsUrl,
      unsubscribeUrl: d.unsubscribeUrl,
      unsubscribeLabel: `E-Mails zu ${CATEGORY_LABELS.ACCOUNT} abbestellen`,
    },
  });
}

/** To the owner of an address someone tried to register again (registration never reveals that it exists). */
export function registrationAttemptMail(d: { recipientName: string; loginUrl: string }): MailContent {
  return renderMail({
    subject: 'Registrierungsversuch mit Ihrer E-Mail-Adresse',
    greeting: `Guten Tag ${d.recipientName},`,
    blocks: [
      {
        kind: 'paragraph',
        text: 'soeben wurde versucht, mit Ihrer E-Mail-Adresse ein neues Konto im Forum Kommunalpakt zu registrieren. Für diese Adresse besteht bereits ein Konto; es wurde nichts verändert und kein weiteres Konto angelegt.',
      },
      {
        kind: 'paragraph',
        text: 'Wenn Sie das waren: Melden Sie sich einfach mit Ihrem bestehenden Konto an. Wenn nicht, können Sie diese E-Mail ignorieren; Ihr Konto und Ihr Passwort bleiben unverändert.',
      },
      { kind: 'button', label: 'Zur Anmeldung', url: d.loginUrl },
    ],
    footer: {
      reason:
        'Sie erhalten diese E-Mail, weil mit Ihrer Adresse eine Registrierung im Forum Kommunalpakt versucht wurde. Solche Hinweise werden immer gesendet, da sie die Sicherheit Ihres Kontos betreffen.',
    },
  });
}
