import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { MailCategory } from './mail-categories';
import { signConfirmation, signUnsubscribe } from './mail-tokens';

// Paths of the web app (apps/web/src/app/routes.tsx) that mails link to.
const THREAD_PATH = '/fragen/';
const NOTIFICATIONS_PATH = '/benachrichtigungen';
const SETTINGS_PATH = '/profil';

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

  /** Host part for Message-IDs. */
  get host(): string {
    return new URL(this.config.publicUrl).hostname;
  }
}
