import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DigestService } from './digest.service';
import { EmailConfirmationService } from './email-confirmation.service';
import { MailController } from './mail.controller';
import { MailEvents } from './mail-events';
import { MailLinks } from './mail-links';
import { MailOutboxService } from './mail-outbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MailWorker } from './mail-worker';
import { NotificationPreferencesResolver } from '../notifications/notification-preferences.resolver';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import './mail-enums';

/**
 * E-mail: notification preferences, the outbox and its worker (SMTP or log), digests, German templates,
 * unsubscribe and e-mail confirmation links.
 */
@Module({
  controllers: [MailController],
  providers: [
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createMailTransport(c) },
    MailLinks,
    MailOutboxService,
    MailEvents,
    DigestService,
    MailWorker,
    EmailConfirmationService,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
  ],
  exports: [MailOutboxService, MailWorker],
})
export class MailModule {}
