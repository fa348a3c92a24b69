import { Module } from '@nestjs/common';
import { RealtimeModule } from '../realtime/realtime.module';
import { WatchesModule } from '../watches/watches.module';
import { NotificationFanout } from './notification-fanout';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [RealtimeModule, WatchesModule],
  providers: [
    NotificationsService,
    NotificationFanout,
    NotificationsResolver,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
  ],
  exports: [NotificationsService, NotificationPreferencesService],
})
export class NotificationsModule {}
