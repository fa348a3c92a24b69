import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MailCategory } from './mail-categories';
import { signConfirmation, signUnsubscribe } from './mail-tokens';

// Paths of the web app (apps/web/src/app/routes.tsx) that mails link to.
const THREAD_PATH = '/fragen/';
const NOTIFICATIONS_PATH = '/benachrichtigungen';
const SETTINGS_PATH = '/profil';
const PASSWORD_RESET_PATH = '/passwort-zuruecksetzen';
const PASSWORD_FORGOTTEN_PATH = '/passwort-vergessen';
const EMAIL_CHANGE_PATH = '/e-mail-bestaetigen';

/** Absolute links for mails, from PUBLIC_URL; signed links for unsubscribe and confirmation. */
@Injectable()
export class MailLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get home(): string {
    return `${this.config.publicUrl}/`;
  }

  thread(threadId: string, postId?: string | null): string {
    return `${this.config.publicUrl}${THREAD_PATH}${threadId}${postId ? `#post-${postId}` : ''}`;
  }

  get notifications(): string {
    return `${this.config.publicUrl}${NOTIFICATIONS_PATH}`;
  }

  get settings(): string {
    return `${this.config.publicUrl}${SETTINGS_PATH}`;
  }

  unsubscribe(userId: string, category: MailCategory): string {
    const token = signUnsubscribe(this.config.mailSecret, userId, category);
    return `${this.config.publicUrl}/mail/unsubscribe?token=${encodeURIComponent(token)}`;
  }

  confirmEmail(userId: string, email: string, issuedAt?: Date): string {
    const token = signConfirmation(this.config.mailSecret, userId, email, issuedAt);
    return `${this.config.publicUrl}/mail/confirm?token=${encodeURIComponent(token)}`;
  }

  /** The page that sets a new password with a reset link's token. */
  passwordReset(token: string): string {
    return `${this.config.publicUrl}${PASSWORD_RESET_PATH}?token=${encodeURIComponent(token)}`;
  }

  get passwordResetRequest(): string {
    return `${this.config.publicUrl}${PASSWORD_FORGOTTEN_PATH}`;
  }

  /** The page that confirms a new e-mail address with the link's token. */
  emailChange(token: string): string {
    return `${this.config.publicUrl}${EMAIL_CHANGE_PATH}?token=${encodeURIComponent(token)}`;
  }

  /** Host part for Message-IDs. */
  get host(): string {
    return new URL(this.config.publicUrl).hostname;
  }
}
