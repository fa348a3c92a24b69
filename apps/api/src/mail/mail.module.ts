import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { DigestService } from './digest.service';
import { EmailConfirmationResolver } from './email-confirmation.resolver';
import { EmailConfirmationService } from './email-confirmation.service';
import { MailController } from './mail.controller';
import { IdentityMails } from './identity-mails';
import { MailEvents } from './mail-events';
import { MailLinks } from './mail-links';
import { MailOutboxService } from './mail-outbox.service';
import { createMailTransport, MAIL_TRANSPORT } from './mail-transport';
import { MailWorker } from './mail-worker';

/**
 * E-mail delivery: the outbox and its worker (SMTP or log), digests, German templates, unsubscribe and
 * e-mail confirmation links. What a person wants to receive is theirs to choose in notifications/.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [MailController],
  providers: [
    { provide: MAIL_TRANSPORT, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createMailTransport(c) },
    MailLinks,
    MailOutboxService,
    MailEvents,
    IdentityMails,
    DigestService,
    MailWorker,
    EmailConfirmationService,
    EmailConfirmationResolver,
  ],
  exports: [MailOutboxService, MailWorker],
})
export class MailModule {}
